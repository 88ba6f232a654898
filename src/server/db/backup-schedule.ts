// Scheduled backups (BACKUP_DIR, BACKUP_EVERY_HOURS, BACKUP_KEEP): the running server writes them,
// because the embedded database can be read by its own process only. With several instances on one
// PostgreSQL, a claim row makes exactly one of them take each backup. docs/deploy.md § Backups.
import { readdir, rename, rm, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { backupDatabase } from './backup.ts';
import type { Database } from './client.ts';

export interface BackupSettings {
  dir: string;
  everyHours: number;
  keep: number;
}

const CLAIM_KEY = 'backup-claim';
const NAME = /^ddte-backup-\d{8}T\d{6}Z\.jsonl\.gz$/;
/** How often an instance looks whether a backup is due. */
const CHECK_MS = 10 * 60_000;

export function backupFileName(at: Date): string {
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `ddte-backup-${stamp}.jsonl.gz`;
}

/**
 * Claims the backup due now: true for the one caller (of any instance) whose claim lands first in a
 * period, false for the others and until the period has passed.
 */
async function claim(db: Database, everyHours: number): Promise<boolean> {
  // A little under the period, so a check that runs a few seconds early does not skip a backup.
  const seconds = everyHours * 3600 - 120;
  const result = await db.orm.execute<{ key: string }>(sql`
    INSERT INTO server_settings (key, value, updated_at) VALUES (${CLAIM_KEY}, '{}'::jsonb, now())
    ON CONFLICT (key) DO UPDATE SET updated_at = now()
      WHERE server_settings.updated_at < now() - make_interval(secs => ${seconds})
    RETURNING key`);
  return result.rows.length > 0;
}

/** Deletes the oldest backups beyond `keep`; returns the names deleted. */
export async function pruneBackups(dir: string, keep: number): Promise<string[]> {
  const names = (await readdir(dir)).filter((name) => NAME.test(name)).sort();
  const old = names.slice(0, Math.max(0, names.length - keep));
  for (const name of old) await rm(join(dir, name), { force: true });
  return old;
}

/** Takes a backup if one is due and this instance wins the claim; returns its file, or null. */
export async function backupIfDue(
  db: Database,
  settings: BackupSettings,
  now = new Date(),
): Promise<string | null> {
  if (!(await claim(db, settings.everyHours))) return null;
  await mkdir(settings.dir, { recursive: true });
  const file = join(settings.dir, backupFileName(now));
  // Written aside and renamed, so a backup in the folder is always whole.
  const partial = `${file}.partial`;
  try {
    await backupDatabase(db.orm, partial);
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    // Let the next check try again rather than wait a whole period.
    await db.orm.execute(sql`DELETE FROM server_settings WHERE key = ${CLAIM_KEY}`);
    throw error;
  }
  await pruneBackups(settings.dir, settings.keep);
  return file;
}

export interface BackupLog {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

/** Checks now and every ten minutes; returns the function that stops the schedule. */
export function scheduleBackups(db: Database, settings: BackupSettings, log: BackupLog) {
  let running: Promise<void> = Promise.resolve();
  const check = () => {
    running = backupIfDue(db, settings).then(
      (file) => {
        if (file) log.info({ file }, 'backup written');
      },
      (error: unknown) => log.error({ err: error }, 'scheduled backup failed'),
    );
  };
  const first = setTimeout(check, 5_000);
  const timer = setInterval(check, CHECK_MS);
  first.unref();
  timer.unref();
  return async () => {
    clearTimeout(first);
    clearInterval(timer);
    await running;
  };
}

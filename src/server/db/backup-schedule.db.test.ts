import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../testing/test-db.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';
import { backupFileName, backupIfDue, pruneBackups } from './backup-schedule.ts';
import { restoreDatabase } from './backup.ts';

let server: TestServer;
let restored: TestDatabase;
let folder: string;

beforeAll(async () => {
  server = await startTestServer();
  await server.createUser('collaborator', 'dak-ha/dak-mar', 'ctv.saoluu');
  restored = await openTestDatabase();
  folder = await mkdtemp(join(tmpdir(), 'ddte-scheduled-'));
});
afterAll(async () => {
  await server.stop();
  await restored.destroy();
  await rm(folder, { recursive: true, force: true });
});

describe('scheduled backups', () => {
  it('takes one backup per period, however many instances check at once, and it restores', async () => {
    const { db } = server;
    const settings = { dir: folder, everyHours: 24, keep: 3 };
    // Three instances (three checks on one database) at the same moment: one backup.
    const files = await Promise.all([
      backupIfDue(db, settings),
      backupIfDue(db, settings),
      backupIfDue(db, settings),
    ]);
    const written = files.filter((file) => file !== null);
    expect(written).toHaveLength(1);
    // The next check within the period takes none.
    expect(await backupIfDue(db, settings)).toBeNull();
    expect((await readdir(folder)).filter((name) => name.endsWith('.gz'))).toHaveLength(1);
    // The restore drill of docs/deploy.md: the scheduled file restores into an empty database.
    const counts = await restoreDatabase(restored.orm, written[0] ?? '');
    const users = await restored.orm.execute<{ username: string }>(
      sql`SELECT username FROM users ORDER BY username`,
    );
    expect(users.rows.map((row) => row.username)).toEqual(['admin', 'ctv.saoluu']);
    expect(counts['users']).toBe(2);
  });

  it('keeps the newest BACKUP_KEEP files and leaves other files alone', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ddte-prune-'));
    const days = [1, 2, 3, 4, 5].map((day) => backupFileName(new Date(Date.UTC(2026, 0, day, 2))));
    for (const name of [...days, 'notes.txt']) await writeFile(join(dir, name), '');
    const deleted = await pruneBackups(dir, 2);
    expect(deleted).toEqual(days.slice(0, 3));
    expect((await readdir(dir)).sort()).toEqual([...days.slice(3), 'notes.txt'].sort());
    await rm(dir, { recursive: true, force: true });
  });
});

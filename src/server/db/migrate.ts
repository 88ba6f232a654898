// Applies the numbered SQL migrations in order and refuses a database that has migrations this
// server does not know, or whose applied files differ from this server's (docs/decisions/0008).
// Each file runs whole, through the driver's multi-statement API, in one transaction.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { StartupError, type Session } from './client.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);

export async function loadMigrations(dir: URL = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((file) => /^\d{4}_[a-z0-9_]+\.sql$/.test(file)).sort();
  return Promise.all(
    files.map(async (file, index) => {
      const version = Number(file.slice(0, 4));
      if (version !== index + 1) throw new Error(`migration ${file} is out of sequence`);
      const text = await readFile(new URL(file, dir), 'utf8');
      return {
        version,
        name: file,
        sql: text,
        checksum: createHash('sha256').update(text).digest('hex'),
      };
    }),
  );
}

interface AppliedRow {
  version: number;
  name: string;
  checksum: string;
}

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** Run under Database.exclusive, so that two instances starting together do not both migrate. */
export async function migrate(session: Session, migrations: Migration[]): Promise<number[]> {
  await session.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const applied = await session.query<AppliedRow>(
    'SELECT version, name, checksum FROM schema_migrations ORDER BY version',
  );
  for (const row of applied) {
    const known = migrations.find((m) => m.version === row.version);
    if (!known) {
      throw new StartupError(
        `the database has migration ${row.name}, which this server does not know: it was written by a newer version. Run that version, or restore a backup made for this one`,
      );
    }
    if (known.checksum !== row.checksum) {
      throw new StartupError(
        `migration ${row.name} applied to the database differs from this server's ${known.name}: the database and the server disagree on the schema. Restore a matching backup or run the matching server`,
      );
    }
  }
  const done = new Set(applied.map((row) => row.version));
  const newlyApplied: number[] = [];
  for (const migration of migrations) {
    if (done.has(migration.version)) continue;
    const record = `INSERT INTO schema_migrations (version, name, checksum) VALUES (${migration.version}, ${quote(migration.name)}, ${quote(migration.checksum)});`;
    try {
      await session.exec(`BEGIN;\n${migration.sql}\n;${record}\nCOMMIT;`);
    } catch (error) {
      await session.exec('ROLLBACK').catch(() => undefined);
      throw error;
    }
    newlyApplied.push(migration.version);
  }
  return newlyApplied;
}

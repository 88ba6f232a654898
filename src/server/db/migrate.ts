// Applies the numbered SQL migrations in order and refuses a database that has migrations this
// server does not know, or whose applied files differ from this server's (docs/decisions).
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import { StartupError, type Orm } from './client.ts';
import { splitStatements } from './split-sql.ts';

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

interface AppliedRow extends Record<string, unknown> {
  version: number;
  name: string;
  checksum: string;
}

export async function migrate(orm: Orm, migrations: Migration[]): Promise<number[]> {
  await orm.execute(sql`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const applied = (
    await orm.execute<AppliedRow>(
      sql`SELECT version, name, checksum FROM schema_migrations ORDER BY version`,
    )
  ).rows;
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
    await orm.transaction(async (tx) => {
      // Serialises concurrent starts against one PostgreSQL database.
      await tx.execute(sql`SELECT pg_advisory_xact_lock(7201)`);
      const again = await tx.execute(
        sql`SELECT 1 FROM schema_migrations WHERE version = ${migration.version}`,
      );
      if (again.rows.length > 0) return;
      for (const statement of splitStatements(migration.sql)) await tx.execute(sql.raw(statement));
      await tx.execute(
        sql`INSERT INTO schema_migrations (version, name, checksum) VALUES (${migration.version}, ${migration.name}, ${migration.checksum})`,
      );
      newlyApplied.push(migration.version);
    });
  }
  return newlyApplied;
}

// A logical backup of the whole database, the same on PGlite and on PostgreSQL: one gzipped JSON
// line per row, after a header naming the migrations it was taken at. Restore replaces everything
// in one transaction, so a failed restore leaves the database as it was.
import { constants, createReadStream, createWriteStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { z } from 'zod/mini';
import type { Executor, Orm } from './client.ts';

/** Parents before children, so a restore never breaks a foreign key. */
export const BACKUP_TABLES = [
  'schema_migrations',
  'users',
  'sessions',
  'clients',
  'records',
  'files',
  'rejections',
  'audit_log',
] as const;
type BackupTable = (typeof BACKUP_TABLES)[number];
const SEQUENCES = ['record_version_seq', 'audit_log_id_seq'] as const;

const headerSchema = z.object({
  format: z.literal('ddte-backup'),
  formatVersion: z.literal(1),
  createdAt: z.string(),
  migrations: z.array(z.object({ version: z.number(), checksum: z.string() })),
  sequences: z.record(z.enum(SEQUENCES), z.string().check(z.regex(/^\d+$/))),
  counts: z.record(z.string(), z.number()),
});
type Header = z.infer<typeof headerSchema>;
const lineSchema = z.object({ table: z.enum(BACKUP_TABLES), row: z.unknown() });

export class BackupError extends Error {}

async function migrationsOf(orm: Executor) {
  const rows = await orm.execute<{ version: number; checksum: string }>(
    sql`SELECT version, checksum FROM schema_migrations ORDER BY version`,
  );
  return rows.rows.map((row) => ({ version: row.version, checksum: row.checksum }));
}

/** Writes the backup; returns the row count per table. Run in one snapshot (REPEATABLE READ). */
export async function backupDatabase(orm: Orm, file: string): Promise<Record<string, number>> {
  return orm.transaction(
    async (tx) => {
      const counts: Record<string, number> = {};
      const sequences: Record<string, string> = {};
      for (const name of SEQUENCES) {
        const result = await tx.execute<{ value: string }>(
          sql`SELECT last_value::text AS value FROM ${sql.identifier(name)}`,
        );
        sequences[name] = result.rows[0]?.value ?? '1';
      }
      const lines: string[] = [];
      for (const table of BACKUP_TABLES) {
        const rows = await tx.execute<{ row: string }>(
          sql`SELECT row_to_json(t)::text AS row FROM ${sql.identifier(table)} t`,
        );
        counts[table] = rows.rows.length;
        for (const { row } of rows.rows) lines.push(`{"table":"${table}","row":${row}}`);
      }
      const header: Header = {
        format: 'ddte-backup',
        formatVersion: 1,
        createdAt: new Date().toISOString(),
        migrations: await migrationsOf(tx),
        sequences,
        counts,
      };
      await pipeline(
        Readable.from([JSON.stringify(header), ...lines].map((line) => `${line}\n`)),
        createGzip(),
        createWriteStream(file),
      );
      return counts;
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

/** Replaces the database's contents with the backup's. The schema must be at the same migrations. */
export async function restoreDatabase(orm: Orm, file: string): Promise<Record<string, number>> {
  try {
    await access(file, constants.R_OK);
  } catch {
    throw new BackupError(`${file} does not exist or cannot be read`);
  }
  const input = createReadStream(file).pipe(createGunzip());
  const lines = createInterface({ input });
  let header: Header | undefined;
  const rows = new Map<BackupTable, unknown[]>(BACKUP_TABLES.map((table) => [table, []]));
  try {
    for await (const line of lines) {
      if (!line) continue;
      if (!header) {
        const first = headerSchema.safeParse(JSON.parse(line));
        if (!first.success) throw new BackupError(`${file} is not a backup made by this server`);
        header = first.data;
        continue;
      }
      const entry = lineSchema.safeParse(JSON.parse(line));
      const target = entry.success ? rows.get(entry.data.table) : undefined;
      if (!entry.success || !target)
        throw new BackupError(`${file} holds a table this server does not know`);
      target.push(entry.data.row);
    }
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${file} cannot be read as a backup (${String(error)})`);
  }
  if (!header) throw new BackupError(`${file} is empty`);
  for (const table of BACKUP_TABLES) {
    const expected = header.counts[table] ?? 0;
    if ((rows.get(table)?.length ?? 0) !== expected)
      throw new BackupError(`${file} is incomplete: ${table} should hold ${expected} rows`);
  }
  const here = JSON.stringify(await migrationsOf(orm));
  if (JSON.stringify(header.migrations) !== here)
    throw new BackupError(
      'the backup was taken at other migrations than this database has: restore it with the server version that made it',
    );
  const backupHeader = header;
  await orm.transaction(async (tx) => {
    await tx.execute(
      sql.raw(`TRUNCATE ${[...BACKUP_TABLES].reverse().join(', ')} RESTART IDENTITY CASCADE`),
    );
    for (const table of BACKUP_TABLES) {
      const all = rows.get(table) ?? [];
      for (let start = 0; start < all.length; start += 1000) {
        const chunk = JSON.stringify(all.slice(start, start + 1000));
        await tx.execute(
          sql`INSERT INTO ${sql.identifier(table)} SELECT * FROM jsonb_populate_recordset(NULL::${sql.identifier(table)}, ${chunk}::jsonb)`,
        );
      }
    }
    for (const [name, value] of Object.entries(backupHeader.sequences)) {
      await tx.execute(sql`SELECT setval(${name}, ${value}::bigint)`);
    }
  });
  return backupHeader.counts;
}

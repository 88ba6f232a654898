import { sql } from 'drizzle-orm';
import { getTableColumns, getTableName } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMigrations, migrate, type Migration } from './migrate.ts';
import { schema } from './schema.ts';
import { openTestDatabase, type TestDatabase } from '../testing/test-db.ts';

let db: TestDatabase;
let migrations: Migration[];

beforeAll(async () => {
  db = await openTestDatabase();
  migrations = await loadMigrations();
});
afterAll(() => db.destroy());

describe('migrations', () => {
  it('applies nothing twice on an up-to-date database', async () => {
    expect(await db.exclusive(7201, (session) => migrate(session, migrations))).toEqual([]);
  });

  it('refuses a database with a migration this server does not know', async () => {
    await db.orm.execute(
      sql`INSERT INTO schema_migrations (version, name, checksum) VALUES (999, '0999_future.sql', 'x')`,
    );
    await expect(db.exclusive(7201, (session) => migrate(session, migrations))).rejects.toThrow(
      /0999_future.sql.*newer version/,
    );
    await db.orm.execute(sql`DELETE FROM schema_migrations WHERE version = 999`);
  });

  it('refuses a database whose applied migration differs from this server’s file', async () => {
    const changed = migrations.map((m) => (m.version === 1 ? { ...m, checksum: 'different' } : m));
    await expect(db.exclusive(7201, (session) => migrate(session, changed))).rejects.toThrow(
      /differs/,
    );
  });

  it("matches Drizzle's schema to the migrated tables", async () => {
    for (const table of Object.values(schema)) {
      const name = getTableName(table);
      const result = await db.orm.execute<{ column_name: string }>(
        sql`SELECT column_name FROM information_schema.columns WHERE table_name = ${name}`,
      );
      const actual = result.rows.map((row) => row.column_name).sort();
      const declared = Object.values(getTableColumns(table) as Record<string, { name: string }>)
        .map((column) => column.name)
        .sort();
      expect(actual, name).toEqual(declared);
    }
  });
});

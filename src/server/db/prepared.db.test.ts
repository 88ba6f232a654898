import { sql } from 'drizzle-orm';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../testing/test-db.ts';
import { executePrepared, preparedName } from './prepared.ts';

let db: TestDatabase;

beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.destroy());

const unitsUnder = (prefix: string) =>
  sql`SELECT id FROM records WHERE entity = 'unit' AND id LIKE ${`${prefix}/%`} ORDER BY id`;

describe('prepared statements', () => {
  it('runs a statement by its name on every call, with each call’s values', async () => {
    await db.orm.transaction(async (tx) => {
      const first = await executePrepared<{ id: string }>(tx, unitsUnder('dak-glei'));
      const second = await executePrepared<{ id: string }>(tx, unitsUnder('kon-ray'));
      expect(first.length).toBeGreaterThan(0);
      expect(first.every((row) => row.id.startsWith('dak-glei/'))).toBe(true);
      expect(second.every((row) => row.id.startsWith('kon-ray/'))).toBe(true);
      // The connection holds the statement under its name: parsed and planned once.
      const held = await tx.execute<{ name: string }>(
        sql`SELECT name FROM pg_prepared_statements WHERE name = ${preparedName(
          "SELECT id FROM records WHERE entity = 'unit' AND id LIKE $1 ORDER BY id",
        )}`,
      );
      expect(held.rows).toHaveLength(1);
    });
  });

  it('prepares again on a new connection, though the embedded database keeps its one session', async () => {
    await executePrepared(db.orm, unitsUnder('dak-glei'));
    // Drop every pooled connection, as a lost connection does.
    // Drizzle keeps the pool it was given as $client; the Orm type leaves it out.
    const pool = (db.orm as typeof db.orm & { $client: pg.Pool }).$client;
    const clients = await Promise.all(
      Array.from({ length: pool.totalCount || 1 }, () => pool.connect()),
    );
    for (const client of clients) client.release(new Error('dropped by the test'));
    const rows = await executePrepared<{ id: string }>(db.orm, unitsUnder('dak-glei'));
    expect(rows.length).toBeGreaterThan(0);
  });
});

// A fresh, migrated and seeded database for one test file, on whichever database the test project
// names (TEST_DB=pglite or postgres). Both start from a template prepared once per run
// (testing/global-setup.ts), because creating a PGlite database from nothing takes seconds.
import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openPglite, openPostgres, type Database } from '../db/client.ts';

export const PGLITE_TEMPLATE = join(process.cwd(), '.tmp', 'pglite-template');
export const PG_TEMPLATE_DB = 'ddte_test_template';

export function testDbKind(): 'pglite' | 'postgres' {
  return process.env['TEST_DB'] === 'postgres' ? 'postgres' : 'pglite';
}

export function testDatabaseUrl(): string {
  const url = process.env['TEST_DATABASE_URL'];
  if (!url) {
    throw new Error(
      'TEST_DATABASE_URL is not set: the PostgreSQL server tests need a server, e.g. TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test',
    );
  }
  return url;
}

export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

export interface TestDatabase extends Database {
  /** Closes the database and removes it. */
  destroy(): Promise<void>;
}

export async function openTestDatabase(): Promise<TestDatabase> {
  if (testDbKind() === 'postgres') {
    const url = testDatabaseUrl();
    const name = `ddte_t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${PG_TEMPLATE_DB}`);
    await admin.end();
    const db = await openPostgres(withDatabaseName(url, name), 20);
    return {
      ...db,
      async destroy() {
        await db.close().catch(() => undefined);
        const dropper = new pg.Client({ connectionString: url });
        await dropper.connect();
        await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await dropper.end();
      },
    };
  }
  const dir = await mkdtemp(join(tmpdir(), 'ddte-pglite-'));
  await cp(PGLITE_TEMPLATE, dir, { recursive: true });
  const db = await openPglite(dir);
  return {
    ...db,
    async destroy() {
      // The server may have closed it already; the folder must go either way.
      await db.close().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

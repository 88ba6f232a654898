// Prepares the template databases every server test file copies: migrated and seeded, once per run.
import { rm } from 'node:fs/promises';
import pg from 'pg';
import { openPglite, openPostgres } from '../db/client.ts';
import { migrateAndSeed } from '../db/prepare.ts';
import type { Database } from '../db/client.ts';
import {
  PG_TEMPLATE_DB,
  PGLITE_TEMPLATE,
  testDatabaseUrl,
  testDbKind,
  withDatabaseName,
} from './test-db.ts';

async function prepare(db: Database) {
  await migrateAndSeed(db);
  await db.close();
}

interface ProjectLike {
  config: { env?: Record<string, unknown> };
}

export default async function setup(project: ProjectLike) {
  // Global setup runs in the main process, outside the project's env: take the kind from the project.
  const kind = project.config.env?.['TEST_DB'] === 'postgres' ? 'postgres' : testDbKind();
  if (kind === 'postgres') {
    const url = testDatabaseUrl();
    const admin = new pg.Client({ connectionString: url });
    try {
      await admin.connect();
    } catch (error) {
      throw new Error(
        `cannot reach PostgreSQL at TEST_DATABASE_URL (${String(error)}): start it, or fix the URL`,
        {
          cause: error,
        },
      );
    }
    await admin.query(`DROP DATABASE IF EXISTS ${PG_TEMPLATE_DB} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${PG_TEMPLATE_DB}`);
    await admin.end();
    await prepare(await openPostgres(withDatabaseName(url, PG_TEMPLATE_DB), 2));
    return;
  }
  await rm(PGLITE_TEMPLATE, { recursive: true, force: true });
  await prepare(await openPglite(PGLITE_TEMPLATE));
}

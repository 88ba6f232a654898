// Backup and restore as a round trip: every table comes back, and the restored server works.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forumData } from '../../shared/testing/fixtures.ts';
import { TestDevice } from '../testing/device.ts';
import { openTestDatabase, type TestDatabase } from '../testing/test-db.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';
import { BACKUP_TABLES, BackupError, backupDatabase, restoreDatabase } from './backup.ts';
import type { Orm } from './client.ts';

let server: TestServer;
let target: TestDatabase;
let folder: string;

beforeAll(async () => {
  server = await startTestServer();
  target = await openTestDatabase();
  folder = await mkdtemp(join(tmpdir(), 'ddte-backup-'));
});
afterAll(async () => {
  await server.stop();
  await target.destroy();
  await rm(folder, { recursive: true, force: true });
});

async function snapshot(orm: Orm) {
  const tables: Record<string, string[]> = {};
  for (const table of BACKUP_TABLES) {
    const rows = await orm.execute<{ row: string }>(
      sql`SELECT row_to_json(t)::text AS row FROM ${sql.identifier(table)} t`,
    );
    tables[table] = rows.rows.map((row) => row.row).sort();
  }
  return tables;
}

describe('backup and restore', () => {
  it('brings back every row of every table, and new versions continue after the restored ones', async () => {
    const collaborator = await server.createUser('collaborator', 'ia-h-drai/ia-dom');
    const phone = new TestDevice();
    const ids = Array.from({ length: 20 }, () => randomUUID());
    const push = await server.request('/api/sync/push', {
      token: collaborator.token,
      body: phone.pushBody(
        ids.map((id) => phone.upsert('forum', id, forumData('ia-h-drai/ia-dom'))),
      ),
    });
    expect(push.status).toBe(200);

    const file = join(folder, 'backup.jsonl.gz');
    const counts = await backupDatabase(server.db.orm, file);
    expect(counts['users']).toBeGreaterThanOrEqual(2);
    expect(counts['records']).toBeGreaterThanOrEqual(20);

    await restoreDatabase(target.orm, file);
    expect(await snapshot(target.orm)).toEqual(await snapshot(server.db.orm));
    // New versions continue after the restored ones: the change feed stays in order.
    const next = await target.orm.execute<{ v: string }>(
      sql`SELECT nextval('record_version_seq')::text AS v`,
    );
    const highest = await server.db.orm.execute<{ v: string }>(
      sql`SELECT max(version)::text AS v FROM records`,
    );
    expect(Number(next.rows[0]?.v)).toBeGreaterThan(Number(highest.rows[0]?.v));
  });

  it('refuses a damaged file and leaves the database as it was', async () => {
    const before = await snapshot(target.orm);
    const bad = join(folder, 'bad.jsonl.gz');
    await writeFile(bad, 'not a backup');
    await expect(restoreDatabase(target.orm, bad)).rejects.toBeInstanceOf(BackupError);
    expect(await snapshot(target.orm)).toEqual(before);
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReferenceData } from '../sync/write/server-write.ts';
import type { Database } from '../db/client.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';
import { currentUnitTree } from './load-tree.ts';

let server: TestServer;
let db: Database;
beforeAll(async () => {
  server = await startTestServer();
  db = server.db;
});
afterAll(async () => {
  await server.stop();
});

async function rename(code: string, name: string) {
  const admin = await db.orm.execute<{ id: string }>(
    sql`SELECT id FROM users WHERE role = 'admin' LIMIT 1`,
  );
  await db.orm.transaction((tx) =>
    writeReferenceData(tx, {
      entity: 'unit',
      id: code,
      patch: { name },
      actorId: admin.rows[0]?.id ?? '',
    }),
  );
}

describe('the kept unit tree', () => {
  it('is reused while no unit changes, and re-read as soon as one does', async () => {
    const first = await currentUnitTree(db.orm, db.orm);
    expect(await currentUnitTree(db.orm, db.orm)).toBe(first);

    await rename('dak-ha', 'Huyện Đăk Hà (đổi tên)');
    const second = await currentUnitTree(db.orm, db.orm);
    expect(second).not.toBe(first);
    expect(second.get('dak-ha')?.name).toBe('Huyện Đăk Hà (đổi tên)');

    // Read inside a transaction (as a push does), the kept tree is the same database's.
    await db.orm.transaction(async (tx) => {
      expect(await currentUnitTree(db.orm, tx)).toBe(second);
    });
  });
});

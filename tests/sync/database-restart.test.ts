// The server on PostgreSQL while the database crashes: devices are told to retry later (503 with
// Retry-After, as problem+json), never 500, and the server serves again once the database is back,
// without a restart of its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config.ts';
import { openPostgres } from '../../src/server/db/client.ts';
import { startServer, type Started } from '../../src/server/start.ts';
import { TestDevice } from '../../src/server/testing/device.ts';
import { TEST_SCRYPT } from '../../src/server/testing/test-scrypt.ts';
import { createAccount } from '../../src/server/testing/http.ts';
import { forumData } from '../../src/shared/testing/fixtures.ts';
import { startPgCluster, type PgCluster } from '../chaos/pg-cluster.ts';

const ADMIN_PASSWORD = 'quan-tri-restart-mk';
let cluster: PgCluster;
let server: Started;

beforeAll(async () => {
  cluster = await startPgCluster();
  server = await startServer(
    {
      ...loadConfig({}),
      host: '127.0.0.1',
      port: 0,
      adminPassword: ADMIN_PASSWORD,
      staticDir: '/nonexistent',
      scryptCost: TEST_SCRYPT,
    },
    { logger: false, database: await openPostgres(cluster.url) },
  );
}, 60_000);

afterAll(async () => {
  await server.stop();
  await cluster.destroy();
});

const call = (path: string, body: unknown, token?: string) =>
  fetch(`${server.url}/api${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });

describe('the database crashes under a running server', () => {
  it('answers 503 with Retry-After while it is down, and serves again when it is back', async () => {
    const admin = await call('/auth/login', { username: 'admin', password: ADMIN_PASSWORD });
    const { token: adminToken } = (await admin.json()) as { token: string };
    const { token } = await createAccount(
      server.url,
      adminToken,
      { username: 'can.bo.ia.h.drai', role: 'district', unitCode: 'ia-h-drai' },
      'mat-khau-du-dai-1',
    );
    const device = new TestDevice();
    const forumId = crypto.randomUUID();
    const push = device.pushBody([
      device.upsert('forum', forumId, forumData('ia-h-drai/ia-dom', { level: 'commune' })),
    ]);

    await cluster.crash();
    for (const answer of [
      await call('/sync/push', push, token),
      await call('/sync/pull', device.pullBody(null), token),
    ]) {
      expect(answer.status).toBe(503);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
      expect(answer.headers.get('retry-after')).toBe('5');
      expect(((await answer.json()) as { title: string }).title).toMatch(/cơ sở dữ liệu/);
    }

    await cluster.start();
    // The pool drops its dead connections on first use; the next request reaches the database.
    let answer = await call('/sync/push', push, token);
    for (let attempt = 0; attempt < 5 && answer.status !== 200; attempt++) {
      answer = await call('/sync/push', push, token);
    }
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ lastMutationId: 1, rejected: [] });
    const pulled = (await (await call('/sync/pull', device.pullBody(null), token)).json()) as {
      changes: { id: string }[];
    };
    expect(pulled.changes.filter((change) => change.id === forumId)).toHaveLength(1);
  }, 60_000);
});

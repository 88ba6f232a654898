// Devices pushing changes to one record at the same moment: each push must merge into the record as
// the last one left it, never as it stood before that one committed (a lost update). Each device
// owns one field and keeps rewriting it; at the end every field holds its device's last value.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PullResponse } from '../../shared/protocol.ts';
import { recommendationData } from '../../shared/testing/fixtures.ts';
import { TestDevice } from '../testing/device.ts';
import { testDbKind } from '../testing/test-db.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';

const COMMUNE = 'kon-plong/dak-long';
const FIELDS = ['text', 'addressee', 'responseText', 'responseCause', 'responseSolution'] as const;
let server: TestServer;
let token: string;

beforeAll(async () => {
  server = await startTestServer();
  token = (await server.createUser('collaborator', COMMUNE)).token;
});
afterAll(() => server.stop());

const push = async (device: TestDevice, mutations: ReturnType<TestDevice['upsert']>[]) => {
  const response = await server.request('/api/sync/push', {
    token,
    body: device.pushBody(mutations),
  });
  expect(response.status).toBe(200);
  expect(((await response.json()) as { rejected: unknown[] }).rejected).toEqual([]);
};

/** Every change the collaborator may see, from the start of the feed. */
async function pullAll(): Promise<PullResponse['changes']> {
  const reader = new TestDevice();
  const changes: PullResponse['changes'] = [];
  let cursor: string | null = null;
  for (;;) {
    const response = await server.request('/api/sync/pull', {
      token,
      body: reader.pullBody(cursor, 1000),
    });
    const page = (await response.json()) as PullResponse;
    changes.push(...page.changes);
    cursor = page.cursor;
    if (!page.hasMore) return changes;
  }
}

describe('one record changed by several devices at once', () => {
  it('keeps every device’s last change to its own field', async () => {
    const id = randomUUID();
    const creator = new TestDevice();
    await push(creator, [creator.upsert('recommendation', id, recommendationData(COMMUNE))]);
    // Each device has seen the record as created.
    const created = (await pullAll()).find((change) => change.id === id);
    const baseVersion = created?.version ?? 0;
    // PGlite has one connection, so its pushes take turns; PostgreSQL's race.
    const rounds = testDbKind() === 'postgres' ? 25 : 5;
    await Promise.all(
      FIELDS.map(async (field) => {
        const device = new TestDevice();
        for (let round = 0; round < rounds; round++)
          await push(device, [
            device.upsert('recommendation', id, { [field]: `${field} ${round}` }, baseVersion),
          ]);
      }),
    );

    const changes = await pullAll();
    const last = changes.findLast((change) => change.id === id);
    const data = last?.op === 'put' ? last.data : undefined;
    const conflicts = changes.filter((change) => change.entity === 'conflict').length;
    expect(Object.fromEntries(FIELDS.map((field) => [field, data?.[field]]))).toEqual(
      Object.fromEntries(FIELDS.map((field) => [field, `${field} ${rounds - 1}`])),
    );
    expect(conflicts).toBe(0);
  });
});

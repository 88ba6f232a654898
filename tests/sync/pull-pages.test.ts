// A district's first pull through the client's real sync engine: pages grow from 1,000 to the
// server's limit, the next page is on its way while one is stored, and a pull cut off midway goes on
// from the last page stored, losing and repeating nothing.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_PULL_LIMIT, nextPullLimit } from '../../src/client/sync/pull.ts';
import { TestDevice } from '../../src/server/testing/device.ts';
import { pushAs } from '../../src/server/testing/sync-calls.ts';
import { startTestServer, type TestServer } from '../../src/server/testing/test-server.ts';
import { MAX_PULL_LIMIT } from '../../src/shared/protocol-limits.ts';
import { recommendationData } from '../../src/shared/testing/fixtures.ts';
import { device, urlOf } from './phone.ts';

const DISTRICT = 'ia-h-drai';
const RECORDS = 7_500;

describe('pulling many pages', () => {
  let server: TestServer;
  const ids = Array.from({ length: RECORDS }, () => randomUUID());
  beforeAll(async () => {
    server = await startTestServer();
    const { token } = await server.createUser('collaborator', `${DISTRICT}/ia-dom`);
    const phone = new TestDevice();
    for (let start = 0; start < RECORDS; start += 500) {
      const batch = ids.slice(start, start + 500);
      await pushAs(
        server,
        token,
        phone,
        batch.map((id) =>
          phone.upsert('recommendation', id, recommendationData(`${DISTRICT}/ia-dom`)),
        ),
      );
    }
  });
  afterAll(() => server.stop());

  it('grows its pages to the server limit', () => {
    const limits = [FIRST_PULL_LIMIT];
    while (limits.length < 5) limits.push(nextPullLimit(limits.at(-1) ?? 0));
    expect(limits).toEqual([1000, 2000, 4000, MAX_PULL_LIMIT, MAX_PULL_LIMIT]);
  });

  it('goes on from the last page stored when the connection drops midway', async () => {
    const { token } = await server.createUser('district', DISTRICT);
    const asked: number[] = [];
    let cutAfter: number | null = 2;
    const office = device(server.url, token, (real) => async (input, init) => {
      if (urlOf(input).endsWith('/api/sync/pull')) {
        const body = typeof init?.body === 'string' ? init.body : '{}';
        asked.push((JSON.parse(body) as { limit: number }).limit);
        // The second page is lost on the way back (a dropped 3G connection), once.
        if (asked.length === cutAfter) {
          cutAfter = null;
          await real(input, init);
          throw new TypeError('network connection lost');
        }
      }
      return real(input, init);
    });

    await office.engine.syncNow();
    expect(office.engine.getStatus().phase).toBe('offline');
    // The first page was stored while the second was on its way.
    expect(await office.database.recommendations.count()).toBeGreaterThan(0);
    expect(await office.database.recommendations.count()).toBeLessThan(RECORDS);
    expect(asked).toEqual([1000, 2000]);

    await office.engine.syncNow();
    expect(office.engine.getStatus()).toMatchObject({ phase: 'idle', lastError: null });
    const held = await office.database.recommendations.toCollection().primaryKeys();
    expect(held.sort()).toEqual([...ids].sort());
    // Starting small again, then growing: the 1,000 stored first and 1,000 + 2,000 + 4,000 hold the
    // 7,500 recommendations and the district's units and plans.
    expect(asked.slice(2)).toEqual([1000, 2000, 4000]);
    office.engine.stop();
  });
});

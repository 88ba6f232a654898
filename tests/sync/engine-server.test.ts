// The client's real sync engine (on fake-indexeddb) against the real HTTP server on PGlite.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppDatabase } from '../../src/client/db/db.ts';
import { saveRecord } from '../../src/client/db/write.ts';
import { mutationIds } from '../../src/client/db/mutation-ids.ts';
import { resetDevice } from '../../src/client/session/sign-in.ts';
import { createApi } from '../../src/client/sync/api.ts';
import { SyncEngine } from '../../src/client/sync/engine.ts';
import { forumData, recommendationData } from '../../src/shared/testing/fixtures.ts';
import { startTestServer, type TestServer } from '../../src/server/testing/test-server.ts';

let server: TestServer;
const COMMUNE = 'ia-h-drai/ia-dom';

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

function device(token: string, network: { up: boolean } = { up: true }) {
  const database = new AppDatabase(`device-${randomUUID()}`);
  const api = createApi({
    baseUrl: server.url,
    getToken: () => token,
    fetch: (input, init) =>
      network.up ? fetch(input, init) : Promise.reject(new TypeError('Failed to fetch')),
  });
  const engine = new SyncEngine({ database, api, backoff: { baseMs: 60_000, maxMs: 60_000 } });
  return { database, engine, network };
}

describe('sync engine against the server', () => {
  it('carries a record entered offline to the district after the phone comes back online', async () => {
    const collaborator = await server.createUser('collaborator', COMMUNE);
    const district = await server.createUser('district', 'ia-h-drai');
    const phone = device(collaborator.token, { up: false });
    const forumId = randomUUID();
    const recId = randomUUID();
    await saveRecord(phone.database, 'forum', forumId, forumData(COMMUNE));
    await saveRecord(
      phone.database,
      'recommendation',
      recId,
      recommendationData(COMMUNE, { forumId }),
    );

    await phone.engine.syncNow();
    expect(phone.engine.getStatus().phase).toBe('offline');
    expect(phone.engine.getStatus().lastError).toContain('Không kết nối được');
    expect(await phone.database.outbox.count()).toBe(2);
    expect((await phone.database.forums.get(forumId))?._state).toBe('pending');

    phone.network.up = true;
    await phone.engine.syncNow();
    expect(phone.engine.getStatus()).toMatchObject({ phase: 'idle', sent: 2, lastError: null });
    expect(await phone.database.outbox.count()).toBe(0);
    expect((await phone.database.forums.get(forumId))?._state).toBe('synced');

    const office = device(district.token);
    await office.engine.syncNow();
    expect(await office.database.forums.get(forumId)).toMatchObject({
      venue: 'Nhà văn hóa thôn 1',
      _state: 'synced',
    });
    expect(await office.database.recommendations.get(recId)).toMatchObject({
      forumId,
      themeCode: 'injury-accident',
    });
    expect(await office.database.plans.get('kon-tum-2023')).toBeDefined();
    phone.engine.stop();
    office.engine.stop();
  });

  it('converges two devices that edited the same record offline', async () => {
    const collaborator = await server.createUser('collaborator', COMMUNE);
    const a = device(collaborator.token);
    const b = device(collaborator.token);
    const id = randomUUID();
    await saveRecord(a.database, 'forum', id, forumData(COMMUNE));
    await a.engine.syncNow();
    await b.engine.syncNow();
    const base = await b.database.forums.get(id);
    expect(base).toBeDefined();

    await saveRecord(a.database, 'forum', id, { adults: 11, venue: 'Trường tiểu học' });
    await saveRecord(b.database, 'forum', id, { girls: 19, venue: 'Nhà rông' });
    await a.engine.syncNow();
    await b.engine.syncNow();
    await a.engine.syncNow();

    const onA = await a.database.forums.get(id);
    const onB = await b.database.forums.get(id);
    expect(onA).toMatchObject({ adults: 11, girls: 19 });
    expect(onB?.venue).toBe(onA?.venue);
    expect(onB?.adults).toBe(11);
    // The losing venue is kept as a conflict both devices received.
    const conflicts = await a.database.conflicts.where('recordId').equals(id).toArray();
    expect(conflicts).toHaveLength(1);
    expect(['Trường tiểu học', 'Nhà rông']).toContain(conflicts[0]?.lostValue);
  });

  it('shows a rejected change with the server’s reason and keeps it on the device', async () => {
    const collaborator = await server.createUser('collaborator', COMMUNE);
    const phone = device(collaborator.token);
    // A record for a commune outside this collaborator's scope passes the schema but not the server.
    const id = randomUUID();
    await saveRecord(phone.database, 'forum', id, forumData('dak-ha/dak-mar'));
    await phone.engine.syncNow();
    const rejected = await phone.database.rejected.toArray();
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({ code: 'out-of-scope', recordId: id });
    expect(rejected[0]?.message).toContain('ngoài phạm vi');
    expect((await phone.database.forums.get(id))?._state).toBe('rejected');
  });

  it('numbers a phone handed to another collaborator from 1 again, and answers it in its own numbering', async () => {
    const first = await server.createUser('collaborator', COMMUNE);
    const second = await server.createUser('collaborator', COMMUNE);
    let token = first.token;
    const database = new AppDatabase(`device-${randomUUID()}`);
    const api = createApi({ baseUrl: server.url, getToken: () => token });
    const engine = new SyncEngine({ database, api, backoff: { baseMs: 60_000, maxMs: 60_000 } });
    await saveRecord(database, 'forum', randomUUID(), forumData(COMMUNE));
    await saveRecord(database, 'forum', randomUUID(), forumData(COMMUNE));
    await engine.syncNow();
    expect(engine.getStatus()).toMatchObject({ phase: 'idle', sent: 2 });

    // Handed over: the device starts clean for the second account (session/sign-in.ts), whose
    // client id the server has never seen. Its outbox keys carry on (the generator never goes back);
    // what travels is numbered 1, 2.
    await resetDevice(database);
    token = second.token;
    const kept = randomUUID();
    const refused = randomUUID();
    await saveRecord(database, 'forum', kept, forumData(COMMUNE), { isNew: true });
    await saveRecord(database, 'forum', refused, forumData('dak-ha/dak-mar'), { isNew: true });
    const keys = (await database.outbox.toArray()).map((entry) => entry.id);
    const ids = await mutationIds(database);
    expect(keys.map((key) => ids.toWire(key))).toEqual([1, 2]);
    expect(keys[0]).toBeGreaterThan(2);
    await engine.syncNow();
    expect(engine.getStatus()).toMatchObject({ phase: 'idle', sent: 2, lastError: null });
    expect(await database.outbox.count()).toBe(0);
    expect((await database.forums.get(kept))?._state).toBe('synced');
    // The server's rejection of its mutation 2 is kept for the entry it was.
    expect(await database.rejected.toArray()).toMatchObject([{ id: keys[1], recordId: refused }]);
    expect((await database.forums.get(refused))?._state).toBe('rejected');
    engine.stop();
  });
});

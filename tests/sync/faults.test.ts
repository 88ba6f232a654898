// The client's real sync engine against the real server when things go wrong: a response lost after
// the server committed, a session that ends, and an outbox carried by file and then pushed again by
// the phone. Nothing may be lost or applied twice.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppDatabase } from '../../src/client/db/db.ts';
import { saveRecord } from '../../src/client/db/write.ts';
import { createApi } from '../../src/client/sync/api.ts';
import { SyncEngine } from '../../src/client/sync/engine.ts';
import {
  buildOutboxFile,
  pushOutboxFile,
  readOutboxFile,
} from '../../src/client/sync/outbox-file.ts';
import { startTestServer, type TestServer } from '../../src/server/testing/test-server.ts';
import { forumData, recommendationData } from '../../src/shared/testing/fixtures.ts';
import { creationsPerRecord } from '../../src/server/sync/push-audit.ts';
import { device, urlOf } from './phone.ts';

const COMMUNE = 'ia-h-drai/ia-dom';

describe('sync under faults, against the server in this process', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('does not apply a push twice when its response was lost after the server committed', async () => {
    const { token } = await server.createUser('collaborator', COMMUNE);
    let dropNextPushResponse = true;
    const phone = device(server.url, token, (real) => async (input, init) => {
      const response = await real(input, init);
      if (dropNextPushResponse && urlOf(input).endsWith('/api/sync/push')) {
        dropNextPushResponse = false;
        // The server has committed; the phone never hears back (a dropped 3G connection).
        throw new TypeError('network connection lost');
      }
      return response;
    });
    const ids = Array.from({ length: 30 }, () => randomUUID());
    for (const id of ids)
      await saveRecord(phone.database, 'recommendation', id, recommendationData(COMMUNE));

    await phone.engine.syncNow();
    expect(phone.engine.getStatus().phase).toBe('offline');
    expect(await phone.database.outbox.count()).toBe(30);

    await phone.engine.syncNow();
    expect(phone.engine.getStatus()).toMatchObject({ phase: 'idle', lastError: null });
    expect(await phone.database.outbox.count()).toBe(0);
    expect(await phone.database.rejected.count()).toBe(0);
    const creates = await creationsPerRecord(server.db.orm, { ids });
    expect(ids.map((id) => creates.get(id))).toEqual(ids.map(() => 1));
    phone.engine.stop();
  });

  it('asks for the password when the session ends, and keeps every unsent change', async () => {
    const first = await server.createUser('collaborator', COMMUNE);
    let token = first.token;
    let askedForPassword = 0;
    const database = new AppDatabase(`device-${randomUUID()}`);
    const api = createApi({ baseUrl: server.url, getToken: () => token });
    const engine = new SyncEngine({
      database,
      api,
      backoff: { baseMs: 600_000, maxMs: 600_000 },
      onUnauthorized: () => (askedForPassword += 1),
    });
    // The session ends on the server (expired, revoked, or the account's password was reset).
    await server.request('/api/auth/logout', { method: 'POST', token });
    const ids = Array.from({ length: 5 }, () => randomUUID());
    for (const id of ids) await saveRecord(database, 'forum', id, forumData(COMMUNE));
    await engine.syncNow();
    expect(engine.getStatus()).toMatchObject({ phase: 'signed-out' });
    expect(engine.getStatus().lastError).toContain('đăng nhập lại');
    expect(askedForPassword).toBe(1);
    expect(await database.outbox.count()).toBe(5);

    token = (await server.login(first.user.username)).token;
    await engine.syncNow();
    expect(engine.getStatus().phase).toBe('idle');
    expect(await database.outbox.count()).toBe(0);
    const creates = await creationsPerRecord(server.db.orm, { ids });
    expect(ids.map((id) => creates.get(id))).toEqual(ids.map(() => 1));
  });

  it('applies a file-transferred outbox once, even when the phone later pushes it itself', async () => {
    const collaborator = await server.createUser('collaborator', COMMUNE);
    const district = await server.createUser('district', 'ia-h-drai');
    const phone = device(server.url, collaborator.token);
    const ids = Array.from({ length: 12 }, () => randomUUID());
    for (const id of ids) await saveRecord(phone.database, 'forum', id, forumData(COMMUNE));
    // One record edited twice before the file is made: both changes travel, in order.
    const edited = ids[0] ?? '';
    await saveRecord(phone.database, 'forum', edited, { venue: 'Nhà rông làng Kon Khốc' });

    const file = await buildOutboxFile(phone.database, collaborator.user);
    const carried = await readOutboxFile(new Uint8Array(Buffer.from(JSON.stringify(file))));
    const office = createApi({ baseUrl: server.url, getToken: () => district.token });
    const imported = await pushOutboxFile(office, carried);
    expect(imported).toMatchObject({ total: 13, lastMutationId: 13, rejected: [] });
    // Importing the same file twice changes nothing.
    expect(await pushOutboxFile(office, carried)).toMatchObject({ lastMutationId: 13 });

    // Back in signal, the phone pushes the same mutations itself: acknowledged as replays.
    await phone.engine.syncNow();
    expect(phone.engine.getStatus().phase).toBe('idle');
    expect(await phone.database.outbox.count()).toBe(0);
    expect((await phone.database.forums.get(edited))?.venue).toBe('Nhà rông làng Kon Khốc');
    const creates = await creationsPerRecord(server.db.orm, { ids });
    expect(ids.map((id) => creates.get(id))).toEqual(ids.map(() => 1));
    const submitted = await server.db.orm.execute<{ submitted_by: string | null }>(
      sql`SELECT DISTINCT submitted_by::text FROM records WHERE entity = 'forum' AND id IN (SELECT jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))`,
    );
    // The author stays the collaborator; the district user is recorded as the one who submitted.
    expect(submitted.rows.map((row) => row.submitted_by)).toEqual([district.user.id]);
    phone.engine.stop();
  });
});

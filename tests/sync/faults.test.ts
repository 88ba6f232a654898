// The client's real sync engine against the real server when things go wrong: a response lost after
// the server committed, an outbox carried by file and then pushed again by the phone, and the server
// process killed (SIGKILL) in the middle of a push. Nothing may be lost or applied twice.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
import { openPglite, type Orm } from '../../src/server/db/client.ts';
import { createAccount, freePort, postJson } from '../../src/server/testing/http.ts';
import { PGLITE_TEMPLATE } from '../../src/server/testing/test-db.ts';
import { startTestServer, type TestServer } from '../../src/server/testing/test-server.ts';
import { forumData, recommendationData } from '../../src/shared/testing/fixtures.ts';

const COMMUNE = 'ia-h-drai/ia-dom';

type Fetch = typeof fetch;

/** The URL a fetch call aims at, whatever form its first argument takes. */
const urlOf = (input: Parameters<Fetch>[0]) =>
  typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;

function device(baseUrl: string, token: string, wrap: (real: Fetch) => Fetch = (real) => real) {
  const database = new AppDatabase(`device-${randomUUID()}`);
  const api = createApi({ baseUrl, getToken: () => token, fetch: wrap(fetch) });
  // A long backoff: the test drives every retry itself.
  const engine = new SyncEngine({ database, api, backoff: { baseMs: 600_000, maxMs: 600_000 } });
  return { database, engine, api };
}

/** How many times the server applied a create, per record: exactly once is the promise. */
async function createsPerRecord(orm: Orm, ids: string[]): Promise<Map<string, number>> {
  const rows = await orm.execute<{ record_id: string; n: string }>(sql`
    SELECT record_id, count(*)::text AS n FROM audit_log
    WHERE action = 'create' AND record_id IN (SELECT jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))
    GROUP BY record_id`);
  return new Map(rows.rows.map((row) => [row.record_id, Number(row.n)]));
}

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
    const creates = await createsPerRecord(server.db.orm, ids);
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
    const creates = await createsPerRecord(server.db.orm, ids);
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
    const creates = await createsPerRecord(server.db.orm, ids);
    expect(ids.map((id) => creates.get(id))).toEqual(ids.map(() => 1));
    const submitted = await server.db.orm.execute<{ submitted_by: string | null }>(
      sql`SELECT DISTINCT submitted_by::text FROM records WHERE entity = 'forum' AND id IN (SELECT jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))`,
    );
    // The author stays the collaborator; the district user is recorded as the one who submitted.
    expect(submitted.rows.map((row) => row.submitted_by)).toEqual([district.user.id]);
    phone.engine.stop();
  });
});

describe('sync when the server process is killed in the middle of a push', () => {
  let child: ChildProcess | undefined;
  let root = '';

  async function start(port: number, dataDir: string): Promise<ChildProcess> {
    const process_ = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        STATIC_DIR: '/nonexistent',
        ADMIN_PASSWORD: 'kill-test-quan-tri-mk',
        LOG_LEVEL: 'warn',
      },
      stdio: 'ignore',
    });
    const until = Date.now() + 60_000;
    while (Date.now() < until) {
      if (process_.exitCode !== null) throw new Error(`server exited with ${process_.exitCode}`);
      const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (response) => response.ok,
        () => false,
      );
      if (ok) return process_;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('server did not start');
  }

  async function stop(process_: ChildProcess, signal: NodeJS.Signals) {
    if (process_.exitCode !== null || process_.signalCode !== null) return;
    const exited = new Promise((resolve) => process_.once('exit', resolve));
    process_.kill(signal);
    await exited;
  }

  afterAll(async () => {
    if (child) await stop(child, 'SIGKILL');
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('loses and duplicates nothing when the server dies and comes back', async () => {
    root = await mkdtemp(join(tmpdir(), 'ddte-kill-'));
    const dataDir = join(root, 'data');
    await cp(PGLITE_TEMPLATE, dataDir, { recursive: true });
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    child = await start(port, dataDir);

    const post = (path: string, body: unknown, token?: string) =>
      postJson<{ token: string }>(url, path, body, token);
    const admin = await post('/api/auth/login', {
      username: 'admin',
      password: 'kill-test-quan-tri-mk',
    });
    const { token } = await createAccount(
      url,
      admin.token,
      { username: 'ctv.kill', role: 'collaborator', unitCode: COMMUNE },
      'mat-khau-du-dai-1',
    );

    // Kill the server as the third push batch is on its way: some batches committed, one in flight.
    let pushes = 0;
    const running = child;
    const phone = device(url, token, (real) => async (input, init) => {
      if (urlOf(input).endsWith('/api/sync/push') && ++pushes === 3) {
        const sent = real(input, init);
        setTimeout(() => running.kill('SIGKILL'), 5);
        return sent;
      }
      return real(input, init);
    });
    const ids = Array.from({ length: 1200 }, () => randomUUID());
    for (const id of ids)
      await saveRecord(phone.database, 'recommendation', id, recommendationData(COMMUNE));

    await phone.engine.syncNow();
    expect(phone.engine.getStatus().phase).toBe('offline');
    const left = await phone.database.outbox.count();
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThanOrEqual(1200);

    child = await start(port, dataDir);
    // The session survived the restart: it is stored in the database, not in the process.
    await phone.engine.syncNow();
    expect(phone.engine.getStatus()).toMatchObject({ phase: 'idle', lastError: null });
    expect(await phone.database.outbox.count()).toBe(0);
    expect(await phone.database.rejected.count()).toBe(0);
    phone.engine.stop();
    await stop(child, 'SIGTERM');

    const db = await openPglite(dataDir);
    try {
      const creates = await createsPerRecord(db.orm, ids);
      const counts = ids.map((id) => creates.get(id) ?? 0);
      expect(counts.filter((count) => count === 0)).toHaveLength(0);
      expect(counts.filter((count) => count > 1)).toHaveLength(0);
      const stored = await db.orm.execute<{ n: string }>(
        sql`SELECT count(*)::text AS n FROM records WHERE entity = 'recommendation'`,
      );
      expect(Number(stored.rows[0]?.n)).toBe(1200);
    } finally {
      await db.close();
    }
  });
});

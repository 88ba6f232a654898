// The server process killed (SIGKILL) in the middle of a push, then started again on the same
// data: every change the phone made arrives once, none twice.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { saveRecord } from '../../src/client/db/write.ts';
import { openPglite } from '../../src/server/db/client.ts';
import { createAccount, freePort, postJson } from '../../src/server/testing/http.ts';
import { PGLITE_TEMPLATE } from '../../src/server/testing/test-db.ts';
import { recommendationData } from '../../src/shared/testing/fixtures.ts';
import { creationsPerRecord } from '../../src/server/sync/push-audit.ts';
import { device, urlOf } from './phone.ts';

const COMMUNE = 'ia-h-drai/ia-dom';

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
      const creates = await creationsPerRecord(db.orm, { ids });
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

import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDatabase } from '../db/db.ts';
import { ApiError, createApi, parseRetryAfter, type ApiClient } from './api.ts';
import { SyncEngine } from './engine.ts';

let database: AppDatabase;
beforeEach(() => {
  database = new AppDatabase(`engine-${randomUUID()}`);
});
afterEach(() => database.delete());

/** A server that answers every call with this status and headers. */
function answering(status: number, headers: Record<string, string> = {}): ApiClient {
  return createApi({
    getToken: () => 'token',
    fetch: () =>
      Promise.resolve(
        new Response(JSON.stringify({ title: 'Cơ sở dữ liệu tạm thời không dùng được', status }), {
          status,
          headers: { 'content-type': 'application/problem+json', ...headers },
        }),
      ),
  });
}

describe('Retry-After', () => {
  it('reads seconds and HTTP dates, and ignores what it cannot read', () => {
    const now = Date.parse('2026-11-23T08:00:00Z');
    expect(parseRetryAfter('5', now)).toBe(5_000);
    expect(parseRetryAfter('Mon, 23 Nov 2026 08:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Mon, 23 Nov 2026 07:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });

  it('is carried by the error of a 503, and the engine waits at least that long', async () => {
    const api = answering(503, { 'retry-after': '30' });
    await expect(api.post('/api/sync/pull', {})).rejects.toMatchObject({
      kind: 'server',
      retryAfterMs: 30_000,
    });

    // random() = 0: the backoff alone would retry after 1 s.
    const engine = new SyncEngine({ database, api, random: () => 0 });
    const before = Date.now();
    await engine.syncNow();
    engine.stop();
    const status = engine.getStatus();
    expect(status.phase).toBe('error');
    expect(status.nextRetryAt).toBeGreaterThanOrEqual(before + 30_000);
    expect(status.nextRetryAt).toBeLessThan(before + 32_000);
  });

  it('is capped by the backoff ceiling, and without it the backoff decides', async () => {
    const capped = new SyncEngine({
      database,
      api: answering(503, { 'retry-after': '86400' }),
      random: () => 0,
    });
    const before = Date.now();
    await capped.syncNow();
    capped.stop();
    expect(capped.getStatus().nextRetryAt).toBeLessThanOrEqual(Date.now() + 5 * 60_000);

    const plain = new SyncEngine({ database, api: answering(502), random: () => 0 });
    await plain.syncNow();
    plain.stop();
    expect(plain.getStatus().nextRetryAt).toBeLessThan(before + 2_000 + 1_000);
    expect(new ApiError('server', 502).retryAfterMs).toBeUndefined();
  });
});

describe('the last successful sync', () => {
  it('is remembered on the device, so a reopened app still shows it', async () => {
    const server = createApi({
      getToken: () => 'token',
      fetch: (input) =>
        Promise.resolve(
          new Response(
            JSON.stringify(
              (input instanceof Request ? input.url : input.toString()).endsWith('/api/sync/pull')
                ? { cursor: 'c', hasMore: false, lastMutationId: 0, changes: [] }
                : {},
            ),
            { status: 200, headers: { 'content-type': 'application/json' } },
          ),
        ),
    });
    const first = new SyncEngine({ database, api: server, random: () => 0 });
    await first.syncNow();
    first.stop();
    const syncedAt = first.getStatus().lastSyncAt;
    expect(first.getStatus().phase).toBe('idle');
    expect(syncedAt).not.toBeNull();

    // The app is closed and opened again, offline: a new engine on the same device database.
    const reopened = new SyncEngine({ database, api: answering(503), random: () => 0 });
    expect(reopened.getStatus().lastSyncAt).toBeNull();
    await reopened.restoreLastSync();
    expect(reopened.getStatus().lastSyncAt).toBe(syncedAt);
  });
});

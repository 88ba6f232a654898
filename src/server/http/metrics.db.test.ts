import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forumData } from '../../shared/testing/fixtures.ts';
import { TestDevice } from '../testing/device.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';

let open: TestServer;
let guarded: TestServer;

beforeAll(async () => {
  open = await startTestServer();
  guarded = await startTestServer({ config: { metricsToken: 'so-lieu-may-chu-bi-mat' } });
});
afterAll(async () => {
  await open.stop();
  await guarded.stop();
});

/** The value of one series in Prometheus text, or undefined when it is not there. */
function valueOf(text: string, series: string): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('/metrics', () => {
  it('counts pushes, mutations, pulls and requests by route pattern, not by raw URL', async () => {
    const { token } = await open.createUser('collaborator', 'dak-ha/dak-mar');
    const device = new TestDevice();
    const id = randomUUID();
    const push = await open.request('/api/sync/push', {
      token,
      body: device.pushBody([device.upsert('forum', id, forumData('dak-ha/dak-mar'))]),
    });
    expect(push.status).toBe(200);
    const pull = await open.request('/api/sync/pull', { token, body: device.pullBody(null) });
    expect(pull.status).toBe(200);
    await open.request('/api/no-such-route-a1');
    await open.request('/api/no-such-route-b2');

    const response = await open.request('/metrics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(valueOf(text, 'ddte_sync_pushes_total')).toBe(1);
    expect(valueOf(text, 'ddte_sync_mutations_total{outcome="received"}')).toBe(1);
    expect(valueOf(text, 'ddte_sync_mutations_total{outcome="rejected"}')).toBe(0);
    expect(valueOf(text, 'ddte_sync_pulls_total')).toBe(1);
    expect(valueOf(text, 'ddte_record_lock_wait_seconds_count')).toBe(1);
    expect(
      valueOf(text, 'ddte_http_requests_total{method="POST",route="/api/sync/push",status="200"}'),
    ).toBe(1);
    // Unknown paths share one series, so a scanner cannot grow the registry without bound.
    expect(text).not.toContain('no-such-route');
    expect(
      valueOf(text, 'ddte_http_requests_total{method="GET",route="unmatched",status="404"}'),
    ).toBe(2);
    expect(text).toContain('ddte_process_resident_memory_bytes');
    expect(text).toContain('ddte_nodejs_eventloop_lag_seconds');
    if (open.db.kind === 'postgres')
      expect(text).toContain('ddte_db_pool_connections{state="idle"}');
  });

  it('without a token, answers only this machine, never a request that came through a proxy', async () => {
    const proxied = await open.request('/metrics', {
      headers: { 'x-forwarded-for': '203.0.113.9' },
    });
    expect(proxied.status).toBe(404);
    expect(proxied.headers.get('content-type')).toContain('application/problem+json');
  });

  it('with a token, answers only the bearer of that token', async () => {
    expect((await guarded.request('/metrics')).status).toBe(404);
    expect((await guarded.request('/metrics', { token: 'so-lieu-may-chu-bi-mat-' })).status).toBe(
      404,
    );
    const allowed = await guarded.request('/metrics', { token: 'so-lieu-may-chu-bi-mat' });
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toContain('ddte_http_requests_total');
  });
});

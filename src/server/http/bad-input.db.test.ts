// Every endpoint answers bad input with a 4xx problem+json, never a 500, and stores nothing half-way.
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestDevice } from '../testing/device.ts';
import { forumData } from '../../shared/testing/fixtures.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';

let server: TestServer;
let token: string;
const COMMUNE = 'kon-plong/hieu';

beforeAll(async () => {
  server = await startTestServer();
  token = (await server.createUser('collaborator', COMMUNE)).token;
});
afterAll(() => server.stop());

const ENDPOINTS = [
  ['POST', '/api/auth/login'],
  ['POST', '/api/sync/push'],
  ['POST', '/api/sync/pull'],
  ['POST', '/api/admin/users'],
  ['PATCH', '/api/admin/users/00000000-0000-4000-8000-000000000000'],
  ['POST', '/api/admin/units'],
  ['POST', '/api/conflicts/00000000-0000-4000-8000-000000000000/resolve'],
  ['POST', '/api/admin/units/merge'],
  ['POST', '/api/me/password'],
] as const;

/** Administration is reached with an administrator's session, so its body is read too. */
const tokenFor = (path: string) => (path.startsWith('/api/admin/') ? server.adminToken : token);

async function expectProblem(response: Response, statuses: number[]) {
  expect(statuses, `${response.status} ${await response.clone().text()}`).toContain(
    response.status,
  );
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  const body = (await response.json()) as { status: number; title: string };
  expect(body.status).toBe(response.status);
  expect(body.title.length).toBeGreaterThan(0);
}

const recordCount = async () =>
  Number(
    (await server.db.orm.execute<{ n: string }>(sql`SELECT count(*)::text AS n FROM records`))
      .rows[0]?.n,
  );

/** Whether any object inside `value` has an own `__proto__` or `constructor` key. */
function hasProtoKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasProtoKey);
  if (value === null || typeof value !== 'object') return false;
  return Object.keys(value).some(
    (key) =>
      key === '__proto__' ||
      key === 'constructor' ||
      hasProtoKey((value as Record<string, unknown>)[key]),
  );
}

describe('malformed requests', () => {
  it('answers broken JSON with 400 on every endpoint', async () => {
    for (const [method, path] of ENDPOINTS) {
      const response = await server.request(path, {
        method,
        token: tokenFor(path),
        body: '{"protocolVersion": 1,',
      });
      await expectProblem(response, [400]);
    }
  });

  it('refuses a body that tries to set an object prototype, storing nothing', async () => {
    const device = new TestDevice();
    const before = await recordCount();
    const body = JSON.stringify(
      device.pushBody([device.upsert('forum', crypto.randomUUID(), forumData(COMMUNE))]),
    ).replace('"venue"', '"__proto__":{"isAdmin":true},"venue"');
    expect(body).toContain('__proto__');
    const response = await server.request('/api/sync/push', { token, body });
    await expectProblem(response, [400]);
    expect(await recordCount()).toBe(before);
  });

  it('answers a body past the limit with 413', async () => {
    const huge = JSON.stringify({ padding: 'x'.repeat(server.config.bodyLimit + 10) });
    const response = await server.request('/api/sync/push', { token, body: huge });
    await expectProblem(response, [413]);
  });

  it('answers a content type it does not read with 415', async () => {
    const response = await server.request('/api/sync/push', {
      method: 'POST',
      token,
      body: '<push/>',
      headers: { 'content-type': 'application/xml' },
    });
    await expectProblem(response, [415]);
  });

  it('names the failing paths of an invalid push body and unknown fields', async () => {
    const response = await server.request('/api/sync/push', {
      token,
      body: {
        protocolVersion: 1,
        clientId: 'not-a-uuid',
        mutations: [{ id: 0, name: 'x', args: {}, hlc: 'x' }],
        extra: true,
      },
    });
    await expectProblem(response.clone(), [400]);
    const problem = (await response.json()) as { errors: { path: string; message: string }[] };
    expect(problem.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['clientId', 'mutations.0.id', 'mutations.0.hlc', '(body)']),
    );
    expect(problem.errors.find((e) => e.path === '(body)')?.message).toContain('extra');
  });

  it('answers an old protocol version with a message to update the app', async () => {
    const device = new TestDevice();
    const response = await server.request('/api/sync/pull', {
      token,
      body: { ...device.pullBody(null), protocolVersion: 0 },
    });
    await expectProblem(response.clone(), [400]);
    const problem = (await response.json()) as { errors: { path: string; message: string }[] };
    expect(problem.errors[0]?.path).toBe('protocolVersion');
    expect(problem.errors[0]?.message).toContain('cập nhật ứng dụng');
  });
});

describe('hostile input (property-based)', () => {
  const jsonValue = fc.jsonValue({ maxDepth: 6 });
  const hostileText = fc.oneof(
    fc.string(),
    fc.constantFrom(
      "'; DROP TABLE records; --",
      '<script>alert("xss")</script>',
      'Trẻ em\u0000null',
      '\ud800 lone surrogate',
      'Đắk Hà'.repeat(2000),
    ),
  );

  it('never answers any endpoint with a 500, whatever the body', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ENDPOINTS),
        fc.oneof(jsonValue, hostileText),
        async ([method, path], body) => {
          const response = await server.request(path, {
            method,
            token: tokenFor(path),
            body: JSON.stringify(body),
          });
          expect(response.status, `${method} ${path}`).toBeLessThan(500);
          if (response.status >= 400)
            expect(response.headers.get('content-type')).toContain('application/problem+json');
        },
      ),
      { numRuns: 150 },
    );
  });

  it('rejects hostile mutations one by one and stores nothing half-way', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            name: fc.constantFrom('forum.upsert', 'recommendation.upsert', 'forum.delete', 'nope'),
            args: fc.oneof(
              jsonValue,
              fc.record({
                id: hostileText,
                patch: fc.dictionary(hostileText, jsonValue),
                baseVersion: fc.integer(),
              }),
            ),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        async (mutations) => {
          const device = new TestDevice();
          const before = await recordCount();
          const body = device.pushBody(mutations.map((m) => device.mutation(m.name, m.args)));
          const response = await server.request('/api/sync/push', { token, body });
          if (hasProtoKey(mutations)) {
            // The JSON parser refuses prototype keys anywhere in a body (a defence, not a bug):
            // the whole push is answered 400 and nothing is stored.
            await expectProblem(response, [400]);
            expect(await recordCount()).toBe(before);
            return;
          }
          expect(response.status).toBe(200);
          const result = (await response.json()) as { lastMutationId: number; rejected: unknown[] };
          expect(result.lastMutationId).toBe(mutations.length);
          expect(result.rejected).toHaveLength(mutations.length);
          expect(await recordCount()).toBe(before);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('stores hostile text exactly as given, as data', async () => {
    const device = new TestDevice();
    const venue = `<img src=x onerror=alert(1)> '; DROP TABLE records; -- Đắk`;
    const id = crypto.randomUUID();
    const push = await server.request('/api/sync/push', {
      token,
      body: device.pushBody([device.upsert('forum', id, forumData(COMMUNE, { venue }))]),
    });
    expect(((await push.json()) as { rejected: unknown[] }).rejected).toEqual([]);
    const pull = await server.request('/api/sync/pull', { token, body: device.pullBody(null) });
    const { changes } = (await pull.json()) as {
      changes: { id: string; data?: { venue?: string } }[];
    };
    expect(changes.find((c) => c.id === id)?.data?.venue).toBe(venue);
  });
});

import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { PullResponse } from '../../shared/protocol.ts';
import { TestDevice } from '../testing/device.ts';
import { forumData } from '../../shared/testing/fixtures.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../auth/sessions.ts';
import { startTestServer, USER_PASSWORD, type TestServer } from '../testing/test-server.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ loginLimits: { maxPerAccountAtAddress: 3 } });
});
afterAll(() => server.stop());

describe('sign-in', () => {
  it('gives the same 401 for a wrong password and an unknown user', async () => {
    await server.createUser('collaborator', 'dak-glei/dak-choong', 'ctv.dakchoong');
    const wrong = await server.request('/api/auth/login', {
      body: { username: 'ctv.dakchoong', password: 'sai-mat-khau-1' },
    });
    const unknown = await server.request('/api/auth/login', {
      body: { username: 'nobody.here', password: 'sai-mat-khau-1' },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.headers.get('content-type')).toContain('application/problem+json');
    const [a, b] = (await Promise.all([wrong.json(), unknown.json()])) as { title: string }[];
    expect(a?.title).toBe(b?.title);
  });

  it('rate-limits repeated failures on one account with 429 and Retry-After', async () => {
    await server.createUser('collaborator', 'dak-glei/dak-choong', 'ctv.limited');
    for (let i = 0; i < 3; i++) {
      await server.request('/api/auth/login', {
        body: { username: 'ctv.limited', password: 'sai-mat-khau-1' },
      });
    }
    const blocked = await server.request('/api/auth/login', {
      body: { username: 'ctv.limited', password: USER_PASSWORD },
    });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('stores only a hash of the token, and signing out ends the session', async () => {
    const { token, user } = await server.createUser('district', 'dak-ha');
    expect(Buffer.from(token, 'base64url').length).toBe(32);
    const stored = await server.db.orm.execute<{ token_hash: string }>(
      sql`SELECT token_hash FROM sessions WHERE user_id = ${user.id}`,
    );
    expect(stored.rows.map((r) => r.token_hash)).toContain(hashToken(token));
    expect(JSON.stringify(stored.rows)).not.toContain(token);
    expect((await server.request('/api/me', { token })).status).toBe(200);
    expect((await server.request('/api/auth/logout', { method: 'POST', token })).status).toBe(204);
    expect((await server.request('/api/me', { token })).status).toBe(401);
  });

  it("ends a disabled account's sessions at once", async () => {
    const { token, user } = await server.createUser('collaborator', 'dak-ha/dak-mar');
    const disable = await server.request(`/api/admin/users/${user.id}`, {
      method: 'PATCH',
      token: server.adminToken,
      body: { disabled: true },
    });
    expect(disable.status).toBe(200);
    expect((await server.request('/api/me', { token })).status).toBe(401);
    expect((await server.request('/api/sync/pull', { token, body: {} })).status).toBe(401);
  });

  it('answers every protected endpoint with 401 without a token', async () => {
    for (const [method, path] of [
      ['GET', '/api/me'],
      ['POST', '/api/sync/push'],
      ['POST', '/api/sync/pull'],
      ['GET', '/api/conflicts'],
      ['GET', '/api/audit'],
      ['GET', '/api/admin/users'],
    ] as const) {
      const response = await server.request(path, {
        method,
        ...(method === 'POST' ? { body: {} } : {}),
      });
      expect(response.status, path).toBe(401);
    }
  });
});

describe('accounts', () => {
  it('lets district staff create collaborators in their own district only', async () => {
    const { token } = await server.createUser('district', 'kon-ray');
    const create = (username: string, role: string, unitCode: string) =>
      server.request('/api/admin/users', {
        token,
        body: { username, displayName: 'CTV', password: USER_PASSWORD, role, unitCode },
      });
    expect((await create('ctv.konray1', 'collaborator', 'kon-ray/dak-ruong')).status).toBe(201);
    expect((await create('ctv.elsewhere', 'collaborator', 'dak-ha/dak-mar')).status).toBe(403);
    expect((await create('province.fake', 'province', 'kon-tum')).status).toBe(403);
  });

  it('refuses a short password with the reason beside the field', async () => {
    const response = await server.request('/api/admin/users', {
      token: server.adminToken,
      body: {
        username: 'short.pw',
        displayName: 'X',
        password: 'ngan',
        role: 'collaborator',
        unitCode: 'kon-ray/dak-ruong',
      },
    });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: { path: string; message: string }[] };
    expect(problem.errors).toContainEqual({
      path: 'password',
      message: 'Mật khẩu cần ít nhất 10 ký tự',
    });
  });
});

describe('administrative units', () => {
  it('merges a commune into another from a date: records stay, accounts and scope carry on', async () => {
    const collaborator = await server.createUser('collaborator', 'sa-thay/mo-rai');
    const phone = new TestDevice();
    const forumId = randomUUID();
    await server.request('/api/sync/push', {
      token: collaborator.token,
      body: phone.pushBody([phone.upsert('forum', forumId, forumData('sa-thay/mo-rai'))]),
    });
    const add = await server.request('/api/admin/units', {
      token: server.adminToken,
      body: {
        code: 'sa-thay/xa-moi',
        name: 'Xã Mới',
        type: 'commune',
        level: 'commune',
        parentCode: 'sa-thay',
      },
    });
    expect(add.status).toBe(201);
    const today = new Date().toISOString().slice(0, 10);
    const merge = await server.request('/api/admin/units/merge', {
      token: server.adminToken,
      body: {
        sources: ['sa-thay/mo-rai'],
        into: 'sa-thay/xa-moi',
        effective: today,
        moveAccounts: true,
      },
    });
    expect(merge.status, await merge.clone().text()).toBe(200);
    // The account follows its unit, and its scope with it, from the next request on.
    const again = collaborator;
    const me = await server.request('/api/me', { token: again.token });
    expect(((await me.json()) as { unitCode: string }).unitCode).toBe('sa-thay/xa-moi');
    const pulled = await server.request('/api/sync/pull', {
      token: again.token,
      body: phone.pullBody(null),
    });
    const { changes } = (await pulled.json()) as PullResponse;
    // The record keeps the unit it was made in; the new commune sees it as its predecessor's.
    expect(changes.find((c) => c.id === forumId)?.data?.['unitCode']).toBe('sa-thay/mo-rai');
    expect(changes.find((c) => c.id === 'sa-thay/mo-rai')?.data).toMatchObject({
      successors: ['sa-thay/xa-moi'],
    });
  });
});

// Every endpoint × every role × a unit outside the user's scope: the answer is 401/403/404 with no
// data, or (push) a per-mutation rejection with nothing stored. Scope is the server's to enforce.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../shared/schemas/user.ts';
import { TestDevice } from '../testing/device.ts';
import { forumData } from '../../shared/testing/fixtures.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';
import { forumWithConflict } from '../testing/conflict.ts';
import { pullAll, pushAs } from '../testing/sync-calls.ts';
import { readJson } from '../testing/http.ts';
import type { PushChanges } from '../sync/push-audit.ts';
import { ENTITIES } from '../../shared/entities.ts';

/** The records every test looks for live here; every viewer below is outside this district. */
const HOME_COMMUNE = 'dak-glei/dak-choong';
const HOME_DISTRICT = 'dak-glei';

let server: TestServer;
let tokens: Record<Role, string>;
let forumId: string;
let conflictId: string;
let homeCollaboratorId: string;

beforeAll(async () => {
  server = await startTestServer();
  // A forum in the home commune, edited on two devices so that a conflict entry exists there too.
  ({
    collaboratorId: homeCollaboratorId,
    forumId,
    conflictId,
  } = await forumWithConflict(server, HOME_COMMUNE));
  // Viewers from another district (Kon Rẫy), one per role, plus province and admin.
  tokens = {
    collaborator: (await server.createUser('collaborator', 'kon-ray/dak-ruong')).token,
    district: (await server.createUser('district', 'kon-ray')).token,
    province: (await server.createUser('province', 'kon-tum')).token,
    admin: server.adminToken,
  };
});
afterAll(() => server.stop());

/** What each role gets from each endpoint when it aims at the home district. */
interface Case {
  name: string;
  call: (token: string) => Promise<Response>;
  /** Expected status per role; province is inside every scope, so some of its answers are 2xx. */
  expect: Record<Role, number>;
}

const get = (path: string) => (token: string) => server.request(path, { token });

const CASES: Case[] = [
  {
    name: 'GET /api/conflicts lists no conflict of another district',
    call: get('/api/conflicts'),
    expect: { collaborator: 403, district: 200, province: 200, admin: 403 },
  },
  {
    name: 'POST /api/conflicts/:id/resolve on another district’s conflict',
    call: (token) =>
      server.request(`/api/conflicts/${conflictId}/resolve`, {
        token,
        body: { choice: 'kept' },
      }),
    // Province is inside every scope: tested last so the conflict stays open for the others.
    expect: { collaborator: 403, district: 404, province: 200, admin: 403 },
  },
  {
    name: 'GET /api/audit',
    call: get('/api/audit'),
    expect: { collaborator: 403, district: 403, province: 200, admin: 200 },
  },
  {
    name: 'POST /api/audit/exports for another district',
    call: (token) =>
      server.request('/api/audit/exports', {
        token,
        body: {
          id: randomUUID(),
          kind: 'recommendations',
          format: 'xlsx',
          unitCode: HOME_DISTRICT,
          rows: 3,
          madeAt: new Date().toISOString(),
        },
      }),
    expect: { collaborator: 403, district: 403, province: 201, admin: 403 },
  },
  {
    name: 'GET /api/admin/users',
    call: get('/api/admin/users'),
    expect: { collaborator: 403, district: 200, province: 200, admin: 200 },
  },
  {
    name: 'POST /api/admin/users in another district',
    call: (token) =>
      server.request('/api/admin/users', {
        token,
        body: {
          username: `ctv.${randomUUID().slice(0, 8)}`,
          displayName: 'CTV',
          role: 'collaborator',
          unitCode: HOME_COMMUNE,
        },
      }),
    // Province staff manage the field staff of their whole province.
    expect: { collaborator: 403, district: 403, province: 201, admin: 201 },
  },
  {
    name: 'PATCH /api/admin/users/:id of another district’s collaborator',
    call: (token) =>
      server.request(`/api/admin/users/${homeCollaboratorId}`, {
        method: 'PATCH',
        token,
        body: { displayName: 'Đổi tên' },
      }),
    // Outside one's scope the account does not exist.
    expect: { collaborator: 403, district: 404, province: 200, admin: 200 },
  },
  {
    name: 'POST /api/admin/users/:id/reset-password of another district’s collaborator',
    call: (token) =>
      server.request(`/api/admin/users/${homeCollaboratorId}/reset-password`, { token, body: {} }),
    expect: { collaborator: 403, district: 404, province: 200, admin: 200 },
  },
  {
    name: 'POST /api/admin/units',
    call: (token) =>
      server.request('/api/admin/units', {
        token,
        body: {
          code: `dak-glei/xa-${randomUUID().slice(0, 6)}`,
          name: 'Xã thử',
          type: 'commune',
          level: 'commune',
          parentCode: HOME_DISTRICT,
        },
      }),
    expect: { collaborator: 403, district: 403, province: 403, admin: 201 },
  },
  {
    name: 'POST /api/admin/units/:code/edit',
    call: (token) =>
      server.request(`/api/admin/units/${encodeURIComponent(HOME_COMMUNE)}/edit`, {
        token,
        body: { effective: null, name: 'Xã Đăk Choong' },
      }),
    expect: { collaborator: 403, district: 403, province: 403, admin: 200 },
  },
  {
    name: 'POST /api/admin/units/merge',
    call: (token) =>
      server.request('/api/admin/units/merge', {
        token,
        body: {
          sources: ['dak-glei/khong-ton-tai'],
          into: HOME_COMMUNE,
          effective: '2026-07-01',
          moveAccounts: false,
        },
      }),
    // Admin reaches validation (the unit to merge does not exist); everyone else is stopped first.
    expect: { collaborator: 403, district: 403, province: 403, admin: 400 },
  },
];

describe('every endpoint × every role, aimed at a district outside the user’s scope', () => {
  for (const testCase of CASES) {
    it(testCase.name, async () => {
      for (const role of ROLES) {
        const response = await testCase.call(tokens[role]);
        const expected = testCase.expect[role];
        expect(response.status, `${role}: ${await response.clone().text()}`).toBe(expected);
        if (expected >= 400) {
          expect(response.headers.get('content-type')).toContain('application/problem+json');
          const problem = await readJson<Record<string, unknown>>(response);
          // A refusal carries no record: only the problem's own fields.
          expect(Object.keys(problem).sort()).toEqual(
            expect.arrayContaining(['status', 'title', 'type']),
          );
          expect(JSON.stringify(problem)).not.toContain(forumId);
        }
        if (testCase.name.startsWith('GET /api/conflicts') && response.status === 200) {
          const listed = await readJson<{ recordId: string }[]>(response);
          const sees = listed.some((entry) => entry.recordId === forumId);
          expect(sees, role).toBe(role === 'province');
        }
      }
    });
  }

  it('POST /api/sync/pull never returns a record of another district', async () => {
    for (const role of ROLES) {
      const { changes } = await pullAll(server, tokens[role], new TestDevice(), 5000);
      const forum = changes.find((change) => change.id === forumId);
      expect(Boolean(forum), role).toBe(role === 'province');
      const foreign = changes.filter(
        (change) =>
          !ENTITIES[change.entity].shared &&
          String(change.data?.['unitCode']).startsWith(HOME_DISTRICT),
      );
      if (role !== 'province') expect(foreign, role).toEqual([]);
    }
  });

  it('POST /api/sync/push of a record in another district is rejected and stores nothing', async () => {
    for (const role of ROLES) {
      if (role === 'province') continue; // province writes everywhere by design
      const device = new TestDevice();
      const id = randomUUID();
      const result = await pushAs(server, tokens[role], device, [
        device.upsert('forum', id, forumData(HOME_COMMUNE)),
      ]);
      expect(result.lastMutationId).toBe(1);
      expect(result.rejected.map((r) => r.code)).toEqual([
        role === 'admin' ? 'forbidden' : 'out-of-scope',
      ]);
      const { changes } = await pullAll(server, tokens['province'], new TestDevice(), 5000);
      expect(changes.some((change) => change.id === id)).toBe(false);
    }
  });

  it('POST /api/sync/push with another account’s device file needs the right to act for it', async () => {
    for (const role of ['collaborator', 'district'] as const) {
      const device = new TestDevice();
      const push = await server.request('/api/sync/push', {
        token: tokens[role],
        body: {
          ...device.pushBody([device.upsert('forum', randomUUID(), forumData(HOME_COMMUNE))]),
          authorId: homeCollaboratorId,
        },
      });
      expect(push.status, role).toBe(403);
    }
  });

  it('lets province staff read who signed in, changed and exported what', async () => {
    const response = await server.request('/api/audit?limit=1000', { token: tokens['province'] });
    expect(response.status).toBe(200);
    const rows = await readJson<{ action: string; detail: PushChanges | null }[]>(response);
    const actions = new Set(rows.map((row) => row.action));
    for (const action of ['login', 'push', 'export', 'user-create', 'unit-change'])
      expect(actions, action).toContain(action);
    const pushes = rows.filter((row) => row.action === 'push');
    // A push's entry names the records it created and updated.
    expect(pushes.some((row) => row.detail?.create?.['forum']?.includes(forumId))).toBe(true);
    expect(pushes.some((row) => row.detail?.update?.['forum']?.includes(forumId))).toBe(true);
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestDevice } from '../testing/device.ts';
import { forumData, recommendationData } from '../../shared/testing/fixtures.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';
import { latest, pullAll as pull, pushAs as push } from '../testing/sync-calls.ts';

let server: TestServer;
let collaborator: { token: string };
let district: { token: string };
let otherDistrict: { token: string };
let province: { token: string };

const COMMUNE = 'ia-h-drai/ia-dom';
const OTHER_COMMUNE = 'dak-ha/dak-mar';

beforeAll(async () => {
  server = await startTestServer();
  collaborator = await server.createUser('collaborator', COMMUNE);
  district = await server.createUser('district', 'ia-h-drai');
  otherDistrict = await server.createUser('district', 'dak-ha');
  province = await server.createUser('province', 'kon-tum');
});
afterAll(() => server.stop());

const pushAs = (token: string, device: TestDevice, mutations: Parameters<typeof push>[3]) =>
  push(server, token, device, mutations);
const pullAll = (token: string, device: TestDevice, limit?: number) =>
  pull(server, token, device, limit);

describe('push and pull', () => {
  it("delivers a collaborator's forum to the district, and not to another district", async () => {
    const phone = new TestDevice();
    const forumId = randomUUID();
    const result = await pushAs(collaborator.token, phone, [
      phone.upsert('forum', forumId, forumData(COMMUNE)),
    ]);
    expect(result).toEqual({ lastMutationId: 1, rejected: [] });

    const office = await pullAll(district.token, new TestDevice());
    expect(latest(office.changes, forumId)).toMatchObject({
      entity: 'forum',
      op: 'put',
      data: { venue: 'Nhà văn hóa thôn 1' },
    });
    const elsewhere = await pullAll(otherDistrict.token, new TestDevice());
    expect(latest(elsewhere.changes, forumId)).toBeUndefined();
    // Reference data reaches everyone: the plan with its five themes, and the units.
    const plan = latest(elsewhere.changes, 'kon-tum-2023');
    expect((plan?.data?.['themes'] as unknown[]).length).toBe(5);
    expect(elsewhere.changes.filter((c) => c.entity === 'unit').length).toBe(113);
  });

  it('acknowledges a replayed batch without applying it twice', async () => {
    const phone = new TestDevice();
    const id = randomUUID();
    const batch = [phone.upsert('recommendation', id, recommendationData(COMMUNE))];
    await pushAs(collaborator.token, phone, batch);
    const before = await pullAll(collaborator.token, phone);
    const again = await pushAs(collaborator.token, phone, batch);
    expect(again).toEqual({ lastMutationId: 1, rejected: [] });
    const after = await pullAll(collaborator.token, phone);
    expect(latest(after.changes, id)?.version).toBe(latest(before.changes, id)?.version);
    expect(after.lastMutationId).toBe(1);
  });

  it('rejects an invalid or out-of-scope mutation, records why, and still advances the counter', async () => {
    const phone = new TestDevice();
    const good = randomUUID();
    const result = await pushAs(collaborator.token, phone, [
      phone.upsert('forum', randomUUID(), forumData(COMMUNE, { childrenTotal: -5 })),
      phone.upsert('forum', randomUUID(), forumData(OTHER_COMMUNE)),
      phone.mutation('forum.explode', { id: 'x' }),
      phone.upsert('recommendation', good, recommendationData(COMMUNE)),
    ]);
    expect(result.lastMutationId).toBe(4);
    expect(result.rejected.map((r) => [r.id, r.code])).toEqual([
      [1, 'invalid'],
      [2, 'out-of-scope'],
      [3, 'unknown-mutation'],
    ]);
    expect(result.rejected[0]?.message).toContain('childrenTotal');
    const { changes } = await pullAll(collaborator.token, phone);
    expect(latest(changes, good)).toBeDefined();
  });

  it('refuses a batch that skips mutation ids', async () => {
    const phone = new TestDevice();
    phone.upsert('forum', randomUUID(), forumData(COMMUNE)); // id 1, never sent
    const response = await server.request('/api/sync/push', {
      token: collaborator.token,
      body: phone.pushBody([phone.upsert('forum', randomUUID(), forumData(COMMUNE))]),
    });
    expect(response.status).toBe(409);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  it('keeps edits to different fields from two devices, and records a same-field conflict', async () => {
    const a = new TestDevice();
    const b = new TestDevice(5); // a slightly later clock
    const id = randomUUID();
    await pushAs(collaborator.token, a, [a.upsert('forum', id, forumData(COMMUNE))]);
    const { changes } = await pullAll(collaborator.token, b);
    const base = latest(changes, id)?.version ?? 0;
    const editA = a.upsert('forum', id, { venue: 'Trường THCS', adults: 9 }, base);
    const editB = b.upsert('forum', id, { venue: 'Hội trường xã', girls: 20 }, base);
    await pushAs(collaborator.token, b, [editB]);
    await pushAs(collaborator.token, a, [editA]);
    const merged = latest((await pullAll(district.token, new TestDevice())).changes, id);
    expect(merged?.data).toMatchObject({ adults: 9, girls: 20 });
    const winner = editA.hlc > editB.hlc ? 'Trường THCS' : 'Hội trường xã';
    const loser = winner === 'Trường THCS' ? 'Hội trường xã' : 'Trường THCS';
    expect(merged?.data?.['venue']).toBe(winner);

    const list = await server.request('/api/conflicts', { token: district.token });
    const conflicts = (await list.json()) as { id: string; recordId: string; lostValue: unknown }[];
    const conflict = conflicts.find((c) => c.recordId === id);
    expect(conflict?.lostValue).toBe(loser);

    const resolve = await server.request(`/api/conflicts/${conflict?.id}/resolve`, {
      token: district.token,
      body: { choice: 'restored' },
    });
    expect(resolve.status).toBe(200);
    const after = latest((await pullAll(collaborator.token, new TestDevice())).changes, id);
    expect(after?.data?.['venue']).toBe(loser);
    const otherList = await server.request('/api/conflicts', { token: otherDistrict.token });
    expect(
      ((await otherList.json()) as { recordId: string }[]).some((c) => c.recordId === id),
    ).toBe(false);
  });

  it('sends a delete as a tombstone and refuses later edits of the deleted record', async () => {
    const phone = new TestDevice();
    const id = randomUUID();
    await pushAs(collaborator.token, phone, [
      phone.upsert('forum', id, forumData(COMMUNE)),
      phone.mutation('forum.delete', { id }),
    ]);
    const { changes } = await pullAll(district.token, new TestDevice());
    expect(latest(changes, id)).toMatchObject({ op: 'delete' });
    expect(latest(changes, id)?.data).toBeUndefined();
    const late = await pushAs(collaborator.token, phone, [
      phone.upsert('forum', id, { venue: 'X' }, 1),
    ]);
    expect(late.rejected[0]?.code).toBe('deleted');
  });

  it('pages through the feed without missing or repeating a record', async () => {
    const phone = new TestDevice();
    const ids: string[] = Array.from({ length: 25 }, () => randomUUID());
    await pushAs(
      collaborator.token,
      phone,
      ids.map((id) => phone.upsert('recommendation', id, recommendationData(COMMUNE))),
    );
    const paged = await pullAll(collaborator.token, new TestDevice(), 7);
    const seen = paged.changes.filter((c) => ids.includes(c.id)).map((c) => c.id);
    expect(new Set(seen).size).toBe(25);
    expect(seen.length).toBe(25);
  });

  it('keeps numeric order when versions cross a power of ten (999 → 1000)', async () => {
    const phone = new TestDevice();
    // Enough records that the feed's versions pass 1000, whatever the seed and earlier tests used.
    const ids: string[] = Array.from({ length: 1000 }, () => randomUUID());
    for (let start = 0; start < ids.length; start += 500) {
      await pushAs(
        collaborator.token,
        phone,
        ids
          .slice(start, start + 500)
          .map((id) => phone.upsert('recommendation', id, recommendationData(COMMUNE))),
      );
    }
    const paged = await pullAll(collaborator.token, new TestDevice(), 150);
    const versions = paged.changes.map((change) => change.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    const seen = new Set(paged.changes.filter((c) => ids.includes(c.id)).map((c) => c.id));
    expect(seen.size).toBe(ids.length);
    expect(Math.max(...versions)).toBeGreaterThan(1000);
  });

  it("withholds a child attendee's name from province staff but not from the district", async () => {
    const phone = new TestDevice();
    const trainingId = randomUUID();
    const childId = randomUUID();
    await pushAs(collaborator.token, phone, [
      phone.upsert('training', trainingId, {
        unitCode: COMMUNE,
        date: '2023-05-10',
        endDate: null,
        place: 'UBND xã',
        topic: 'Kỹ năng tham gia',
        trainer: 'Cán bộ huyện',
        audiences: ['children'],
      }),
      phone.upsert('attendee', childId, {
        trainingId,
        unitCode: COMMUNE,
        name: 'Y Hoa',
        role: 'child',
        gender: 'female',
        birthYear: 2010,
        ethnicity: 'Gia Rai',
        guardianConsent: true,
        consentDate: '2023-05-01',
      }),
    ]);
    const atDistrict = latest((await pullAll(district.token, new TestDevice())).changes, childId);
    expect(atDistrict?.data?.['name']).toBe('Y Hoa');
    const atProvince = latest((await pullAll(province.token, new TestDevice())).changes, childId);
    expect(atProvince?.data?.['name']).not.toBe('Y Hoa');
    expect(JSON.stringify(atProvince)).not.toContain('Y Hoa');
  });

  it('lets a district user push a collaborator device file once, even when the phone pushes it again', async () => {
    const phone = new TestDevice();
    const id = randomUUID();
    const mutations = [phone.upsert('forum', id, forumData(COMMUNE))];
    const me = (await (await server.request('/api/me', { token: collaborator.token })).json()) as {
      id: string;
    };
    const viaFile = await server.request('/api/sync/push', {
      token: district.token,
      body: { ...phone.pushBody(mutations), authorId: me.id },
    });
    expect(viaFile.status).toBe(200);
    const fromPhone = await pushAs(collaborator.token, phone, mutations);
    expect(fromPhone).toEqual({ lastMutationId: 1, rejected: [] });
    const other = await server.request('/api/sync/push', {
      token: otherDistrict.token,
      body: { ...phone.pushBody(mutations), authorId: me.id },
    });
    expect(other.status).toBe(403);
  });
});

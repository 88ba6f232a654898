// Holes 8, 9, 10 and 14 of issue 17: clock stamps bound to the pushing device, a clock running
// ahead clamped, the conflicts list scoped before it is paged, and dates that exist.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { TestDevice } from '../../src/server/testing/device.ts';
import { forumData } from '../../src/shared/testing/fixtures.ts';
import { AWAY, HOME, latest, pullEverything, push, startWorld, type World } from './attacker.ts';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.server.stop());

describe('8. a clock stamp belongs to the device that pushes it', () => {
  it('refuses a mutation stamped with another device’s node', async () => {
    const attacker = new TestDevice();
    const victim = new TestDevice();
    const forged = attacker.upsert('forum', randomUUID(), forumData(HOME.communes[0] ?? ''));
    forged.hlc = forged.hlc.replace(
      /[0-9a-f]{16}$/,
      victim.clientId.replace(/-/g, '').slice(0, 16),
    );
    const result = await push(world, world.home.collaborator, attacker, [forged]);
    expect(result.rejected.map((rejection) => rejection.code)).toEqual(['clock-node']);
  });
});

describe('9. a clock running ahead is clamped, and the device is told', () => {
  it('does not let a phone set a day ahead win a later edit', async () => {
    const ahead = new TestDevice(24 * 60 * 60 * 1000);
    const forumId = randomUUID();
    const first = await push(world, world.home.collaborator, ahead, [
      ahead.upsert('forum', forumId, forumData(HOME.communes[0] ?? '', { venue: 'Từ tương lai' })),
    ]);
    expect(first.rejected).toEqual([]);
    expect(first.clockAheadMs).toBeGreaterThan(23 * 60 * 60 * 1000);
    // A correct phone edits the same field a moment later, not having seen the first edit.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const correct = new TestDevice();
    const second = await push(world, world.home.district, correct, [
      correct.upsert('forum', forumId, { venue: 'Hôm nay' }, 0),
    ]);
    expect(second.clockAheadMs).toBeUndefined();
    const forum = latest(await pullEverything(world, world.home.district), forumId);
    expect(forum?.data?.['venue']).toBe('Hôm nay');
  });

  it('stamps what a clamped device writes with the server’s time, not its own', async () => {
    const ahead = new TestDevice(7 * 24 * 60 * 60 * 1000);
    const forumId = randomUUID();
    await push(world, world.home.collaborator, ahead, [
      ahead.upsert('forum', forumId, forumData(HOME.communes[0] ?? '')),
    ]);
    const stamps = await world.server.db.orm.execute<{ stamps: Record<string, string> }>(
      sql`SELECT stamps FROM records WHERE id = ${forumId}`,
    );
    const wall = Math.max(
      ...Object.values(stamps.rows[0]?.stamps ?? {}).map((stamp) =>
        parseInt(stamp.slice(0, 10), 36),
      ),
    );
    expect(wall).toBeLessThanOrEqual(Date.now());
    expect(wall).toBeGreaterThan(Date.now() - 60_000);
  });
});

describe('10. the conflicts list is scoped before it is paged', () => {
  it('shows a district its own conflict behind hundreds of another district’s newer ones', async () => {
    const mine = new TestDevice(1_000);
    const mineAgain = new TestDevice(2_000);
    const forumId = randomUUID();
    await push(world, world.home.collaborator, mine, [
      mine.upsert('forum', forumId, forumData(HOME.communes[0] ?? '')),
    ]);
    await push(world, world.home.collaborator, mineAgain, [
      mineAgain.upsert('forum', forumId, { venue: 'Hội trường khác' }, 0),
    ]);
    // Another district makes 300 conflicts after it.
    const ids: string[] = Array.from({ length: 300 }, () => randomUUID());
    const away = new TestDevice(1_000);
    const awayAgain = new TestDevice(2_000);
    for (const [device, patch] of [
      [away, (id: string) => away.upsert('forum', id, forumData(AWAY.commune))],
      [awayAgain, (id: string) => awayAgain.upsert('forum', id, { venue: 'Khác' }, 0)],
    ] as const) {
      for (let start = 0; start < ids.length; start += 150)
        await push(
          world,
          world.outsiders.collaborator,
          device,
          ids.slice(start, start + 150).map(patch),
        );
    }
    const list = (await (
      await world.server.request('/api/conflicts', { token: world.home.district.token })
    ).json()) as { recordId: string }[];
    expect(list.some((conflict) => conflict.recordId === forumId)).toBe(true);
    expect(list.every((conflict) => !ids.includes(conflict.recordId))).toBe(true);
  });
});

describe('14. dates that exist', () => {
  it('refuses 31 February on the server, beside the field, as the device does', async () => {
    const device = new TestDevice();
    const result = await push(world, world.home.collaborator, device, [
      device.upsert(
        'forum',
        randomUUID(),
        forumData(HOME.communes[0] ?? '', { date: '2024-02-31' }),
      ),
      device.upsert(
        'forum',
        randomUUID(),
        forumData(HOME.communes[0] ?? '', { date: '2024-02-29' }),
      ),
    ]);
    expect(result.rejected.map((rejection) => [rejection.id, rejection.code])).toEqual([
      [1, 'invalid'],
    ]);
    expect(result.rejected[0]?.message).toContain('date: Ngày này không có trên lịch');
  });
});

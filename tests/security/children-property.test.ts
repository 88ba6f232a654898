// The property behind holes 1–4: whatever accounts inside and outside a district push and
// resolve, in any order, a child's name written in the district is never sent outside it.
// Insiders keep the children children (a change of role by the district is its own decision);
// outsiders try anything: renames, role changes, moves, deletes, and restoring conflicts.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestDevice } from '../../src/server/testing/device.ts';
import {
  AWAY,
  HOME,
  namedChild,
  pullEverything,
  push,
  startWorld,
  type Actor,
  type World,
} from './attacker.ts';

let world: World;
let children: { attendeeId: string; trainingId: string }[] = [];
const secrets = new Set<string>();

beforeAll(async () => {
  world = await startWorld();
  for (let i = 0; i < 3; i++) {
    const child = await namedChild(world);
    secrets.add(child.name);
    children.push(child);
  }
});
afterAll(() => world.server.stop());

const UNITS = [...HOME.communes, HOME.district, AWAY.commune, AWAY.district, 'kon-tum'];

type Action =
  | { kind: 'push'; actor: number; child: number; patch: Record<string, unknown>; base: number }
  | { kind: 'delete'; actor: number; child: number }
  | { kind: 'resolve'; actor: number; pick: number; choice: 'kept' | 'restored' };

const actors = (): Actor[] => [
  world.home.collaborator,
  world.home.district,
  world.outsiders.province,
  world.outsiders.district,
  world.outsiders.collaborator,
];

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    kind: fc.constant('push' as const),
    actor: fc.integer({ min: 0, max: 4 }),
    child: fc.integer({ min: 0, max: 2 }),
    patch: fc.record(
      {
        name: fc.constant('NAME'),
        role: fc.constantFrom('child', 'adult', 'official', 'collaborator'),
        unitCode: fc.constantFrom(...UNITS),
        gender: fc.constantFrom('female', 'male'),
      },
      { requiredKeys: [] },
    ),
    base: fc.constantFrom(0, 1_000_000),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    actor: fc.integer({ min: 2, max: 4 }),
    child: fc.integer({ min: 0, max: 2 }),
  }),
  fc.record({
    kind: fc.constant('resolve' as const),
    actor: fc.integer({ min: 0, max: 4 }),
    pick: fc.nat(),
    choice: fc.constantFrom('kept' as const, 'restored' as const),
  }),
);

async function perform(step: Action) {
  const actor = actors()[step.actor];
  if (!actor) return;
  const child = children[step.kind === 'resolve' ? 0 : step.child];
  if (!child) return;
  const device = new TestDevice(Math.round(Math.random() * 20_000) - 10_000);
  if (step.kind === 'delete') {
    await push(world, actor, device, [
      device.mutation('attendee.delete', { id: child.attendeeId }),
    ]);
    return;
  }
  if (step.kind === 'push') {
    const patch = { ...step.patch };
    if (patch['name'] === 'NAME') {
      // A fresh secret for every name an insider writes; outsiders' names are not secrets.
      patch['name'] = actor.insider ? `Y Bí Mật ${randomUUID().slice(0, 8)}` : 'Tên ngoài';
      if (actor.insider) secrets.add(String(patch['name']));
    }
    // An insider's role change is the district's own decision: the property is about the others.
    if (actor.insider) patch['role'] = 'child';
    await push(world, actor, device, [
      device.upsert('attendee', child.attendeeId, patch, step.base),
    ]);
    return;
  }
  const list = await world.server.request('/api/conflicts', { token: actor.token });
  if (list.status !== 200) return;
  const conflicts = (await list.json()) as { id: string }[];
  const conflict = conflicts[step.pick % Math.max(conflicts.length, 1)];
  if (!conflict) return;
  const answer = await world.server.request(`/api/conflicts/${conflict.id}/resolve`, {
    token: actor.token,
    body: { choice: step.choice },
  });
  expect(answer.status, await answer.clone().text()).toBeLessThan(500);
}

/** Everything an outsider can read: the whole feed and the conflicts list. */
async function outsiderView(actor: Actor): Promise<string> {
  const feed = JSON.stringify(await pullEverything(world, actor));
  const conflicts = await world.server.request('/api/conflicts', { token: actor.token });
  return feed + (conflicts.status === 200 ? await conflicts.text() : '');
}

describe('children’s names under random pushes and resolutions', () => {
  it('never reach an account outside the district', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 4, maxLength: 12 }), async (steps) => {
        for (const step of steps) await perform(step);
        // Children may have been deleted or changed: the next run starts with new ones.
        children = [];
        for (let i = 0; i < 3; i++) {
          const renewed = await namedChild(world);
          secrets.add(renewed.name);
          children.push(renewed);
        }
        for (const outsider of Object.values(world.outsiders)) {
          const seen = await outsiderView(outsider);
          for (const secret of secrets) expect(seen, outsider.name).not.toContain(secret);
        }
      }),
      { numRuns: 12 },
    );
  });
});

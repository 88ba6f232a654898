// What the attacker suite shares: a server with accounts in two districts and the province, and
// small calls that read as the attack they make.
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { PullResponse, PushResponse } from '../../src/shared/protocol.ts';
import type { Mutation } from '../../src/shared/protocol.ts';
import { TestDevice } from '../../src/server/testing/device.ts';
import { startTestServer, type TestServer } from '../../src/server/testing/test-server.ts';

/** The district whose children's names are at stake, and one outside it. */
export const HOME = { district: 'kon-ray', communes: ['kon-ray/dak-ruong', 'kon-ray/dak-koi'] };
export const AWAY = { district: 'dak-glei', commune: 'dak-glei/dak-choong' };

export interface Actor {
  name: string;
  token: string;
  /** Whether this account may read a child's name in the home district. */
  insider: boolean;
}

export interface World {
  server: TestServer;
  home: { collaborator: Actor; district: Actor };
  outsiders: { province: Actor; district: Actor; collaborator: Actor };
}

export async function startWorld(
  options: Parameters<typeof startTestServer>[0] = {},
): Promise<World> {
  const server = await startTestServer(options);
  const actor = async (
    name: string,
    role: 'collaborator' | 'district' | 'province',
    unit: string,
    insider: boolean,
  ) => ({
    name,
    token: (await server.createUser(role, unit)).token,
    insider,
  });
  return {
    server,
    home: {
      collaborator: await actor('home collaborator', 'collaborator', HOME.communes[0] ?? '', true),
      district: await actor('home district', 'district', HOME.district, true),
    },
    outsiders: {
      province: await actor('province', 'province', 'kon-tum', false),
      district: await actor('other district', 'district', AWAY.district, false),
      collaborator: await actor('other collaborator', 'collaborator', AWAY.commune, false),
    },
  };
}

export async function push(
  world: World,
  actor: Actor,
  device: TestDevice,
  mutations: Mutation[],
): Promise<PushResponse> {
  const response = await world.server.request('/api/sync/push', {
    token: actor.token,
    body: device.pushBody(mutations),
  });
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as PushResponse;
}

/** Everything the actor's device would hold after a full first pull, as one text to search. */
export async function pullEverything(world: World, actor: Actor): Promise<PullResponse['changes']> {
  const device = new TestDevice();
  let cursor: string | null = null;
  const changes: PullResponse['changes'] = [];
  for (;;) {
    const response = await world.server.request('/api/sync/pull', {
      token: actor.token,
      body: device.pullBody(cursor, 5000),
    });
    expect(response.status).toBe(200);
    const page = (await response.json()) as PullResponse;
    changes.push(...page.changes);
    cursor = page.cursor;
    if (!page.hasMore) return changes;
  }
}

export const latest = (changes: PullResponse['changes'], id: string) =>
  changes.filter((change) => change.id === id).at(-1);

export function childAttendee(trainingId: string, unitCode: string, name: string) {
  return {
    trainingId,
    unitCode,
    name,
    role: 'child',
    gender: 'female',
    birthYear: 2011,
    ethnicity: 'Xơ Đăng',
    guardianConsent: true,
    consentDate: '2024-05-10',
  };
}

export function training(unitCode: string) {
  return {
    unitCode,
    date: '2024-05-10',
    endDate: null,
    place: 'Nhà văn hóa',
    topic: 'Kỹ năng tham gia',
    trainer: 'Cán bộ huyện',
    audiences: ['children'],
  };
}

/** A training in a home commune with one named child, entered by the commune's collaborator. */
export async function namedChild(world: World, name = `Y Bí Mật ${randomUUID().slice(0, 8)}`) {
  const commune = HOME.communes[0] ?? '';
  const phone = new TestDevice();
  const trainingId = randomUUID();
  const attendeeId = randomUUID();
  const result = await push(world, world.home.collaborator, phone, [
    phone.upsert('training', trainingId, training(commune)),
    phone.upsert('attendee', attendeeId, childAttendee(trainingId, commune, name)),
  ]);
  expect(result.rejected).toEqual([]);
  return { trainingId, attendeeId, name, commune };
}

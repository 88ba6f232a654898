// A device's push and its whole pull through the real HTTP server, each answer checked for 200.
import { expect } from 'vitest';
import type { PullResponse, PushResponse } from '../../shared/protocol.ts';
import type { TestDevice } from './device.ts';
import type { TestServer } from './test-server.ts';

export async function pushAs(
  server: TestServer,
  token: string,
  device: TestDevice,
  mutations: ReturnType<TestDevice['mutation']>[],
): Promise<PushResponse> {
  const response = await server.request('/api/sync/push', {
    token,
    body: device.pushBody(mutations),
  });
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as PushResponse;
}

/** Pulls the feed to its end in pages of `limit`. */
export async function pullAll(
  server: TestServer,
  token: string,
  device: TestDevice,
  limit?: number,
) {
  let cursor: string | null = null;
  const changes: PullResponse['changes'] = [];
  for (;;) {
    const response = await server.request('/api/sync/pull', {
      token,
      body: device.pullBody(cursor, limit),
    });
    expect(response.status, await response.clone().text()).toBe(200);
    const page = (await response.json()) as PullResponse;
    changes.push(...page.changes);
    cursor = page.cursor;
    if (!page.hasMore) return { changes, cursor, lastMutationId: page.lastMutationId };
  }
}

/** The last change the feed gave for a record. */
export const latest = (changes: PullResponse['changes'], id: string) =>
  changes.filter((c) => c.id === id).at(-1);

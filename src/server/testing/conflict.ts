// A forum edited on two devices at once, so that the server records a same-field conflict on it.
import { randomUUID } from 'node:crypto';
import type { PullResponse } from '../../shared/protocol.ts';
import { forumData } from '../../shared/testing/fixtures.ts';
import { TestDevice } from './device.ts';
import { readJson } from './http.ts';
import type { TestServer } from './test-server.ts';

/**
 * A collaborator of the commune `unitCode` pushes a forum there, then two concurrent edits of its
 * venue; returns the collaborator, the forum and the conflict its district's staff see.
 */
export async function forumWithConflict(
  server: TestServer,
  unitCode: string,
): Promise<{ collaboratorId: string; forumId: string; conflictId: string }> {
  const collaborator = await server.createUser('collaborator', unitCode);
  const { token } = collaborator;
  const districtCode = unitCode.split('/')[0] ?? unitCode;
  const { token: districtToken } = await server.createUser('district', districtCode);
  const a = new TestDevice();
  const b = new TestDevice(5);
  const forumId = randomUUID();
  await server.request('/api/sync/push', {
    token,
    body: a.pushBody([a.upsert('forum', forumId, forumData(unitCode))]),
  });
  const pulled = await readJson<PullResponse>(
    await server.request('/api/sync/pull', { token, body: b.pullBody(null) }),
  );
  const base = pulled.changes.find((change) => change.id === forumId)?.version;
  for (const [device, venue] of [
    [b, 'Hội trường B'],
    [a, 'Hội trường A'],
  ] as const) {
    await server.request('/api/sync/push', {
      token,
      body: device.pushBody([device.upsert('forum', forumId, { venue }, base)]),
    });
  }
  const conflicts = await readJson<{ id: string; recordId: string }[]>(
    await server.request('/api/conflicts', { token: districtToken }),
  );
  const conflict = conflicts.find((entry) => entry.recordId === forumId);
  if (!conflict) throw new Error('setup: no conflict was recorded');
  return { collaboratorId: collaborator.user.id, forumId, conflictId: conflict.id };
}

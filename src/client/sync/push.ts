// Sends the outbox in order, in batches, and records what the server acknowledged or rejected.
import { PROTOCOL_VERSION } from '../../shared/protocol-limits.ts';
import { pushResponseSchema } from '../../shared/protocol.ts';
import { mutationIds } from '../db/mutation-ids.ts';
import { acknowledge } from './acknowledge.ts';
import type { SyncContext } from './sync-context.ts';

export const PUSH_BATCH = 100;

export async function pushOutbox(
  { database, api, clientId }: SyncContext,
  onProgress: (sent: number) => void,
  onClock: (aheadMs: number) => void = () => undefined,
): Promise<number> {
  let sent = 0;
  const ids = await mutationIds(database);
  for (;;) {
    const batch = await database.outbox.orderBy('id').limit(PUSH_BATCH).toArray();
    if (batch.length === 0) return sent;
    const response = await api.post(
      '/api/sync/push',
      {
        protocolVersion: PROTOCOL_VERSION,
        clientId,
        mutations: batch.map(({ id, name, args, hlc }) => ({
          id: ids.toWire(id),
          name,
          args,
          hlc,
        })),
      },
      pushResponseSchema,
    );
    await acknowledge(database, response);
    // The server clamps a clock running ahead; the user is told to set the phone's time.
    onClock(response.clockAheadMs ?? 0);
    const applied = ids.toKey(response.lastMutationId);
    sent += batch.filter((entry) => entry.id <= applied).length;
    onProgress(sent);
    if (applied < (batch.at(-1)?.id ?? 0)) {
      throw new Error('the server did not apply the whole batch');
    }
  }
}

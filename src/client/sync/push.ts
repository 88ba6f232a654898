// Sends the outbox in order, in batches, and records what the server acknowledged or rejected.
import { PROTOCOL_VERSION } from '../../shared/protocol-limits.ts';
import type { PushResponse } from '../../shared/protocol.ts';
import type { AppDatabase } from '../db/db.ts';
import type { OutboxEntry } from '../db/schema.ts';
import type { ApiClient } from './api.ts';

export const PUSH_BATCH = 100;

export async function pushOutbox(
  database: AppDatabase,
  api: ApiClient,
  clientId: string,
  onProgress: (sent: number) => void,
  onClock: (aheadMs: number) => void = () => undefined,
): Promise<number> {
  let sent = 0;
  for (;;) {
    const batch = await database.outbox.orderBy('id').limit(PUSH_BATCH).toArray();
    if (batch.length === 0) return sent;
    const response = await api.post<PushResponse>('/api/sync/push', {
      protocolVersion: PROTOCOL_VERSION,
      clientId,
      mutations: batch.map(({ id, name, args, hlc }) => ({ id, name, args, hlc })),
    });
    await acknowledge(database, response);
    // The server clamps a clock running ahead; the user is told to set the phone's time.
    onClock(response.clockAheadMs ?? 0);
    sent += batch.filter((entry) => entry.id <= response.lastMutationId).length;
    onProgress(sent);
    if (response.lastMutationId < (batch.at(-1)?.id ?? 0)) {
      throw new Error('the server did not apply the whole batch');
    }
  }
}

/**
 * Removes what the server has applied from the outbox, keeps rejected changes with their reason,
 * and updates each touched record's badge. Safe to repeat: the same answer twice changes nothing.
 */
export async function acknowledge(
  database: AppDatabase,
  response: Pick<PushResponse, 'lastMutationId'> & { rejected?: PushResponse['rejected'] },
): Promise<void> {
  await database.transaction(
    'rw',
    [database.outbox, database.rejected, ...database.recordTables],
    async () => {
      const done = await database.outbox
        .where('id')
        .belowOrEqual(response.lastMutationId)
        .toArray();
      if (done.length === 0) return;
      const reasons = new Map(
        (response.rejected ?? []).map((rejection) => [rejection.id, rejection]),
      );
      const now = Date.now();
      for (const entry of done) {
        const reason = reasons.get(entry.id);
        if (reason)
          await database.rejected.put({
            ...entry,
            code: reason.code,
            message: reason.message,
            rejectedAt: now,
          });
      }
      await database.outbox.bulkDelete(done.map((entry) => entry.id));
      await refreshStates(database, done);
    },
  );
}

/** A record is "pending" while any change of it waits, "rejected" while a rejection stands, else "synced". */
export async function refreshStates(
  database: AppDatabase,
  entries: Pick<OutboxEntry, 'entity' | 'recordId'>[],
) {
  const seen = new Set<string>();
  for (const { entity, recordId } of entries) {
    const key = `${entity}:${recordId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const table = database.tableOf(entity);
    const row = await table.get(recordId);
    if (!row) continue;
    const waiting = await database.outbox
      .where('[entity+recordId]')
      .equals([entity, recordId])
      .count();
    const rejected = await database.rejected
      .where('[entity+recordId]')
      .equals([entity, recordId])
      .count();
    const state = waiting > 0 ? 'pending' : rejected > 0 ? 'rejected' : 'synced';
    if (row._state !== state) await table.update(recordId, { _state: state } as never);
  }
}

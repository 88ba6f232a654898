// What the server's answer means for the device: applied changes leave the outbox, refused ones are
// kept with their reason, and each touched record's badge follows. Used by push and pull alike.
import type { PushResponse } from '../../shared/protocol.ts';
import type { AppDatabase } from '../db/db.ts';
import type { OutboxEntry } from '../db/schema.ts';
import { keepClock } from '../db/clock.ts';
import { mutationIds } from '../db/mutation-ids.ts';

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
    [database.outbox, database.rejected, database.meta, ...database.recordTables],
    async () => {
      // The server counts this client's mutations; the outbox's keys may start further on.
      const ids = await mutationIds(database);
      const done = await database.outbox
        .where('id')
        .belowOrEqual(ids.toKey(response.lastMutationId))
        .toArray();
      if (done.length === 0) return;
      const reasons = new Map(
        (response.rejected ?? []).map((rejection) => [ids.toKey(rejection.id), rejection]),
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
      // The clock of a later start is not behind what leaves the outbox (db/clock.ts).
      await keepClock(
        database,
        done.map((entry) => entry.hlc),
      );
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
    // Dexie types an update by its table's rows; every record table has _state.
    if (row._state !== state) await table.update(recordId, { _state: state } as never);
  }
}

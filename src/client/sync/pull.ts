// Pulls the change feed until the server has no more, applying each page in one transaction with
// the acknowledged outbox entries and the new cursor.
import { isEntityName } from '../../shared/entities.ts';
import { PROTOCOL_VERSION, type PullResponse } from '../../shared/protocol.ts';
import type { AppDatabase } from '../db/db.ts';
import { getMeta, setMeta } from '../db/meta.ts';
import { wordsOf } from '../db/write.ts';
import type { ApiClient } from './api.ts';
import { acknowledge } from './push.ts';

export const PULL_LIMIT = 1000;

export async function pullChanges(
  database: AppDatabase,
  api: ApiClient,
  clientId: string,
  onProgress: (received: number) => void,
): Promise<number> {
  let received = 0;
  for (;;) {
    const cursor = (await getMeta<string>(database.meta, 'cursor')) ?? null;
    const page = await api.post<PullResponse>('/api/sync/pull', {
      protocolVersion: PROTOCOL_VERSION,
      clientId,
      cursor,
      limit: PULL_LIMIT,
    });
    await applyPage(database, page);
    received += page.changes.length;
    onProgress(received);
    if (!page.hasMore) return received;
  }
}

export async function applyPage(database: AppDatabase, page: PullResponse): Promise<void> {
  await database.transaction(
    'rw',
    [database.outbox, database.rejected, database.meta, ...database.recordTables],
    async () => {
      await acknowledge(database, { lastMutationId: page.lastMutationId });
      const now = Date.now();
      for (const change of page.changes) {
        if (!isEntityName(change.entity)) continue;
        const table = database.tableOf(change.entity);
        if (change.op === 'delete' || !change.data) {
          await table.delete(change.id);
          continue;
        }
        // Changes still waiting in the outbox are laid over the server's record, so the screen
        // shows what the user entered until the server has it.
        const waiting = await database.outbox
          .where('[entity+recordId]')
          .equals([change.entity, change.id])
          .sortBy('id');
        const data = waiting.reduce<Record<string, unknown>>(
          (record, entry) => ({ ...record, ...entry.args.patch }),
          { ...change.data },
        );
        const rejected = await database.rejected
          .where('[entity+recordId]')
          .equals([change.entity, change.id])
          .count();
        const words = wordsOf(change.entity, data);
        const existing = await table.get(change.id);
        await table.put({
          ...data,
          id: change.id,
          _version: change.version,
          _state: waiting.length > 0 ? 'pending' : rejected > 0 ? 'rejected' : 'synced',
          _updatedAt: existing?._updatedAt ?? now,
          ...(words ? { _words: words } : {}),
        } as never);
      }
      await setMeta(database.meta, 'cursor', page.cursor);
    },
  );
}

export async function resetCursor(database: AppDatabase) {
  await setMeta(database.meta, 'cursor', null);
}

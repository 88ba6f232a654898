// Pulls the change feed until the server has no more, applying each page in one transaction with
// the acknowledged outbox entries and the new cursor.
import { isEntityName, type EntityName } from '../../shared/entity-names.ts';
import { MAX_PULL_LIMIT, PROTOCOL_VERSION } from '../../shared/protocol-limits.ts';
import { pullResponseSchema, type Change, type PullResponse } from '../../shared/protocol.ts';
import type { AppDatabase } from '../db/db.ts';
import { getMeta, setMeta } from '../db/meta.ts';
import { derivedFields } from '../db/derived.ts';
import { defersWords, indexWords, queueWords, unindexWords } from '../db/search-index.ts';
import type { SyncContext } from './sync-context.ts';
import { acknowledge } from './acknowledge.ts';

/** The first page is small, so the screen shows progress at once; each next one is twice as big, up
 * to the server's limit: a district's first pull over 3G pays the round trip 6 times, not 20. */
export const FIRST_PULL_LIMIT = 1000;
export const nextPullLimit = (limit: number) => Math.min(limit * 2, MAX_PULL_LIMIT);

export async function pullChanges(
  { database, api, clientId }: SyncContext,
  onProgress: (received: number) => void,
): Promise<number> {
  const fetchPage = (cursor: string | null, limit: number) =>
    api.post(
      '/api/sync/pull',
      { protocolVersion: PROTOCOL_VERSION, clientId, cursor, limit },
      pullResponseSchema,
    );
  let received = 0;
  let limit = FIRST_PULL_LIMIT;
  let coming = fetchPage((await getMeta<string>(database.meta, 'cursor')) ?? null, limit);
  for (;;) {
    const page = await coming;
    // The next page is on its way while this one is stored. Its cursor is the one this page's
    // transaction stores, so if storing fails the next sync asks again from the stored cursor.
    limit = nextPullLimit(limit);
    const next = page.hasMore ? fetchPage(page.cursor, limit) : null;
    next?.catch(() => undefined); // awaited below; not an unhandled rejection if storing fails first
    await applyPage(database, page);
    received += page.changes.length;
    onProgress(received);
    if (!next) return received;
    coming = next;
  }
}

/**
 * Applies one page in one transaction, with the acknowledged outbox entries and the new cursor.
 * Reads and writes in bulk (one query per table, not per record): a district's first pull is tens
 * of thousands of records on a cheap phone.
 */
export async function applyPage(database: AppDatabase, page: PullResponse): Promise<void> {
  await database.transaction(
    'rw',
    [database.outbox, database.rejected, database.meta, ...database.heldTables],
    async () => {
      // The account's scope changed (another unit, another role): what the device holds from the
      // old scope goes, and the feed brings the new one. Unsent changes stay in the outbox.
      if (page.reset) await Promise.all(database.heldTables.map((table) => table.clear()));
      await acknowledge(database, { lastMutationId: page.lastMutationId });
      // Changes still waiting are laid over the server's record, so the screen shows what the user
      // entered until the server has it. Both lists are short: what this device has not sent.
      const waiting = new Map<string, Record<string, unknown>[]>();
      for (const entry of await database.outbox.orderBy('id').toArray()) {
        const key = `${entry.entity}:${entry.recordId}`;
        const patches = waiting.get(key) ?? [];
        patches.push(entry.args.patch ?? {});
        waiting.set(key, patches);
      }
      const rejected = new Set(
        (await database.rejected.toArray()).map((entry) => `${entry.entity}:${entry.recordId}`),
      );
      const byEntity = new Map<EntityName, Change[]>();
      for (const change of page.changes) {
        if (!isEntityName(change.entity)) continue;
        const changes = byEntity.get(change.entity) ?? [];
        changes.push(change);
        byEntity.set(change.entity, changes);
      }
      const now = Date.now();
      for (const [entity, changes] of byEntity) {
        const table = database.tableOf(entity);
        const deletes = changes.filter((change) => change.op === 'delete' || !change.data);
        const puts = changes.filter((change) => change.op === 'put' && change.data);
        if (deletes.length > 0) {
          const ids = deletes.map((change) => change.id);
          await Promise.all([table.bulkDelete(ids), unindexWords(database, entity, ids)]);
        }
        if (puts.length === 0) continue;
        // A record changed elsewhere counts as changed now on this device (lists show the latest
        // first); no read-back of what the device held, which on a first pull is nothing anyway.
        // A big page's search words are built after the pull (db/search-index.ts).
        const deferred = defersWords(entity, puts.length);
        const rows = puts.map((change) => {
          const key = `${entity}:${change.id}`;
          const patches = waiting.get(key) ?? [];
          const data = patches.reduce<Record<string, unknown>>(
            (record, patch) => ({ ...record, ...patch }),
            { ...change.data },
          );
          return {
            ...data,
            id: change.id,
            _version: change.version,
            _state: patches.length > 0 ? 'pending' : rejected.has(key) ? 'rejected' : 'synced',
            _updatedAt: now,
            ...derivedFields(entity, data),
          };
        });
        await Promise.all([
          // One table of any entity: Dexie cannot type a bulkPut over the union of row types.
          table.bulkPut(rows as never),
          deferred
            ? queueWords(
                database,
                entity,
                rows.map((row) => row.id),
              )
            : indexWords(
                database,
                entity,
                rows.map((row) => ({ id: row.id, data: row })),
              ),
        ]);
      }
      await setMeta(database.meta, 'cursor', page.cursor);
    },
  );
}

export async function resetCursor(database: AppDatabase) {
  await setMeta(database.meta, 'cursor', null);
}

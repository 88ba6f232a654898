// The one way the app changes data: the record and its outbox entry are written in one IndexedDB
// transaction, stamped by the hybrid logical clock. If either fails, neither is stored, so no
// change is ever saved without being queued for the server (and none is queued without being saved).
import { ENTITIES, validateRecord, type EntityName } from '../../shared/entities.ts';
import { formatHlc, nodeFromClientId, tick, type HlcState } from '../../shared/hlc.ts';
import { MUTATIONS, type MutationName } from '../../shared/mutations.ts';
import { sameValue } from '../../shared/same-value.ts';
import type { AppDatabase } from './db.ts';
import { getMeta } from './meta.ts';
import { stripLocal, type EntityData, type OutboxEntry } from './schema.ts';
import { ensureClientId } from './client-id.ts';
import { derivedFields } from './derived.ts';

export class RecordValidationError extends Error {
  constructor(readonly issues: { path: PropertyKey[]; message: string }[]) {
    super(issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
  }
}

/** The mutations that change records of one entity (`recommendation.respond` is one of two). */
export type MutationOf<E extends EntityName> = {
  [N in MutationName]: (typeof MUTATIONS)[N]['entity'] extends E ? N : never;
}[MutationName];

/** The entity's plain upsert: `forum.upsert`, `attendance.set`, … */
function upsertOf<E extends EntityName>(entity: E): MutationOf<E> {
  const name = (Object.keys(MUTATIONS) as MutationName[]).find(
    (candidate) =>
      MUTATIONS[candidate].entity === entity &&
      MUTATIONS[candidate].op === 'upsert' &&
      MUTATIONS[candidate].writers === ENTITIES[entity].writers,
  );
  if (!name) throw new Error(`${entity} cannot be written from a device`);
  return name as MutationOf<E>;
}

/** The next clock stamp and mutation id, read and written in one request each (saves are hot). */
async function stamp(database: AppDatabase): Promise<{ hlc: string; mutationId: number }> {
  const clientId =
    (await getMeta<string>(database.meta, 'clientId')) ?? (await ensureClientId(database));
  const clock = (await getMeta<HlcState>(database.meta, 'hlc')) ?? {
    wall: 0,
    counter: 0,
    node: nodeFromClientId(clientId),
  };
  const next = tick(clock, Date.now());
  const mutationId = (await getMeta<number>(database.meta, 'nextMutationId')) ?? 1;
  await database.meta.bulkPut([
    { key: 'hlc', value: next },
    { key: 'nextMutationId', value: mutationId + 1 },
  ]);
  return { hlc: formatHlc(next), mutationId };
}

/**
 * Saves a whole record (new or edited). Only the fields that changed travel to the server.
 * Returns false when nothing changed.
 */
export async function saveRecord<E extends EntityName>(
  database: AppDatabase,
  entity: E,
  id: string,
  values: Partial<EntityData<E>>,
  mutation: MutationOf<E> = upsertOf(entity),
): Promise<boolean> {
  const table = database.recordTable(entity);
  const tables = [table, database.outbox, database.rejected, database.meta];
  return database.transaction('rw', tables, async () => {
    const existing = await table.get(id);
    const before = existing ? stripLocal(existing) : {};
    const merged = { ...before, ...values };
    const checked = validateRecord(entity, merged);
    if (!checked.success) throw new RecordValidationError(checked.issues);
    const data: Record<string, unknown> = checked.data;
    const patch = Object.fromEntries(
      Object.entries(data).filter(
        ([field, value]) => !existing || !sameValue(before[field], value),
      ),
    );
    if (Object.keys(patch).length === 0) return false;
    const { hlc, mutationId } = await stamp(database);
    await table.put({
      ...data,
      id,
      _version: existing?._version ?? 0,
      _state: 'pending',
      _updatedAt: Date.now(),
      ...derivedFields(entity, data),
    });
    const entry: OutboxEntry = {
      id: mutationId,
      name: mutation,
      entity,
      recordId: id,
      args: { id, patch, baseVersion: existing?._version ?? 0 },
      hlc,
      createdAt: Date.now(),
    };
    await database.outbox.add(entry);
    // The user has corrected the record: its earlier rejections are answered by this save. Only a
    // record that is not "synced" can have any, so the common save skips the query.
    if (existing && existing._state !== 'synced')
      await database.rejected.where('[entity+recordId]').equals([entity, id]).delete();
    return true;
  });
}

const DELETES: Partial<Record<EntityName, MutationName>> = Object.fromEntries(
  (Object.keys(MUTATIONS) as MutationName[])
    .filter((name) => MUTATIONS[name].op === 'delete')
    .map((name) => [MUTATIONS[name].entity, name]),
);

export async function deleteRecord(
  database: AppDatabase,
  entity: EntityName,
  id: string,
): Promise<void> {
  const name = DELETES[entity];
  if (!name) throw new Error(`${entity} cannot be deleted from a device`);
  const table = database.recordTable(entity);
  const tables = [table, database.outbox, database.rejected, database.meta];
  await database.transaction('rw', tables, async () => {
    const { hlc, mutationId } = await stamp(database);
    await table.delete(id);
    await database.rejected.where('[entity+recordId]').equals([entity, id]).delete();
    await database.outbox.add({
      id: mutationId,
      name,
      entity,
      recordId: id,
      args: { id },
      hlc,
      createdAt: Date.now(),
    });
  });
}

/** Saves many records in one transaction: all of them, or (if any fails) none. */
export async function saveMany<E extends EntityName>(
  database: AppDatabase,
  entity: E,
  items: { id: string; values: Partial<EntityData<E>>; mutation?: MutationOf<E> }[],
): Promise<number> {
  const table = database.recordTable(entity);
  const tables = [table, database.outbox, database.rejected, database.meta];
  return database.transaction('rw', tables, async () => {
    let changed = 0;
    for (const item of items) {
      if (
        await saveRecord(database, entity, item.id, item.values, item.mutation ?? upsertOf(entity))
      )
        changed += 1;
    }
    return changed;
  });
}

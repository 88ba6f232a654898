// The one way the app changes data: the record and its outbox entry are written in one IndexedDB
// transaction, stamped by the hybrid logical clock. If either fails, neither is stored, so no
// change is ever saved without being queued for the server (and none is queued without being saved).
import { ENTITIES, validateRecord, type EntityName } from '../../shared/entities.ts';
import { formatHlc, nodeFromClientId, tick } from '../../shared/hlc.ts';
import { MUTATION_NAMES, MUTATIONS, type MutationName } from '../../shared/mutations.ts';
import { sameValue } from '../../shared/same-value.ts';
import type { AppDatabase } from './db.ts';
import {
  CLOCK_KEY,
  stripLocal,
  type ClockRow,
  type EntityData,
  type OutboxEntry,
} from './schema.ts';
import { getMeta } from './meta.ts';
import { ensureClientId } from './client-id.ts';
import { derivedFields, wordsOf } from './derived.ts';
import { indexWords, unindexWords } from './search-index.ts';

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
  const name = MUTATION_NAMES.find(
    (candidate) =>
      MUTATIONS[candidate].entity === entity &&
      MUTATIONS[candidate].op === 'upsert' &&
      MUTATIONS[candidate].writers === ENTITIES[entity].writers,
  );
  if (!name) throw new Error(`${entity} cannot be written from a device`);
  // The registry's name for E's upsert: TypeScript cannot narrow a lookup by entity to the union.
  return name as MutationOf<E>;
}

/**
 * The tables a save of `entity` writes: a caller that saves inside a transaction of its own (a file
 * and its attachment record together) opens it over these and its own.
 */
export function writeTables(database: AppDatabase, entity: EntityName) {
  return [
    database.recordTable(entity),
    database.words,
    database.outbox,
    database.rejected,
    database.meta,
  ];
}

/** The clock and the mutation counter, read in one request (saves are hot). */
async function readClock(database: AppDatabase): Promise<ClockRow> {
  return (
    (await getMeta<ClockRow>(database.meta, CLOCK_KEY)) ?? {
      clock: { wall: 0, counter: 0, node: nodeFromClientId(await ensureClientId(database)) },
      nextMutationId: 1,
    }
  );
}

/** The next clock stamp and mutation id; the write of both is queued, not awaited, in the caller's transaction. */
function advanceClock(
  database: AppDatabase,
  state: ClockRow,
): { hlc: string; mutationId: number; written: Promise<unknown> } {
  const next = tick(state.clock, Date.now());
  const mutationId = state.nextMutationId;
  const row: ClockRow = { clock: next, nextMutationId: mutationId + 1 };
  const written = database.meta.put({ key: CLOCK_KEY, value: row });
  return { hlc: formatHlc(next), mutationId, written };
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
  const tables = writeTables(database, entity);
  return database.transaction('rw', tables, async () => {
    // Requests of one transaction run in order; issuing them together saves a round trip each.
    const [existing, clockState] = await Promise.all([table.get(id), readClock(database)]);
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
    const { hlc, mutationId, written } = advanceClock(database, clockState);
    const stored = table.put({
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
    await Promise.all([
      written,
      stored,
      // An edit that leaves the searched text alone leaves the words alone.
      existing && sameValue(wordsOf(entity, before), wordsOf(entity, data))
        ? undefined
        : indexWords(database, entity, [{ id, data }]),
      database.outbox.add(entry),
    ]);
    // The user has corrected the record: its earlier rejections are answered by this save. Only a
    // record that is not "synced" can have any, so the common save skips the query.
    if (existing && existing._state !== 'synced')
      await database.rejected.where('[entity+recordId]').equals([entity, id]).delete();
    return true;
  });
}

const DELETES: Partial<Record<EntityName, MutationName>> = Object.fromEntries(
  MUTATION_NAMES.filter((name) => MUTATIONS[name].op === 'delete').map((name) => [
    MUTATIONS[name].entity,
    name,
  ]),
);

export async function deleteRecord(
  database: AppDatabase,
  entity: EntityName,
  id: string,
): Promise<void> {
  const name = DELETES[entity];
  if (!name) throw new Error(`${entity} cannot be deleted from a device`);
  const table = database.recordTable(entity);
  const tables = writeTables(database, entity);
  await database.transaction('rw', tables, async () => {
    const { hlc, mutationId, written } = advanceClock(database, await readClock(database));
    await written;
    await Promise.all([table.delete(id), unindexWords(database, entity, [id])]);
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
  return database.transaction('rw', writeTables(database, entity), async () => {
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

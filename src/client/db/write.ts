// The one way the app changes data: the record and its outbox entry are written in one IndexedDB
// transaction, stamped by the hybrid logical clock. If either fails, neither is stored, so no
// change is ever saved without being queued for the server (and none is queued without being saved).
import { ENTITIES, validateRecord, type EntityName } from '../../shared/entities.ts';
import { MUTATION_NAMES, MUTATIONS, type MutationName } from '../../shared/mutations.ts';
import { sameValue } from '../../shared/same-value.ts';
import type { AppDatabase } from './db.ts';
import { stripLocal, type EntityData, type LocalRecord, type NewOutboxEntry } from './schema.ts';
import { nextStamp } from './clock.ts';
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

/**
 * Writes one record with its outbox entry, inside the caller's transaction over writeTables.
 * `existing` is the record as stored, or 'new' when the caller knows there is none (then it is added,
 * not put: if it was there after all, the add fails and the transaction with it).
 */
async function writeRecord<E extends EntityName>(
  database: AppDatabase,
  entity: E,
  id: string,
  values: Partial<EntityData<E>>,
  mutation: MutationOf<E>,
  existing: LocalRecord | undefined | 'new',
): Promise<boolean> {
  const stored = existing === 'new' ? undefined : existing;
  const before = stored ? stripLocal(stored) : {};
  const merged = { ...before, ...values };
  const checked = validateRecord(entity, merged);
  if (!checked.success) throw new RecordValidationError(checked.issues);
  const data: Record<string, unknown> = checked.data;
  const patch = Object.fromEntries(
    Object.entries(data).filter(([field, value]) => !stored || !sameValue(before[field], value)),
  );
  if (Object.keys(patch).length === 0) return false;
  const table = database.recordTable(entity);
  const row: LocalRecord = {
    ...data,
    id,
    _version: stored?._version ?? 0,
    _state: 'pending',
    _updatedAt: Date.now(),
    ...derivedFields(entity, data),
  };
  const entry: NewOutboxEntry = {
    name: mutation,
    entity,
    recordId: id,
    args: { id, patch, baseVersion: stored?._version ?? 0 },
    hlc: await nextStamp(database),
    createdAt: Date.now(),
  };
  // Requests of one transaction run in order; issuing them together saves a round trip each.
  await Promise.all([
    existing === 'new' ? table.add(row) : table.put(row),
    // An edit that leaves the searched text alone leaves the words alone.
    stored && sameValue(wordsOf(entity, before), wordsOf(entity, data))
      ? undefined
      : indexWords(database, entity, [{ id, data }]),
    database.outbox.add(entry),
  ]);
  // The user has corrected the record: its earlier rejections are answered by this save. Only a
  // record that is not "synced" can have any, so the common save skips the query.
  if (stored && stored._state !== 'synced')
    await database.rejected.where('[entity+recordId]').equals([entity, id]).delete();
  return true;
}

export interface SaveOptions<E extends EntityName> {
  /** Defaults to the entity's upsert; `recommendation.respond` for an answer. */
  mutation?: MutationOf<E> | undefined;
  /**
   * The caller has just made the id (a form for a new record) and not saved it yet: the record is
   * added without being read first, one request fewer on the forum day's commonest save. Should the
   * id be stored after all (a draft that outlived its save), it is saved as an edit instead: in a
   * transaction of its own, so not inside the caller's (whose failed add would undo it all).
   */
  isNew?: boolean;
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
  { mutation = upsertOf(entity), isNew = false }: SaveOptions<E> = {},
): Promise<boolean> {
  const save = (asNew: boolean) =>
    database.transaction('rw', writeTables(database, entity), async () =>
      writeRecord(
        database,
        entity,
        id,
        values,
        mutation,
        asNew ? 'new' : await database.recordTable(entity).get(id),
      ),
    );
  if (!isNew) return save(false);
  try {
    return await save(true);
  } catch (error) {
    // The add found the id taken: the transaction is undone, and the save made again as an edit.
    if (error instanceof Error && error.name === 'ConstraintError') return save(false);
    throw error;
  }
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
    const hlc = await nextStamp(database);
    await Promise.all([table.delete(id), unindexWords(database, entity, [id])]);
    await database.rejected.where('[entity+recordId]').equals([entity, id]).delete();
    await database.outbox.add({
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
    for (const { id, values, mutation } of items) {
      if (await saveRecord(database, entity, id, values, { mutation })) changed += 1;
    }
    return changed;
  });
}

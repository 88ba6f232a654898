// The one way the app changes data: the record and its outbox entry are written in one IndexedDB
// transaction, stamped by the hybrid logical clock. If either fails, neither is stored, so no
// change is ever saved without being queued for the server (and none is queued without being saved).
import { ENTITIES, validateRecord, type EntityName } from '../../shared/entities.ts';
import { formatHlc, nodeFromClientId, tick, type HlcState } from '../../shared/hlc.ts';
import { searchWords } from '../../shared/text/fold.ts';
import { sameValue } from '../../shared/same-value.ts';
import type { AppDatabase } from './db.ts';
import { getMeta, setMeta } from './meta.ts';
import { stripLocal, type OutboxEntry } from './schema.ts';
import { ensureClientId } from './client-id.ts';

export class RecordValidationError extends Error {
  constructor(readonly issues: { path: PropertyKey[]; message: string }[]) {
    super(issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
  }
}

/** Which words of a record the search index holds. */
const SEARCH_FIELDS: Partial<Record<EntityName, string[]>> = {
  forum: ['venue', 'organiser'],
  recommendation: ['text', 'addressee', 'responseText'],
  attendee: ['name', 'ethnicity'],
};

export function wordsOf(entity: EntityName, data: Record<string, unknown>): string[] | undefined {
  const fields = SEARCH_FIELDS[entity];
  if (!fields) return undefined;
  return searchWords(
    ...fields.map((field) => (typeof data[field] === 'string' ? data[field] : null)),
  );
}

async function stamp(database: AppDatabase): Promise<{ hlc: string; mutationId: number }> {
  const clientId = await ensureClientId(database);
  const clock = (await getMeta<HlcState>(database.meta, 'hlc')) ?? {
    wall: 0,
    counter: 0,
    node: nodeFromClientId(clientId),
  };
  const next = tick(clock, Date.now());
  const mutationId = (await getMeta<number>(database.meta, 'nextMutationId')) ?? 1;
  await setMeta(database.meta, 'hlc', next);
  await setMeta(database.meta, 'nextMutationId', mutationId + 1);
  return { hlc: formatHlc(next), mutationId };
}

/**
 * Saves a whole record (new or edited). Only the fields that changed travel to the server.
 * Returns false when nothing changed.
 */
export async function saveRecord(
  database: AppDatabase,
  entity: EntityName,
  id: string,
  values: Record<string, unknown>,
  mutationName: string = `${entity}.upsert`,
): Promise<boolean> {
  const table = database.tableOf(entity);
  return database.transaction('rw', [table, database.outbox, database.meta], async () => {
    const existing = await table.get(id);
    const before = existing ? stripLocal(existing) : {};
    const merged = { ...before, ...values };
    const checked = validateRecord(entity, merged);
    if (!checked.success) throw new RecordValidationError(checked.issues);
    const patch = Object.fromEntries(
      Object.entries(checked.data).filter(
        ([field, value]) => !existing || !sameValue(before[field], value),
      ),
    );
    if (Object.keys(patch).length === 0) return false;
    const { hlc, mutationId } = await stamp(database);
    const words = wordsOf(entity, checked.data);
    await table.put({
      ...checked.data,
      id,
      _version: existing?._version ?? 0,
      _state: 'pending',
      _updatedAt: Date.now(),
      ...(words ? { _words: words } : {}),
    } as never);
    const entry: OutboxEntry = {
      id: mutationId,
      name: mutationName,
      entity,
      recordId: id,
      args: { id, patch, baseVersion: existing?._version ?? 0 },
      hlc,
      createdAt: Date.now(),
    };
    await database.outbox.add(entry);
    return true;
  });
}

export async function deleteRecord(
  database: AppDatabase,
  entity: EntityName,
  id: string,
): Promise<void> {
  if (ENTITIES[entity].writers.length === 0)
    throw new Error(`${entity} cannot be deleted from a device`);
  const table = database.tableOf(entity);
  await database.transaction('rw', [table, database.outbox, database.meta], async () => {
    const { hlc, mutationId } = await stamp(database);
    await table.delete(id);
    await database.outbox.add({
      id: mutationId,
      name: `${entity}.delete`,
      entity,
      recordId: id,
      args: { id },
      hlc,
      createdAt: Date.now(),
    });
  });
}

// The server numbers the mutations of one client id 1, 2, 3 … and refuses a gap. The outbox's keys
// come from IndexedDB's key generator, which has no gaps either (an aborted save takes its key back)
// but never goes back: a device reset for another account (a new client id) notes where it stands,
// and what travels is the key less that base.
import type { AppDatabase } from './db.ts';
import { getMeta, setMeta } from './meta.ts';
import type { Table } from 'dexie';
import { MUTATION_BASE_KEY, type NewOutboxEntry, type OutboxEntry } from './schema.ts';

export interface MutationIds {
  /** The id the server knows an outbox entry by. */
  toWire(key: number): number;
  /** The outbox key of a mutation id in the server's answer. */
  toKey(id: number): number;
}

export async function mutationIds(database: AppDatabase): Promise<MutationIds> {
  const base = (await getMeta<number>(database.meta, MUTATION_BASE_KEY)) ?? 0;
  return { toWire: (key) => key - base, toKey: (id) => id + base };
}

/** An entry written and deleted in one transaction, to move the key generator: nobody sees it. */
const MARKER: NewOutboxEntry = {
  name: 'forum.upsert',
  entity: 'forum',
  recordId: '',
  args: { id: '' },
  hlc: '',
  createdAt: 0,
};

/**
 * Moves the outbox's key generator to at least `key`, so that the next save takes a later one. An
 * explicit key moves it (IndexedDB); deleting the entry does not move it back.
 */
export async function keysFrom(
  outbox: Table<OutboxEntry, number, NewOutboxEntry>,
  key: number,
): Promise<void> {
  if (key < 1 || (await outbox.get(key))) return;
  await outbox.add({ ...MARKER, id: key });
  await outbox.delete(key);
}

/**
 * In the transaction that resets the device for a new client id, with the outbox empty: the next
 * save becomes that client's mutation 1.
 */
export async function restartMutationIds(database: AppDatabase): Promise<void> {
  // The generator's position cannot be read: an entry added without a key shows it.
  const key = await database.outbox.add(MARKER);
  await database.outbox.delete(key);
  await setMeta(database.meta, MUTATION_BASE_KEY, key);
}

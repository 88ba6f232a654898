// Small named values kept on the device: clientId, counters, clock, cursor, session.
import type { Table } from 'dexie';
import type { MetaEntry } from './schema.ts';

export async function getMeta<T>(
  meta: Table<MetaEntry, string>,
  key: string,
): Promise<T | undefined> {
  // Each key holds a value of its own type; the caller names it (a cast, as the table stores any).
  return (await meta.get(key))?.value as T | undefined;
}

export async function setMeta(meta: Table<MetaEntry, string>, key: string, value: unknown) {
  await meta.put({ key, value });
}

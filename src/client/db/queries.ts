// Reads the screens need, answered from indexes so they stay fast at tens of thousands of records
// on a cheap phone: the latest N by the _updatedAt index, and search by the *_words index.
import type { Table } from 'dexie';
import { searchWords } from '../../shared/text/fold.ts';
import type { LocalFields } from './schema.ts';

export function latest<T extends LocalFields>(table: Table<T, string>, limit = 50): Promise<T[]> {
  return table.orderBy('_updatedAt').reverse().limit(limit).toArray();
}

/**
 * Diacritics-insensitive search: "dien dan" finds "diễn đàn", "d" finds "đ". Every word of the
 * query must begin a word of the record. The longest word probes the index; the rest filter.
 */
export async function search<T extends LocalFields>(
  table: Table<T, string>,
  query: string,
  limit = 50,
): Promise<T[]> {
  const words = searchWords(query);
  if (words.length === 0) return [];
  const [probe, ...rest] = [...words].sort((a, b) => b.length - a.length);
  if (probe === undefined) return [];
  const found = await table
    .where('_words')
    .startsWith(probe)
    .distinct()
    .filter((row) =>
      rest.every((word) => (row._words ?? []).some((candidate) => candidate.startsWith(word))),
    )
    .limit(limit)
    .toArray();
  return found.sort((a, b) => b._updatedAt - a._updatedAt);
}

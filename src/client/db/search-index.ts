// The words search looks up, kept in a table of their own beside the records (one row per
// searched record, a multi-entry index over its words), so that building them never rewrites a
// record and its other indexes. Local saves and everyday pulls index a record's words in the same
// transaction as the record. A first pull brings tens of thousands of records, and folding and
// indexing their words took 40 % of it (docs/performance.md): pages that large store the records
// first, so the lists show them at once, note their ids in the backlog, and the words follow in
// small transactions; search says it is catching up meanwhile.
import type { EntityName } from '../../shared/entity-names.ts';
import type { AppDatabase } from './db.ts';
import type { SearchBacklogEntry } from './schema.ts';
import { isSearched, wordsOf } from './derived.ts';

/** From this many records of one entity in one page, their words are built after the page. */
export const DEFER_WORDS_FROM = 200;

/** How many records one backlog entry holds, indexed in one transaction: short enough not to hold
 * up a save (a pulled page is at most this many). */
const CHUNK = 1000;

/** Whether a page's `count` records of `entity` are stored first and given their words later. */
export const defersWords = (entity: EntityName, count: number) =>
  count >= DEFER_WORDS_FROM && isSearched(entity);

/** Indexes the words of records of one entity (none for an entity search does not read). */
export async function indexWords(
  database: AppDatabase,
  entity: EntityName,
  records: { id: string; data: Record<string, unknown> }[],
): Promise<void> {
  if (!isSearched(entity) || records.length === 0) return;
  await database.words.bulkPut(
    records.map(({ id, data }) => ({ id, words: wordsOf(entity, data) ?? [] })),
  );
}

/** Forgets the words of deleted records. */
export async function unindexWords(
  database: AppDatabase,
  entity: EntityName,
  ids: string[],
): Promise<void> {
  if (!isSearched(entity) || ids.length === 0) return;
  await database.words.bulkDelete(ids);
}

/**
 * The backlog entries that note `ids` as waiting for their words, CHUNK ids each, so the catch-up
 * takes one entry per transaction and never rewrites a long list (the v6 upgrade notes 50,000).
 */
export function backlogEntries(entity: EntityName, ids: string[]): SearchBacklogEntry[] {
  if (!isSearched(entity)) return [];
  const entries: SearchBacklogEntry[] = [];
  for (let start = 0; start < ids.length; start += CHUNK)
    entries.push({ entity, ids: ids.slice(start, start + CHUNK) });
  return entries;
}

/** Notes records stored without their words; called inside the page's own transaction. */
export async function queueWords(
  database: AppDatabase,
  entity: EntityName,
  ids: string[],
): Promise<void> {
  const entries = backlogEntries(entity, ids);
  if (entries.length > 0) await database.searchBacklog.bulkAdd(entries);
}

/** How many records search cannot find yet. */
export async function wordsWaiting(database: AppDatabase): Promise<number> {
  let waiting = 0;
  await database.searchBacklog.each((entry) => (waiting += entry.ids.length));
  return waiting;
}

const running = new WeakMap<AppDatabase, Promise<void>>();

/** Builds the words still waiting, oldest first; one run at a time per database. */
export function buildWaitingWords(database: AppDatabase): Promise<void> {
  const current = running.get(database);
  if (current) return current;
  const run = drain(database).finally(() => running.delete(database));
  running.set(database, run);
  return run;
}

async function drain(database: AppDatabase): Promise<void> {
  for (;;) {
    const entry = await database.searchBacklog.orderBy('seq').first();
    if (entry?.seq === undefined) return;
    const { seq, entity } = entry;
    const table = database.recordTable(entity);
    await database.transaction('rw', [table, database.words, database.searchBacklog], async () => {
      // Read again inside the transaction: a scope reset may have emptied the backlog meanwhile.
      const current = await database.searchBacklog.get(seq);
      if (!current) return;
      // A record deleted since has nothing to index; one saved here since gets the same words again.
      const rows = await table.where(':id').anyOf(current.ids).toArray();
      await indexWords(
        database,
        entity,
        rows.map((row) => ({ id: row.id, data: row })),
      );
      await database.searchBacklog.delete(seq);
    });
  }
}

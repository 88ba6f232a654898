// Reads the screens need, answered from indexes so they stay fast at tens of thousands of records
// on a cheap phone: the latest N by the _updatedAt index, and search by the words table's index.
import Dexie, { type Collection, type Table } from 'dexie';
import type { EntityName } from '../../shared/entity-names.ts';
import { searchWords } from '../../shared/text/fold.ts';
import type { AppDatabase } from './db.ts';
import { wordKey } from './derived.ts';
import type { EntityRows, LocalFields } from './schema.ts';

type Recommendation = EntityRows['recommendation'];

/** A year's recommendations, from [year+themeCode]: a year is the first part of that index's keys. */
export function recommendationsOfYear(
  database: AppDatabase,
  year: number,
): Collection<Recommendation, string> {
  return database.recommendations
    .where('[year+themeCode]')
    .between([year, Dexie.minKey], [year, Dexie.maxKey], true, true);
}

/** The recommendations of `year` and of every year before it. */
export function recommendationsUpTo(
  database: AppDatabase,
  year: number,
): Collection<Recommendation, string> {
  // [year, any theme] sorts below [year + 1], and every later year above it.
  return database.recommendations.where('[year+themeCode]').below([year + 1]);
}

/**
 * For a value of a year pair's second part, one collection a year: each is an exact key of the
 * pair, so it is counted from index keys alone (an anyOf over the years is walked record by record).
 */
async function yearByYear(
  database: AppDatabase,
  index: '[year+themeCode]' | '[year+responseStatus]',
  value: string,
): Promise<Collection<Recommendation, string>[]> {
  const years = await recommendationYears(database);
  return years.map((year) => database.recommendations.where(index).equals([year, value]));
}

/** Recommendations on a theme, in any year: one collection a year ([year+themeCode]). */
export const recommendationsOnTheme = (database: AppDatabase, themeCode: string) =>
  yearByYear(database, '[year+themeCode]', themeCode);

/** Recommendations with an answer status, in any year: one collection a year. */
export const recommendationsWithStatus = (
  database: AppDatabase,
  status: Recommendation['responseStatus'],
) => yearByYear(database, '[year+responseStatus]', status);

/** How many records the collections hold together, each counted from its index. */
export async function countOf<T>(parts: Collection<T, string>[]): Promise<number> {
  const counts = await Promise.all(parts.map((part) => part.count()));
  return counts.reduce((sum, count) => sum + count, 0);
}

/** The first `limit` records of the collections, taken in turn. */
export async function firstOf<T>(parts: Collection<T, string>[], limit: number): Promise<T[]> {
  const rows: T[] = [];
  for (const part of parts) {
    if (rows.length >= limit) break;
    rows.push(...(await part.limit(limit - rows.length).toArray()));
  }
  return rows;
}

/**
 * The years that have recommendations, oldest first: from each year's first key in [year+themeCode]
 * straight to the next year's, a handful of index seeks (a unique-key walk reads every entry).
 */
export async function recommendationYears(database: AppDatabase): Promise<number[]> {
  const pairs = database.recommendations;
  const years: number[] = [];
  let [key] = await pairs.orderBy('[year+themeCode]').limit(1).keys();
  while (Array.isArray(key) && typeof key[0] === 'number') {
    const year = key[0];
    years.push(year);
    [key] = await pairs.where('[year+themeCode]').above([year, Dexie.maxKey]).limit(1).keys();
  }
  return years;
}

export function latest<T extends LocalFields>(table: Table<T, string>, limit = 50): Promise<T[]> {
  return table.orderBy('_updatedAt').reverse().limit(limit).toArray();
}

/**
 * How many results a search screen shows first, and how many more each "show more" adds: each
 * result is read by its own request, the most of a search's time on a phone (docs/performance.md).
 */
export const SEARCH_PAGE = 20;

/**
 * Diacritics-insensitive search: "dien dan" finds "diễn đàn", "d" finds "đ". Every word of the
 * query must begin a word of the record. The longest word probes the index; the rest filter.
 */
export async function search<E extends EntityName>(
  database: AppDatabase,
  entity: E,
  query: string,
  limit = SEARCH_PAGE,
): Promise<EntityRows[E][]> {
  const words = searchWords(query).map((word) => wordKey(entity, word));
  if (words.length === 0) return [];
  const [probe, ...rest] = [...words].sort((a, b) => b.length - a.length);
  if (probe === undefined) return [];
  const ids = await matchingIds(database, probe, rest, limit);
  const rows = await database.tableOf(entity).bulkGet(ids);
  return rows
    .filter((row): row is EntityRows[E] => row !== undefined)
    .sort((a, b) => b._updatedAt - a._updatedAt);
}

/**
 * The first `limit` records whose words start with `probe` and with each of `rest`. Candidates are
 * read from the index in one request (getAll, or getAllKeys for a one-word query; each request is
 * cheaper than a cursor's step per entry): first twice as many as wanted, which suffices when most
 * records with the longest word hold the others too; then as many as the share that matched says
 * will do, with a quarter to spare (eight times as many when none did); and a cursor over the
 * index, one step per entry, for rare words among common ones. Search p95 at 50,000:
 * docs/performance.md.
 */
async function matchingIds(
  database: AppDatabase,
  probe: string,
  rest: string[],
  limit: number,
): Promise<string[]> {
  const matches = (entry: { words: string[] }) =>
    rest.every((word) => entry.words.some((candidate) => candidate.startsWith(word)));
  let batch = limit * 2;
  for (let round = 0; round < 2; round++) {
    const range = database.words.where('words').startsWith(probe).limit(batch);
    const read =
      rest.length === 0
        ? (await range.primaryKeys()).map((id) => ({ id, words: [] }))
        : await range.toArray();
    const ids = new Set<string>();
    for (const entry of read) if (matches(entry)) ids.add(entry.id);
    if (ids.size >= limit || read.length < batch) return [...ids].slice(0, limit);
    batch = nextBatch(limit, batch, ids.size);
  }
  const all = await database.words
    .where('words')
    .startsWith(probe)
    .distinct()
    .filter(matches)
    .limit(limit)
    .toArray();
  return all.map((entry) => entry.id);
}

/** How many candidates the second read takes, from how many of the first `read` matched. */
export function nextBatch(limit: number, read: number, matched: number): number {
  if (matched === 0) return limit * 8;
  return Math.min(limit * 16, Math.ceil(((limit * read) / matched) * 1.25));
}

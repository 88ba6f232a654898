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

/** Recommendations on a theme, in any year: one probe of [year+themeCode] for each year. */
export async function recommendationsOnTheme(
  database: AppDatabase,
  themeCode: string,
): Promise<Collection<Recommendation, string>> {
  const years = await recommendationYears(database);
  return database.recommendations
    .where('[year+themeCode]')
    .anyOf(years.map((year) => [year, themeCode]));
}

/** Recommendations with an answer status, in any year: one probe of [year+responseStatus] a year. */
export async function recommendationsWithStatus(
  database: AppDatabase,
  status: Recommendation['responseStatus'],
): Promise<Collection<Recommendation, string>> {
  const years = await recommendationYears(database);
  return database.recommendations
    .where('[year+responseStatus]')
    .anyOf(years.map((year) => [year, status]));
}

/** The years that have recommendations, oldest first. */
export async function recommendationYears(database: AppDatabase): Promise<number[]> {
  const keys = await database.recommendations.orderBy('[year+themeCode]').uniqueKeys();
  const years = keys.flatMap((key) =>
    Array.isArray(key) && typeof key[0] === 'number' ? [key[0]] : [],
  );
  return [...new Set(years)];
}

export function latest<T extends LocalFields>(table: Table<T, string>, limit = 50): Promise<T[]> {
  return table.orderBy('_updatedAt').reverse().limit(limit).toArray();
}

/**
 * Diacritics-insensitive search: "dien dan" finds "diễn đàn", "d" finds "đ". Every word of the
 * query must begin a word of the record. The longest word probes the index; the rest filter.
 */
export async function search<E extends EntityName>(
  database: AppDatabase,
  entity: E,
  query: string,
  limit = 50,
): Promise<EntityRows[E][]> {
  const words = searchWords(query).map((word) => wordKey(entity, word));
  if (words.length === 0) return [];
  const [probe, ...rest] = [...words].sort((a, b) => b.length - a.length);
  if (probe === undefined) return [];
  const entries = await database.words
    .where('words')
    .startsWith(probe)
    .distinct()
    .filter((entry) =>
      rest.every((word) => entry.words.some((candidate) => candidate.startsWith(word))),
    )
    .limit(limit)
    .toArray();
  const rows = await database.tableOf(entity).bulkGet(entries.map((entry) => entry.id));
  return rows
    .filter((row): row is EntityRows[E] => row !== undefined)
    .sort((a, b) => b._updatedAt - a._updatedAt);
}

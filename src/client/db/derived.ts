// Local fields derived from a record's data, for the device's indexes: a forum's year on the record
// itself, and the search words of the records people look up, in the words table
// (db/search-index.ts). Written alike by local saves and by pulled changes.
import type { EntityName } from '../../shared/entities.ts';
import { searchWords } from '../../shared/text/fold.ts';

/** Which fields of a record search reads, and the letter that keeps its entity's words apart. */
const SEARCHED: Partial<Record<EntityName, { fields: string[]; letter: string }>> = {
  forum: { fields: ['venue', 'organiser'], letter: 'f' },
  recommendation: { fields: ['text', 'addressee', 'responseText'], letter: 'r' },
  attendee: { fields: ['name', 'ethnicity'], letter: 'a' },
};

/** The entities whose records search finds. */
export const SEARCHED_ENTITIES = Object.keys(SEARCHED).filter(
  (entity): entity is EntityName => entity in SEARCHED,
);

export const isSearched = (entity: EntityName) => SEARCHED[entity] !== undefined;

/**
 * A folded word as the words index holds it: led by its entity's letter ("r:dien"), so one index
 * serves every entity and a probe never meets another entity's words.
 */
export function wordKey(entity: EntityName, word: string): string {
  return `${SEARCHED[entity]?.letter ?? entity}:${word}`;
}

/** A record's words for the index; undefined for an entity search does not read. */
export function wordsOf(entity: EntityName, data: Record<string, unknown>): string[] | undefined {
  const fields = SEARCHED[entity]?.fields;
  if (!fields) return undefined;
  return searchWords(
    ...fields.map((field) => (typeof data[field] === 'string' ? data[field] : null)),
  ).map((word) => wordKey(entity, word));
}

/** The year a forum was held (from its dd/mm/yyyy date), for filters and reports by year. */
export function yearOf(data: Record<string, unknown>): number | undefined {
  const date = data['date'];
  return typeof date === 'string' && /^\d{4}-/.test(date) ? Number(date.slice(0, 4)) : undefined;
}

export function derivedFields(
  entity: EntityName,
  data: Record<string, unknown>,
): { _year?: number } {
  const year = entity === 'forum' ? yearOf(data) : undefined;
  return year === undefined ? {} : { _year: year };
}

// Local fields derived from a record's data, for the device's indexes. Written alike by local saves
// and by pulled changes, and backfilled by the database upgrades that introduce them.
import type { EntityName } from '../../shared/entities.ts';
import { searchWords } from '../../shared/text/fold.ts';

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

/** The year a forum was held (from its dd/mm/yyyy date), for filters and reports by year. */
export function yearOf(data: Record<string, unknown>): number | undefined {
  const date = data['date'];
  return typeof date === 'string' && /^\d{4}-/.test(date) ? Number(date.slice(0, 4)) : undefined;
}

export function derivedFields(
  entity: EntityName,
  data: Record<string, unknown>,
): { _words?: string[]; _year?: number } {
  const words = wordsOf(entity, data);
  const year = entity === 'forum' ? yearOf(data) : undefined;
  return {
    ...(words ? { _words: words } : {}),
    ...(year === undefined ? {} : { _year: year }),
  };
}

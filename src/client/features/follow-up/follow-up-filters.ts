// The follow-up list's filters, answered from the device's indexes.
import type { ResponseStatus } from '../../../shared/schemas/recommendation.ts';
import type { AppDatabase } from '../../runtime.ts';
import type { EntityRows } from '../../db/schema.ts';

type Row = EntityRows['recommendation'];

export interface FollowUpFilter {
  status: ResponseStatus | '';
  themeCode: string;
  year: number | null;
  unitCode: string;
}

export const NO_FILTER: FollowUpFilter = { status: '', themeCode: '', year: null, unitCode: '' };

/**
 * The keys of the recommendations each set filter admits, one list per filter, in the order that
 * decides the list's order (unit, theme, year, status): read from the indexes alone, no record.
 * A unit admits itself and its communes (`code/…`), not a look-alike code (`dak-ha-moi`).
 */
function keyLists(database: AppDatabase, filter: FollowUpFilter): Promise<string[]>[] {
  const index = (name: string) => database.recommendations.where(name);
  const lists: Promise<string[]>[] = [];
  if (filter.unitCode !== '')
    lists.push(
      Promise.all([
        index('unitCode').equals(filter.unitCode).primaryKeys(),
        index('unitCode')
          .between(`${filter.unitCode}/`, `${filter.unitCode}/\uffff`, true, true)
          .primaryKeys(),
      ]).then(([own, below]) => [...own, ...below]),
    );
  if (filter.themeCode !== '')
    lists.push(index('themeCode').equals(filter.themeCode).primaryKeys());
  if (filter.year !== null) lists.push(index('year').equals(filter.year).primaryKeys());
  if (filter.status !== '') lists.push(index('responseStatus').equals(filter.status).primaryKeys());
  return lists;
}

/**
 * Up to `limit` matching recommendations, and exactly how many match. Each set filter's index gives
 * its keys (no records read); the keys all of them admit are the answer, and only the `limit` shown
 * are read. With no filter, the latest first. (Walking records through a cursor and testing each,
 * as before, took 0.3–0.5 s at 50,000 on a slowed CPU, and could only count up to a cap.)
 */
export async function findForFollowUp(
  database: AppDatabase,
  filter: FollowUpFilter,
  limit = 200,
): Promise<{ rows: Row[]; total: number }> {
  const table = database.recommendations;
  const lists = keyLists(database, filter);
  if (lists.length === 0) {
    const [rows, total] = await Promise.all([
      table.orderBy('_updatedAt').reverse().limit(limit).toArray(),
      table.count(),
    ]);
    return { rows, total };
  }
  const [first = [], ...others] = await Promise.all(lists);
  const admitted = others.map((list) => new Set(list));
  const keys = first.filter((key) => admitted.every((set) => set.has(key)));
  const rows = await table.bulkGet(keys.slice(0, limit));
  return { rows: rows.filter((row) => row !== undefined), total: keys.length };
}

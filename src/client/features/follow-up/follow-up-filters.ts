// The follow-up list's filters, answered from the device's indexes: the most selective filter
// that is set picks the index, the others filter what it yields.
import type { Collection } from 'dexie';
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

function matches(row: Row, filter: FollowUpFilter): boolean {
  return (
    (filter.status === '' || row.responseStatus === filter.status) &&
    (filter.themeCode === '' || row.themeCode === filter.themeCode) &&
    (filter.year === null || row.year === filter.year) &&
    (filter.unitCode === '' ||
      row.unitCode === filter.unitCode ||
      row.unitCode.startsWith(`${filter.unitCode}/`))
  );
}

function collectionFor(database: AppDatabase, filter: FollowUpFilter): Collection<Row, string> {
  const table = database.recommendations;
  if (filter.unitCode !== '')
    return table
      .where('unitCode')
      .between(filter.unitCode, `${filter.unitCode}/\uffff`, true, true);
  if (filter.themeCode !== '') return table.where('themeCode').equals(filter.themeCode);
  if (filter.year !== null) return table.where('year').equals(filter.year);
  if (filter.status !== '') return table.where('responseStatus').equals(filter.status);
  return table.orderBy('_updatedAt').reverse();
}

/** Counting past this many would walk every row of a large filter; the screen says "1.000+". */
export const COUNT_CAP = 1000;

/**
 * Up to `limit` matching recommendations, and how many match: exact when one indexed filter (or
 * none) is set, since the index answers that from its keys alone; otherwise counted up to
 * COUNT_CAP (`capped` says so), so a broad combined filter on 50,000 records stays quick.
 */
export async function findForFollowUp(
  database: AppDatabase,
  filter: FollowUpFilter,
  limit = 200,
): Promise<{ rows: Row[]; total: number; capped: boolean }> {
  const table = database.recommendations;
  const set = [
    filter.status !== '',
    filter.themeCode !== '',
    filter.year !== null,
    filter.unitCode !== '',
  ];
  const active = set.filter(Boolean).length;
  const matching = () => collectionFor(database, filter).filter((row) => matches(row, filter));
  const rows = matching().limit(limit).toArray();
  let total: Promise<number>;
  if (active === 0) total = table.count();
  else if (active === 1 && filter.status !== '')
    total = table.where('responseStatus').equals(filter.status).count();
  else if (active === 1 && filter.themeCode !== '')
    total = table.where('themeCode').equals(filter.themeCode).count();
  else if (active === 1 && filter.year !== null)
    total = table.where('year').equals(filter.year).count();
  else
    total = matching()
      .limit(COUNT_CAP + 1)
      .count();
  const [found, count] = await Promise.all([rows, total]);
  const capped = active > 1 || filter.unitCode !== '' ? count > COUNT_CAP : false;
  return { rows: found, total: capped ? COUNT_CAP : count, capped };
}

// The follow-up list's filters, answered from the device's indexes: the most selective filter
// that is set picks the index, the others filter what it yields.
import type { Collection } from 'dexie';
import type { ResponseStatus } from '../../../shared/schemas/recommendation.ts';
import type { AppDatabase } from '../../db/db.ts';
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

/** Up to `limit` matching recommendations, and how many match in all. */
export async function findForFollowUp(
  database: AppDatabase,
  filter: FollowUpFilter,
  limit = 200,
): Promise<{ rows: Row[]; total: number }> {
  const collection = () => collectionFor(database, filter).filter((row) => matches(row, filter));
  const [rows, total] = await Promise.all([
    collection().limit(limit).toArray(),
    collection().count(),
  ]);
  return { rows, total };
}

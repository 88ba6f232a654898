// The follow-up list's filters, answered from the device's indexes: the most selective filter
// that is set picks the index, the others filter what it yields.
import type { Collection } from 'dexie';
import type { ResponseStatus } from '../../../shared/schemas/recommendation.ts';
import type { AppDatabase } from '../../runtime.ts';
import type { EntityRows } from '../../db/schema.ts';
import {
  countOf,
  firstOf,
  recommendationsOfYear,
  recommendationsOnTheme,
  recommendationsWithStatus,
} from '../../db/queries.ts';

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

/**
 * A unit's own records, and those of the units under it. A look-alike code such as `dak-ha-moi`
 * sorts between the two and is in neither; the one range holding both holds it too, so what walks
 * that range filters it out.
 */
const ownRecords = (database: AppDatabase, unitCode: string) =>
  database.recommendations.where('unitCode').equals(unitCode);
const recordsUnder = (database: AppDatabase, unitCode: string) =>
  database.recommendations
    .where('unitCode')
    .between(`${unitCode}/`, `${unitCode}/\uffff`, true, true);
const unitRange = (database: AppDatabase, unitCode: string) =>
  database.recommendations.where('unitCode').between(unitCode, `${unitCode}/\uffff`, true, true);

/**
 * The index that answers the filter: the most selective one set, as one or more collections (a
 * theme or a status alone, one a year). `exact` when they hold the filter whole (one filter other
 * than a unit's), so rows come straight from the index, unfiltered.
 */
async function collectionsFor(
  database: AppDatabase,
  filter: FollowUpFilter,
): Promise<{ parts: Collection<Row, string>[]; exact: boolean }> {
  const table = database.recommendations;
  const active = activeCount(filter);
  if (filter.unitCode !== '')
    return { parts: [unitRange(database, filter.unitCode)], exact: false };
  const exact = active === 1;
  // A year with one other filter: the pair's own index holds the filter whole.
  if (active === 2 && filter.year !== null && filter.themeCode !== '')
    return {
      parts: [table.where('[year+themeCode]').equals([filter.year, filter.themeCode])],
      exact: true,
    };
  if (active === 2 && filter.year !== null && filter.status !== '')
    return {
      parts: [table.where('[year+responseStatus]').equals([filter.year, filter.status])],
      exact: true,
    };
  if (filter.themeCode !== '')
    return { parts: await recommendationsOnTheme(database, filter.themeCode), exact };
  if (filter.year !== null) return { parts: [recommendationsOfYear(database, filter.year)], exact };
  if (filter.status !== '')
    return { parts: await recommendationsWithStatus(database, filter.status), exact };
  return { parts: [table.orderBy('_updatedAt').reverse()], exact: true };
}

const activeCount = (filter: FollowUpFilter) =>
  [
    filter.status !== '',
    filter.themeCode !== '',
    filter.year !== null,
    filter.unitCode !== '',
  ].filter(Boolean).length;

/** Counting past this many would walk every row of a large filter; the screen says "1.000+". */
export const COUNT_CAP = 1000;

/**
 * Up to `limit` matching recommendations, and how many match. One filter (or none), or a year with
 * a theme or a status, is counted exactly from index keys alone; a unit's as its own records plus
 * those under it (a look-alike code such as `dak-ha-moi` sorts between them and is not counted).
 * Other combinations walk the most selective index once, counting up to COUNT_CAP (`capped` says
 * so), so a broad one on 50,000 records stays quick.
 */
export async function findForFollowUp(
  database: AppDatabase,
  filter: FollowUpFilter,
  limit = 200,
): Promise<{ rows: Row[]; total: number; capped: boolean }> {
  // Dexie's limit() and filter() change the collection they are called on: each use takes its own.
  const { parts, exact } = await collectionsFor(database, filter);
  if (!exact && activeCount(filter) > 1) {
    const walked = await firstOf(
      parts.map((part) => part.filter((row) => matches(row, filter))),
      Math.max(limit, COUNT_CAP + 1),
    );
    const capped = walked.length > COUNT_CAP;
    return { rows: walked.slice(0, limit), total: capped ? COUNT_CAP : walked.length, capped };
  }
  if (filter.unitCode === '') {
    // A clone each to limit, so the years are looked up once for the rows and the count.
    const [rows, total] = await Promise.all([
      firstOf(
        parts.map((part) => part.clone()),
        limit,
      ),
      countOf(parts),
    ]);
    return { rows, total, capped: false };
  }
  // A unit: its own records, then those of the units under it, each read from the index whole.
  const unit = filter.unitCode;
  const [ownRows, ownCount, underCount] = await Promise.all([
    ownRecords(database, unit).limit(limit).toArray(),
    ownRecords(database, unit).count(),
    recordsUnder(database, unit).count(),
  ]);
  const rest = limit - ownRows.length;
  const rows =
    rest > 0
      ? [...ownRows, ...(await recordsUnder(database, unit).limit(rest).toArray())]
      : ownRows;
  return { rows, total: ownCount + underCount, capped: false };
}

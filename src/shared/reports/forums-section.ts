// Section I: forums held and the children who took part. One definition (docs/reports.md § I):
// a forum counts in the year of its date, under the report row that is its unit or holds it; a
// forum "held" or "reported" took place and its counts are added; a "planned" one is only counted.
import { NO_ONE_COUNTED, type Forum } from '../schemas/forum.ts';
import { countsUnder, reportRows } from '../units/scope.ts';
import { inArea, yearOfDate, type ReportInput } from './report-input.ts';

export const COUNT_FIELDS = [
  'childrenTotal',
  'girls',
  'boys',
  'ethnicMinority',
  'specialCircumstances',
  'withDisabilities',
  'poorHouseholds',
  'adults',
] as const;
export type CountField = (typeof COUNT_FIELDS)[number];

export interface ForumRow extends Record<CountField, number> {
  unitCode: string;
  name: string;
  held: number;
  planned: number;
}

export interface ForumsSection {
  rows: ForumRow[];
  total: ForumRow;
}

/**
 * A row's figures in the order every forum table shows them (screen, .docx, .xlsx): forums held and
 * planned, children, girls, boys, ethnic minority, special circumstances.
 */
export const forumFigures = (row: ForumRow): number[] => [
  row.held,
  row.planned,
  row.childrenTotal,
  row.girls,
  row.boys,
  row.ethnicMinority,
  row.specialCircumstances,
];

const emptyRow = (unitCode: string, name: string): ForumRow => ({
  unitCode,
  name,
  held: 0,
  planned: 0,
  ...NO_ONE_COUNTED,
});

function add(row: ForumRow, forum: Forum) {
  if (forum.status === 'planned') {
    row.planned += 1;
    return;
  }
  row.held += 1;
  for (const field of COUNT_FIELDS) row[field] += forum[field];
}

export function forumsSection(input: ReportInput): ForumsSection {
  const codes = reportRows(input.tree, input.area);
  const rows = codes.map((code) => emptyRow(code, input.tree.name(code)));
  const byCode = new Map(rows.map((row) => [row.unitCode, row]));
  const total = emptyRow('', 'Tổng cộng');
  for (const forum of input.forums) {
    if (yearOfDate(forum.date) !== input.year || !inArea(input, forum.unitCode)) continue;
    const row = byCode.get(countsUnder(input.tree, forum.unitCode, codes) ?? '');
    if (!row) continue;
    add(row, forum);
    add(total, forum);
  }
  return { rows, total };
}

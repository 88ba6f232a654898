// A work programme read from a spreadsheet (STT, Nội dung hoạt động, Cơ quan chủ trì, Cơ quan phối
// hợp, Thời hạn, Kết quả): each row checked against the activity schema before anything is saved,
// with the line and column of every problem.
import { activitySchema, type Activity } from '../../../shared/schemas/activity.ts';
import { oneOf } from '../../../shared/one-of.ts';
import { cellText, columnsOf, type Cell } from '../../ui/read-table.ts';
import type { ImportError } from '../../ui/import-errors.tsx';

export interface ProgrammeRow {
  line: number;
  id: string;
  data: Activity;
}

/** A wrong cell of the file, as the import screens list them. */
export type ProgrammeError = ImportError;

type Column = 'no' | 'title' | 'lead' | 'partners' | 'due' | 'output';
const COLUMN_NAMES: readonly Column[] = ['no', 'title', 'lead', 'partners', 'due', 'output'];
/** How offices head each column, folded, tried in order (read-table.ts § columnsOf). */
const HEADINGS: [string, Column][] = [
  ['stt', 'no'],
  ['so thu tu', 'no'],
  ['so tt', 'no'],
  ['tt', 'no'],
  ['noi dung', 'title'],
  ['ten hoat dong', 'title'],
  ['hoat dong', 'title'],
  ['co quan chu tri', 'lead'],
  ['don vi chu tri', 'lead'],
  ['chu tri', 'lead'],
  ['co quan phoi hop', 'partners'],
  ['don vi phoi hop', 'partners'],
  ['phoi hop', 'partners'],
  ['thoi han', 'due'],
  ['thoi gian', 'due'],
  ['ket qua', 'output'],
  ['san pham', 'output'],
];
const HEADING: Record<Column, string> = {
  no: 'STT',
  title: 'Nội dung hoạt động',
  lead: 'Cơ quan chủ trì',
  partners: 'Cơ quan phối hợp',
  due: 'Thời hạn',
  output: 'Kết quả',
};

/** "Tháng 3/2024", "Quý IV/2024", "6 tháng cuối năm", "15/3/2024", "thường xuyên" → the schema's form. */
export function readDue(value: string, year: number): string {
  const folded = value.toLowerCase().trim();
  if (folded === '' || folded.includes('thường xuyên')) return 'ongoing';
  const day = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(folded);
  if (day) return `${day[3]}-${day[2]?.padStart(2, '0')}-${day[1]?.padStart(2, '0')}`;
  const month = /tháng\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?/.exec(folded);
  if (month) return `${month[2] ?? year}-${month[1]?.padStart(2, '0')}`;
  const quarter = /quý\s*(iv|iii|ii|i|[1-4])(?:\s*\/\s*(\d{4}))?/.exec(folded);
  if (quarter) {
    const q = { i: 1, ii: 2, iii: 3, iv: 4 }[quarter[1] ?? ''] ?? Number(quarter[1]);
    return `${quarter[2] ?? year}-Q${q}`;
  }
  if (/6 tháng đầu/.test(folded)) return `${year}-H1`;
  if (/6 tháng cuối/.test(folded)) return `${year}-H2`;
  return value.trim();
}

export function readProgramme(
  table: Cell[][],
  context: { year: number; unitCode: string },
): { rows: ProgrammeRow[]; errors: ProgrammeError[] } {
  const [heading = [], ...body] = table;
  const columns = columnsOf(heading, HEADINGS);
  const errors: ProgrammeError[] = (['no', 'title', 'lead'] as const)
    .filter((column) => !columns.has(column))
    .map((column) => ({ line: 1, column: HEADING[column], message: 'Thiếu cột này' }));
  if (errors.length > 0) return { rows: [], errors };
  const rows: ProgrammeRow[] = [];
  body.forEach((cells, offset) => {
    const line = offset + 2;
    const read = (column: Column) => {
      const at = columns.get(column);
      return at === undefined ? '' : cellText(cells[at]);
    };
    if ((['no', 'title', 'lead'] as const).every((column) => read(column) === '')) return;
    const candidate = {
      unitCode: context.unitCode,
      year: context.year,
      no: Number(read('no')),
      title: read('title'),
      lead: read('lead'),
      partners: read('partners')
        .split(/[;\n]/)
        .map((part) => part.trim())
        .filter(Boolean),
      due: readDue(read('due'), context.year),
      output: read('output'),
      status: 'not-started' as const,
      progressNote: '',
      units: [],
    };
    const parsed = activitySchema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        const column = oneOf(COLUMN_NAMES, field);
        errors.push({ line, column: column ? HEADING[column] : field, message: issue.message });
      }
      return;
    }
    if (rows.some((row) => row.data.no === parsed.data.no)) {
      errors.push({ line, column: HEADING.no, message: 'Số thứ tự trùng với một dòng trước' });
      return;
    }
    rows.push({
      line,
      id: `wp-${context.year}-${String(parsed.data.no).padStart(2, '0')}`,
      data: parsed.data,
    });
  });
  return { rows, errors };
}

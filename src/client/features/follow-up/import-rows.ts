// Turns the rows of an earlier year's spreadsheet into recommendations, or into per-row errors.
// Nothing is imported while any row has an error (the page says which, and where), so an import
// never leaves half a file on the device. Each row's id is derived from its content, so importing
// the same file twice edits the same records instead of duplicating them.
import { validateRecord } from '../../../shared/entities.ts';
import type { Plan } from '../../../shared/schemas/plan.ts';
import type { Recommendation } from '../../../shared/schemas/recommendation.ts';
import type { Unit } from '../../../shared/schemas/unit.ts';
import { fold } from '../../../shared/text/fold.ts';
import { kindOf, levelOf, statusOf, themeOf } from './import-words.ts';

import { cellText, columnsOf, type Cell } from '../../ui/read-table.ts';
import type { ImportError } from '../../ui/import-errors.tsx';

export type { Cell };

type Column =
  | 'year'
  | 'unit'
  | 'level'
  | 'theme'
  | 'kind'
  | 'text'
  | 'addressee'
  | 'status'
  | 'answer'
  | 'cause'
  | 'solution';

/** Headings as offices write them, folded; the first that a heading starts with wins. */
const HEADINGS: [string, Column][] = [
  ['nam', 'year'],
  ['don vi', 'unit'],
  ['dia ban', 'unit'],
  ['cap', 'level'],
  ['chu de', 'theme'],
  ['loai', 'kind'],
  ['noi dung kien nghi', 'text'],
  ['noi dung tra loi', 'answer'],
  ['noi dung', 'text'],
  ['kien nghi', 'text'],
  ['co quan', 'addressee'],
  ['ket qua', 'status'],
  ['tinh trang', 'status'],
  ['tra loi', 'answer'],
  ['nguyen nhan', 'cause'],
  ['giai phap', 'solution'],
];

const REQUIRED: Column[] = ['year', 'unit', 'theme', 'text'];

const COLUMN_TITLE: Record<Column, string> = {
  year: 'Năm',
  unit: 'Đơn vị',
  level: 'Cấp',
  theme: 'Chủ đề',
  kind: 'Loại',
  text: 'Nội dung kiến nghị',
  addressee: 'Cơ quan nhận',
  status: 'Kết quả',
  answer: 'Trả lời',
  cause: 'Nguyên nhân',
  solution: 'Giải pháp',
};

/** Which column of the file each record field was read from, for error messages. */
const FIELD_COLUMN: Record<string, Column> = {
  year: 'year',
  unitCode: 'unit',
  level: 'level',
  themeCode: 'theme',
  kind: 'kind',
  text: 'text',
  addressee: 'addressee',
  responseStatus: 'status',
  responseText: 'answer',
  responseCause: 'cause',
  responseSolution: 'solution',
};

export type { ImportError };

export interface ImportRow {
  line: number;
  id: string;
  data: Recommendation;
}

export interface ImportResult {
  rows: ImportRow[];
  errors: ImportError[];
}

export interface ImportContext {
  units: { id: string; name: string; level: Unit['level'] }[];
  /** Unit codes the user may write. */
  scope: ReadonlySet<string>;
  plans: Pick<Plan, 'year' | 'themes'>[];
  planIdOf: (year: number) => string | null;
}

/** A cell's text; a date (a year typed as one) as its year. */
const valueText = (cell: Cell): string =>
  cell instanceof Date ? String(cell.getFullYear()) : cellText(cell);

/** A UUID (version 5 layout) from a row's content: the same row always gets the same id. */
async function contentId(parts: (string | number)[]): Promise<string> {
  const bytes = new Uint8Array(
    await crypto.subtle.digest('SHA-256', new TextEncoder().encode(parts.join('\u001f'))),
  ).slice(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export async function importRows(table: Cell[][], context: ImportContext): Promise<ImportResult> {
  const [heading = [], ...body] = table;
  const columns = columnsOf(heading, HEADINGS);
  const missing = REQUIRED.filter((column) => !columns.has(column));
  if (missing.length > 0) {
    return {
      rows: [],
      errors: missing.map((column) => ({
        line: 1,
        column: COLUMN_TITLE[column],
        message: 'Thiếu cột này trong dòng tiêu đề',
      })),
    };
  }
  const unitsByKey = new Map<string, ImportContext['units'][number]>();
  // Commune names repeat across districts ("Xã Đắk Long" is in three): the user's own wins.
  const ordered = [...context.units].sort(
    (a, b) => Number(context.scope.has(a.id)) - Number(context.scope.has(b.id)),
  );
  for (const unit of ordered) {
    unitsByKey.set(unit.id, unit);
    unitsByKey.set(fold(unit.name), unit);
  }
  const rows: ImportRow[] = [];
  const errors: ImportError[] = [];
  for (const [index, cells] of body.entries()) {
    const line = index + 2;
    const read = (column: Column) => {
      const at = columns.get(column);
      return at === undefined ? '' : valueText(cells[at]);
    };
    if (cells.every((cell) => valueText(cell) === '')) continue;
    const rowErrors: ImportError[] = [];
    const fail = (column: Column, message: string) =>
      rowErrors.push({ line, column: COLUMN_TITLE[column], message });

    const year = Number(read('year'));
    if (!Number.isInteger(year) || year < 2000 || year > 2100) fail('year', 'Năm không hợp lệ');
    const unit = unitsByKey.get(read('unit')) ?? unitsByKey.get(fold(read('unit')));
    if (!unit) fail('unit', 'Không tìm thấy đơn vị này');
    else if (!context.scope.has(unit.id)) fail('unit', 'Đơn vị ngoài phạm vi của bạn');
    const level = levelOf(read('level'), unit?.level);
    if (!level) fail('level', 'Cấp không hợp lệ');
    const themeCode = themeOf(read('theme'), year, context.plans);
    if (!themeCode) fail('theme', 'Chủ đề không có trong kế hoạch');
    const kind = kindOf(read('kind'));
    if (!kind) fail('kind', 'Loại phải là kiến nghị, sáng kiến hoặc thông điệp');
    const responseStatus = statusOf(read('status'));
    if (!responseStatus) fail('status', 'Kết quả không rõ');

    if (rowErrors.length === 0 && unit && level && themeCode && kind && responseStatus) {
      const data: Recommendation = {
        planId: context.planIdOf(year),
        forumId: null,
        unitCode: unit.id,
        level,
        year,
        themeCode,
        kind,
        text: read('text'),
        addressee: read('addressee'),
        speakerAgeBand: null,
        speakerGender: null,
        responseStatus,
        responseText: read('answer'),
        responseCause: read('cause'),
        responseSolution: read('solution'),
        respondedAt: null,
        forwardedTo: null,
        sourceIds: [],
      };
      const checked = validateRecord('recommendation', data);
      if (checked.success) {
        const id = await contentId([year, unit.id, themeCode, fold(data.text)]);
        // validateRecord is typed for any entity; this data passed the recommendation's schema.
        rows.push({ line, id, data: checked.data as Recommendation });
      } else {
        for (const issue of checked.issues) {
          const column = FIELD_COLUMN[String(issue.path[0])] ?? 'text';
          fail(column, issue.message);
        }
      }
    }
    errors.push(...rowErrors);
  }
  const seen = new Map<string, number>();
  for (const row of rows) {
    const first = seen.get(row.id);
    if (first !== undefined)
      errors.push({
        line: row.line,
        column: COLUMN_TITLE.text,
        message: `Trùng với dòng ${first}`,
      });
    else seen.set(row.id, row.line);
  }
  if (rows.length === 0 && errors.length === 0)
    errors.push({ line: 2, column: COLUMN_TITLE.text, message: 'Tệp không có dòng dữ liệu nào' });
  return { rows, errors };
}

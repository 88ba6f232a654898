// The compiled recommendations as spreadsheet rows: a summary sheet and one sheet per theme, and the
// CSV form. Plain data here (the full data's forum and participant sheets: data-sheets.ts);
// export.worker.ts turns it into an .xlsx away from the screen's thread.
import type { Recommendation } from '../../../shared/schemas/recommendation.ts';
import {
  AGE_BAND_LABEL,
  GENDER_LABEL,
  KIND_LABEL,
  LEVEL_LABEL,
  RESPONSE_LABEL,
} from '../../i18n/labels.ts';
import type { ReportFigures } from '../../../shared/reports/report-figures.ts';
import { OTHER_THEMES } from '../../../shared/reports/recommendations-section.ts';

export type CellValue = string | number | null;
export interface SheetRows {
  name: string;
  rows: CellValue[][];
}

/** A column of a data sheet: its heading, and what a row shows under it. */
export type Column<T> = readonly [heading: string, cell: (row: T) => CellValue];

/** A sheet with a line for each of `rows` under the columns' headings, each heading beside its value. */
export function columnSheet<T>(
  name: string,
  columns: readonly Column<T>[],
  rows: readonly T[],
): SheetRows {
  return {
    name,
    rows: [
      columns.map(([heading]) => heading),
      ...rows.map((row) => columns.map(([, cell]) => cell(row))),
    ],
  };
}

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
export function sheetName(index: number, title: string): string {
  const clean = title.replace(/^Trẻ em tham gia /, '').replace(/[[\]:*?/\\]/g, ' ');
  const name = `${index + 1}. ${clean.charAt(0).toUpperCase()}${clean.slice(1)}`;
  return name.length > 31 ? `${name.slice(0, 30)}…` : name;
}

/** The columns of a recommendation's row, in every export that lists them. */
export const RECOMMENDATION_HEADER = [
  'STT',
  'Năm',
  'Đơn vị',
  'Cấp',
  'Loại',
  'Nội dung',
  'Cơ quan nhận',
  'Độ tuổi',
  'Giới tính',
  'Kết quả trả lời',
  'Nội dung trả lời',
  'Nguyên nhân',
  'Giải pháp',
  'Đã chuyển lên',
];

type RecommendationRow = Pick<
  Recommendation,
  | 'year'
  | 'unitCode'
  | 'level'
  | 'kind'
  | 'text'
  | 'addressee'
  | 'speakerAgeBand'
  | 'speakerGender'
  | 'responseStatus'
  | 'responseText'
  | 'responseCause'
  | 'responseSolution'
  | 'forwardedTo'
  | 'themeCode'
>;

export function recommendationRow(
  r: RecommendationRow,
  index: number,
  unitName: (code: string) => string,
): CellValue[] {
  return [
    index + 1,
    r.year,
    unitName(r.unitCode),
    LEVEL_LABEL[r.level],
    KIND_LABEL[r.kind],
    r.text,
    r.addressee,
    r.speakerAgeBand ? AGE_BAND_LABEL[r.speakerAgeBand] : '',
    r.speakerGender ? GENDER_LABEL[r.speakerGender] : '',
    RESPONSE_LABEL[r.responseStatus],
    r.responseText,
    r.responseCause,
    r.responseSolution,
    r.forwardedTo ? LEVEL_LABEL[r.forwardedTo] : '',
  ];
}

export function summarySheet(figures: ReportFigures): SheetRows {
  const header = [
    'Chủ đề',
    KIND_LABEL.recommendation,
    KIND_LABEL.initiative,
    KIND_LABEL.message,
    'Tổng số',
    RESPONSE_LABEL.implemented,
    RESPONSE_LABEL['in-progress'],
    RESPONSE_LABEL['not-possible'],
    RESPONSE_LABEL.pending,
  ];
  const rows: CellValue[][] = figures.recommendations.themes.map((theme) => [
    theme.title,
    theme.byKind.recommendation,
    theme.byKind.initiative,
    theme.byKind.message,
    theme.total,
    theme.byStatus.implemented,
    theme.byStatus['in-progress'],
    theme.byStatus['not-possible'],
    theme.byStatus.pending,
  ]);
  const sum = (column: number) => rows.reduce((total, row) => total + Number(row[column]), 0);
  return {
    name: 'Tổng hợp',
    rows: [header, ...rows, ['Tổng cộng', ...[1, 2, 3, 4, 5, 6, 7, 8].map(sum)]],
  };
}

/** Summary and one sheet per theme; `onProgress` is told the share done (0–1) as rows are built. */
export function recommendationSheets(
  figures: ReportFigures,
  recommendations: RecommendationRow[],
  unitName: (code: string) => string,
  onProgress: (done: number) => void = () => undefined,
): SheetRows[] {
  const sheets = [summarySheet(figures)];
  const known = new Set(figures.recommendations.themes.map((theme) => theme.themeCode));
  const belongs = (themeCode: string, r: RecommendationRow) =>
    themeCode === OTHER_THEMES ? !known.has(r.themeCode) : r.themeCode === themeCode;
  let done = 0;
  for (const [index, theme] of figures.recommendations.themes.entries()) {
    const rows: CellValue[][] = [RECOMMENDATION_HEADER];
    for (const r of recommendations) {
      if (!belongs(theme.themeCode, r)) continue;
      rows.push(recommendationRow(r, rows.length - 1, unitName));
      done += 1;
      if (done % 2000 === 0) onProgress(done / Math.max(recommendations.length, 1));
    }
    sheets.push({ name: sheetName(index, theme.title), rows });
  }
  return sheets;
}

/**
 * CSV text (UTF-8 with a byte order mark, so Excel shows Vietnamese correctly). A cell that starts
 * like a formula (=, +, -, @, tab, carriage return) gets a leading apostrophe, as OWASP's
 * CSV-injection guidance says: a child's words never run as a spreadsheet formula.
 */
export async function toCsv(rows: CellValue[][]): Promise<string> {
  const { default: Papa } = await import('papaparse');
  return `\uFEFF${Papa.unparse(
    rows.map((row) => row.map((cell) => cell ?? '')),
    { newline: '\r\n', escapeFormulae: true },
  )}\r\n`;
}

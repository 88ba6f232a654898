// Reads an uploaded .xlsx or .csv into rows of cells. Both readers are loaded only when a file is
// chosen, so they never weigh on the phone's first visit.
import { fold } from '../../shared/text/fold.ts';

/** A spreadsheet cell as the readers give it. */
export type Cell = string | number | boolean | Date | null | undefined;

/** A cell as text, trimmed; an empty cell as "". */
export const cellText = (cell: Cell): string =>
  cell === null || cell === undefined ? '' : String(cell).trim();

/**
 * Where each wanted column is in a file's heading row. Offices write headings their own way: a
 * heading is recognised when, folded (no diacritics, lower case), it starts with one of a column's
 * names, so "Nội dung hoạt động (ghi rõ)", "NOI DUNG HOAT DONG" and "nội dung hoạt động" are the same
 * column. Names are tried in order (put "noi dung tra loi" before "noi dung"); the leftmost heading
 * of a column is the one read.
 */
export function columnsOf<C extends string>(
  heading: readonly Cell[],
  names: readonly (readonly [prefix: string, column: C])[],
): Map<C, number> {
  const columns = new Map<C, number>();
  heading.forEach((cell, index) => {
    const title = fold(cellText(cell));
    if (title === '') return;
    const match = names.find(([prefix]) => title.startsWith(prefix));
    if (match && !columns.has(match[1])) columns.set(match[1], index);
  });
  return columns;
}

export class UnreadableFileError extends Error {}

export async function readTable(file: File): Promise<Cell[][]> {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx')) {
    const { readSheet } = await import('read-excel-file/browser');
    try {
      // The library types a cell more widely than the values it reads from a sheet (Cell).
      return (await readSheet(file)) as Cell[][];
    } catch {
      throw new UnreadableFileError(
        'Không đọc được tệp Excel này. Hãy lưu lại dạng .xlsx rồi thử lại.',
      );
    }
  }
  if (name.endsWith('.csv') || file.type === 'text/csv') {
    const { default: Papa } = await import('papaparse');
    // Excel writes CSV as UTF-8 with a byte order mark; strip it so the first heading matches.
    const text = (await file.text()).replace(/^\uFEFF/, '');
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
    return parsed.data;
  }
  throw new UnreadableFileError('Chỉ nhận tệp .xlsx hoặc .csv.');
}

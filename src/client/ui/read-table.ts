// Reads an uploaded .xlsx or .csv into rows of cells. Both readers are loaded only when a file is
// chosen, so they never weigh on the phone's first visit.
/** A spreadsheet cell as the readers give it. */
export type Cell = string | number | boolean | Date | null | undefined;

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

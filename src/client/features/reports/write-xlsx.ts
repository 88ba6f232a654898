// Writes sheets of rows as an .xlsx (headings bold, first row frozen). The writer is loaded only
// when a file is made; in the app it runs inside export.worker.ts.
import type { SheetRows } from './workbook.ts';

export async function writeXlsx(sheets: SheetRows[]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  return writeXlsxFile(
    sheets.map((sheet) => ({
      sheet: sheet.name,
      stickyRowsCount: 1,
      data: sheet.rows.map((row, index) =>
        row.map((value) =>
          value === null || value === ''
            ? null
            : { value, ...(index === 0 ? { fontWeight: 'bold' as const } : {}) },
        ),
      ),
    })),
    { fontFamily: 'Times New Roman', fontSize: 12 },
  ).toBlob();
}

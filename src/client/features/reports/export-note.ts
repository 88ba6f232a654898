// What every export shares: the files' media types, and the note of the export for the audit log
// (reported to the server on the next sync).
import type { ExportRecord } from '../../../shared/schemas/export-record.ts';
import type { PublicUser } from '../../../shared/schemas/user.ts';
import { db } from '../../runtime.ts';
import { noteExport } from '../../sync/export-reports.ts';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function note(
  user: PublicUser,
  kind: ExportRecord['kind'],
  format: ExportRecord['format'],
  rows: number,
) {
  await noteExport(db, { kind, format, unitCode: user.unitCode, rows });
}

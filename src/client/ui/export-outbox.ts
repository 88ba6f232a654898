// Saves the unsent outbox as a file for offline transfer, and notes the export for the audit log.
import type { PublicUser } from '../../shared/schemas/user.ts';
import { db } from '../db/db.ts';
import { noteExport } from '../sync/export-reports.ts';
import { buildOutboxFile, outboxFileName } from '../sync/outbox-file.ts';
import { downloadFile } from './download.ts';

/** Returns how many changes the file holds. */
export async function exportOutbox(
  user: Pick<PublicUser, 'id' | 'username' | 'unitCode'>,
): Promise<number> {
  const file = await buildOutboxFile(db, user);
  downloadFile(outboxFileName(file), JSON.stringify(file), 'application/json');
  await noteExport(db, {
    kind: 'outbox-file',
    format: 'json',
    unitCode: user.unitCode,
    rows: file.counts.total,
  });
  return file.counts.total;
}

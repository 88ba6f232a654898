// Attachments on the device: the record (through the one write path, with its outbox entry) and its
// bytes, by content hash, written in one transaction; evicted once the server holds them and fetched
// again when opened (docs/decisions/0010-attachments.md).
import type { Attachment } from '../../shared/schemas/attachment.ts';
import { sha256Hex } from '../../shared/sha256.ts';
import type { AppDatabase } from '../db/db.ts';
import type { FileEntry } from '../db/schema.ts';
import { saveRecord, writeTables } from '../db/write.ts';

export type AttachmentDetails = Omit<Attachment, 'sha256' | 'size' | 'mime'>;

/** Keeps a file with a record: the bytes, the attachment record and its outbox entry, or nothing. */
export async function attachFile(
  database: AppDatabase,
  id: string,
  details: AttachmentDetails,
  file: { bytes: Uint8Array<ArrayBuffer>; mime: Attachment['mime'] },
): Promise<void> {
  // The file's name on the server. Hashing awaits outside IndexedDB, so it is done before the
  // transaction opens.
  const sha256 = await sha256Hex(file.bytes);
  await database.transaction(
    'rw',
    [database.files, ...writeTables(database, 'attachment')],
    async () => {
      const known = await database.files.get(sha256);
      if (!known)
        await database.files.put({
          sha256,
          mime: file.mime,
          size: file.bytes.byteLength,
          // A copy of exactly the file, even if the caller's bytes are a view of a larger buffer.
          bytes: file.bytes.slice().buffer,
          state: 'pending',
        });
      await saveRecord(database, 'attachment', id, {
        ...details,
        sha256,
        size: file.bytes.byteLength,
        mime: file.mime,
      });
    },
  );
}

/** Keeps a file fetched from the server, so it opens offline next time. */
export async function keepDownloaded(
  database: AppDatabase,
  entry: Omit<FileEntry, 'state'>,
): Promise<void> {
  await database.files.put({ ...entry, state: 'sent' });
}

/** The bytes of the files the server holds are removed from the device; returns the bytes freed. */
export async function evictSentFiles(database: AppDatabase): Promise<number> {
  return database.transaction('rw', database.files, async () => {
    const sent = await database.files.where('state').equals('sent').toArray();
    await database.files.bulkDelete(sent.map((file) => file.sha256));
    return sent.reduce((total, file) => total + file.size, 0);
  });
}

/** What the device's files take: all of them, and those that could be freed. */
export async function fileFigures(
  database: AppDatabase,
): Promise<{ count: number; bytes: number; sentBytes: number; pending: number }> {
  const figures = { count: 0, bytes: 0, sentBytes: 0, pending: 0 };
  await database.files.each((file) => {
    figures.count += 1;
    figures.bytes += file.size;
    if (file.state === 'sent') figures.sentBytes += file.size;
    else figures.pending += 1;
  });
  return figures;
}

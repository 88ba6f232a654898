// Step 0 of a sync: the bytes of new attachments go up before their records, in pieces. After a
// dropped connection the server says how far it got and the rest follows, so a photo taken offline
// arrives once, whole, however often the network fails (docs/sync-protocol.md § Files).
import { UPLOAD_CHUNK_BYTES } from '../../shared/files/limits.ts';
import { uploadStatusSchema } from '../../shared/responses.ts';
import type { AppDatabase } from '../db/db.ts';
import type { FileEntry } from '../db/schema.ts';
import { ApiError, type ApiClient } from './api.ts';

/** Sends one file; resolves when the server holds all of it. */
export async function uploadFile(api: ApiClient, file: FileEntry): Promise<void> {
  const base = `/api/files/${file.sha256}`;
  let status = await api.get(`${base}/status`, uploadStatusSchema);
  let restarts = 0;
  const all = new Uint8Array(file.bytes);
  while (!status.complete) {
    const offset = status.received;
    const piece = all.subarray(offset, Math.min(offset + UPLOAD_CHUNK_BYTES, file.size));
    try {
      status = await api.putBytes(
        `${base}?offset=${offset}&size=${file.size}&mime=${encodeURIComponent(file.mime)}`,
        piece.slice(),
        uploadStatusSchema,
      );
    } catch (error) {
      // Out of step (another device sent the same file, or an answer was lost): ask where to go on.
      const outOfStep = error instanceof ApiError && error.status === 409;
      // Damaged on the way: the server dropped the pieces; start again, but not for ever.
      const damaged = error instanceof ApiError && error.status === 422 && restarts++ < 2;
      if (!outOfStep && !damaged) throw error;
      status = await api.get(`${base}/status`, uploadStatusSchema);
    }
  }
}

/** Sends every file not yet on the server. */
export async function uploadPendingFiles(database: AppDatabase, api: ApiClient): Promise<void> {
  const pending = await database.files.where('state').equals('pending').primaryKeys();
  for (const sha256 of pending) {
    const file = await database.files.get(sha256);
    if (file?.state !== 'pending') continue;
    try {
      await uploadFile(api, file);
      await database.files.update(sha256, { state: 'sent', failure: undefined });
    } catch (error) {
      // The network's fault stops the run, to be retried; a refusal stays with the file, beside it
      // on screen, and the other files and records still go.
      const refused =
        error instanceof ApiError && (error.kind === 'rejected' || error.kind === 'too-large');
      if (!refused) throw error;
      await database.files.update(sha256, { failure: error.problem?.title ?? error.message });
    }
  }
}

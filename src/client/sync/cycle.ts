// One sync, step by step (docs/sync-protocol.md). Loaded by the engine when it first syncs, not with
// the first screen: these steps parse every answer with the shared schemas, and zod need not be on
// the main thread before the sign-in screen is drawn (docs/decisions/0005-what-loads-first.md).
import type { AppDatabase } from '../db/db.ts';
import type { ApiClient } from './api.ts';
import { flushExportReports } from './export-reports.ts';
import { buildWaitingWords } from '../db/search-index.ts';
import { pullChanges } from './pull.ts';
import { pushOutbox } from './push.ts';
import { uploadPendingFiles } from './upload-files.ts';

export interface CycleProgress {
  sent: (sent: number) => void;
  clock: (clockAheadMs: number) => void;
  received: (received: number) => void;
}

export async function syncCycle(
  database: AppDatabase,
  api: ApiClient,
  clientId: string,
  progress: CycleProgress,
): Promise<void> {
  // Search words left from a big pull or the v6 upgrade are built on the device, online or not.
  void buildWaitingWords(database).catch(() => undefined);
  // Files first: a record that names a file reaches others after the file can be fetched.
  await uploadPendingFiles(database, api);
  const context = { database, api, clientId };
  await pushOutbox(context, progress.sent, progress.clock);
  await pullChanges(context, progress.received);
  // Not awaited: the sync is done when the records are stored; search catches up behind it, and a
  // run cut short (the app closed) resumes with the next sync.
  void buildWaitingWords(database).catch(() => undefined);
  await flushExportReports(database, api);
}

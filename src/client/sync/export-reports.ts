// Exports happen on the device, often offline. Each one is noted here and reported to the server's
// audit log on the next sync, so the log says who took which data out even when it was offline.
import type { ExportRecord } from '../../shared/schemas/export-record.ts';
import type { AppDatabase } from '../db/db.ts';
import { getMeta, setMeta } from '../db/meta.ts';
import { ApiError, type ApiClient } from './api.ts';

const KEY = 'pendingExportReports';

export async function noteExport(
  database: AppDatabase,
  entry: Omit<ExportRecord, 'id' | 'madeAt'>,
): Promise<void> {
  await database.transaction('rw', database.meta, async () => {
    const pending = (await getMeta<ExportRecord[]>(database.meta, KEY)) ?? [];
    pending.push({ ...entry, id: crypto.randomUUID(), madeAt: new Date().toISOString() });
    await setMeta(database.meta, KEY, pending);
  });
}

export async function flushExportReports(database: AppDatabase, api: ApiClient): Promise<void> {
  const pending = (await getMeta<ExportRecord[]>(database.meta, KEY)) ?? [];
  const done = new Set<string>();
  for (const entry of pending) {
    try {
      await api.post('/api/audit/exports', entry);
      done.add(entry.id);
    } catch (error) {
      // A refusal will not change on retry; anything else (offline, server busy) waits for next time.
      if (error instanceof ApiError && error.kind === 'rejected') done.add(entry.id);
      else throw error;
    }
  }
  if (done.size === 0) return;
  await database.transaction('rw', database.meta, async () => {
    const now = (await getMeta<ExportRecord[]>(database.meta, KEY)) ?? [];
    await setMeta(
      database.meta,
      KEY,
      now.filter((entry) => !done.has(entry.id)),
    );
  });
}

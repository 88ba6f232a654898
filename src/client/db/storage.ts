// The device's storage: ask the browser to keep it, say how full it is, and reopen the database
// when the browser closes the connection behind the app's back (iOS does so in the background).
import type { AppDatabase } from './db.ts';

export const STORAGE_WARN_RATIO = 0.8;

export interface StorageFigures {
  usage: number;
  quota: number;
  ratio: number;
  persisted: boolean;
}

export async function requestPersistentStorage(): Promise<boolean> {
  if (!('storage' in navigator)) return false;
  try {
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return false;
  }
}

export async function storageFigures(): Promise<StorageFigures | null> {
  if (!('storage' in navigator)) return null;
  try {
    const [{ usage = 0, quota = 0 }, persisted] = await Promise.all([
      navigator.storage.estimate(),
      navigator.storage.persisted(),
    ]);
    return { usage, quota, ratio: quota > 0 ? usage / quota : 0, persisted };
  } catch {
    return null;
  }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} kB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1).replace('.', ',')} MB`;
  return `${(bytes / 1024 ** 3).toFixed(1).replace('.', ',')} GB`;
}

/** Reopens the database whenever the browser closes it; the next read or write then just works. */
export function keepOpen(database: AppDatabase): () => void {
  const reopen = () => {
    if (!database.isOpen()) void database.open().catch(() => undefined);
  };
  database.on('close', reopen);
  return () => database.on('close').unsubscribe(reopen);
}

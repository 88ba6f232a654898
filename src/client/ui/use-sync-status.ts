import { useLiveQuery } from 'dexie-react-hooks';
import { useSyncExternalStore } from 'react';
import { db, engine } from '../runtime.ts';
import type { SyncStatus } from '../sync/engine.ts';

export function useSyncStatus(): SyncStatus {
  return useSyncExternalStore(
    (listener) => engine.subscribe(listener),
    () => engine.getStatus(),
  );
}

export function useUnsentCount(): number {
  return useLiveQuery(() => db.outbox.count(), [], 0);
}

export function useRejectedCount(): number {
  return useLiveQuery(() => db.rejected.count(), [], 0);
}

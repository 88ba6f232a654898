// Registers the service worker and tells the app when a new version waits to be applied.
import { Workbox } from 'workbox-window';
import { isMessage, SYNC_REQUESTED, SYNC_TAG, type SyncReply } from './background-sync.ts';

type Listener = () => void;
let waiting: Workbox | null = null;
const listeners = new Set<Listener>();

export const updateStore = {
  available: () => waiting !== null,
  subscribe: (listener: Listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Activates the waiting version; the page reloads once it controls the page. */
  apply: () => {
    if (!waiting) return;
    waiting.addEventListener('controlling', () => window.location.reload());
    waiting.messageSkipWaiting();
  },
};

/** `syncNow` runs a sync when Background Sync wakes the app and says whether it reached the server. */
export function registerServiceWorker(syncNow: () => Promise<boolean>) {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const wb = new Workbox('/sw.js', { scope: '/' });
  wb.addEventListener('waiting', () => {
    waiting = wb;
    listeners.forEach((listener) => listener());
  });
  navigator.serviceWorker.addEventListener('message', (event) => {
    if (!isMessage(event.data, SYNC_REQUESTED)) return;
    const [port] = event.ports;
    void syncNow().then((ok) => port?.postMessage({ ok } satisfies SyncReply));
  });
  void wb.register();
}

interface SyncManagerLike {
  register(tag: string): Promise<void>;
}

/** Asks the browser to wake us when the network returns (Chromium's Background Sync). */
export async function requestBackgroundSync() {
  if (!('serviceWorker' in navigator)) return;
  const registration = await navigator.serviceWorker.getRegistration();
  // Background Sync is Chromium's, not in the DOM types.
  const sync = (
    registration as (ServiceWorkerRegistration & { sync?: SyncManagerLike }) | undefined
  )?.sync;
  await sync?.register(SYNC_TAG).catch(() => undefined);
}

/// <reference lib="webworker" />
// The service worker: the app shell is precached so the app opens with no network; navigations
// are answered from the cache; API calls are never cached (they always reach the network or fail).
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { isMessage, SYNC_REQUESTED, SYNC_TAG, type SyncReply } from './background-sync.ts';

declare const self: ServiceWorkerGlobalScope;

precacheAndRoute(self.__WB_MANIFEST);
// The first install takes the open page at once, so it works offline from the first visit. Later
// versions wait in 'waiting' until the user agrees (SKIP_WAITING below).
clientsClaim();
cleanupOutdatedCaches();
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api\//] }),
);

// Office libraries and the export worker are not precached (most phones never make a report):
// they are kept on first use. Their names carry a content hash, so a cached copy is never stale.
registerRoute(
  ({ url }) =>
    url.origin === self.location.origin &&
    /^\/assets\/(office-|export\.worker-)[^/]+\.js$/.test(url.pathname),
  new CacheFirst({ cacheName: 'ddte-office' }),
);

self.addEventListener('message', (event) => {
  if (isMessage(event.data, 'SKIP_WAITING')) void self.skipWaiting();
});

interface SyncEvent extends ExtendableEvent {
  tag: string;
}

// How long an open page may take to sync before the worker counts the attempt as failed (Chromium
// allows a sync event a few minutes).
const PAGE_SYNC_TIMEOUT_MS = 60_000;

function askPageToSync(client: Client): Promise<boolean> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(false), PAGE_SYNC_TIMEOUT_MS);
    channel.port1.onmessage = (event: MessageEvent<SyncReply | null>) => {
      clearTimeout(timer);
      resolve(event.data?.ok === true);
    };
    client.postMessage({ type: SYNC_REQUESTED }, [channel.port2]);
  });
}

// Background Sync: the browser wakes the worker when the network is back; open pages run the sync
// (the records wait in the page's database and its engine sends them). A failure is reported back,
// so the browser keeps the tag and retries later on its own backoff; with no page open there is
// nothing to send from here, and the app syncs when it next opens.
self.addEventListener('sync', (event) => {
  // Background Sync's event is Chromium's, not in the service worker types.
  const syncEvent = event as SyncEvent;
  if (syncEvent.tag !== SYNC_TAG) return;
  syncEvent.waitUntil(
    self.clients.matchAll({ type: 'window' }).then(async (clients) => {
      if (clients.length === 0) return;
      const results = await Promise.all(clients.map(askPageToSync));
      if (!results.includes(true)) throw new Error('no open page reached the server');
    }),
  );
});

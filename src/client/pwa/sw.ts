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
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

interface SyncEvent extends ExtendableEvent {
  tag: string;
}

// Background Sync: the browser wakes the worker when the network is back; open pages run the sync.
self.addEventListener('sync', (event) => {
  const syncEvent = event as SyncEvent;
  if (syncEvent.tag !== 'ddte-sync') return;
  syncEvent.waitUntil(
    self.clients.matchAll({ type: 'window' }).then((clients) => {
      clients.forEach((client) => client.postMessage({ type: 'SYNC_REQUESTED' }));
    }),
  );
});

// The app itself, imported by main.tsx once index.html's shell is on screen. Its modules are
// evaluated in stages, each in a task of its own: evaluating them all at once (Dexie, the sync
// engine, Preact and the shell) was one task of about 110 ms on a phone's CPU, most of Lighthouse's
// blocking time on a first visit (docs/decisions/0005-what-loads-first.md).
import { oncePerOutage } from './pwa/background-sync.ts';
import { registerServiceWorker, requestBackgroundSync } from './pwa/register.ts';

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');

/**
 * The second stage's chunks, for a first visit to fetch while the first stage's download: the build
 * writes their names in place of the placeholder (vite.config.ts § laterStageChunks).
 */
const LATER_STAGE: readonly string[] = import.meta.env.DEV ? [] : ['__LATER_STAGE_CHUNKS__'];

/** Asks the browser to download a chunk (named relative to this one) now, without evaluating it. */
function prefetch(href: string) {
  const link = document.createElement('link');
  link.rel = 'prefetch';
  link.href = new URL(href, import.meta.url).href;
  document.head.append(link);
}

/** Lets the browser paint and answer input between two stages. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

// The service worker installs after the first screen is up and the browser is idle: installing it
// stores every screen's code (precache), work that would otherwise compete with the first screen on
// a slow phone (Lighthouse counted 0.6 s of blocking time for it; docs/performance.md).
const whenIdle = (run: () => void) =>
  'requestIdleCallback' in window
    ? requestIdleCallback(run, { timeout: 4000 })
    : setTimeout(run, 1000);

async function start(container: HTMLElement) {
  // Once the service worker holds every chunk, nothing is to be gained.
  if (!('serviceWorker' in navigator) || !navigator.serviceWorker.controller)
    LATER_STAGE.forEach(prefetch);
  // 1. The device database, the session it holds and the sync engine.
  const [{ engine }, { sessionStore }, { onDeviceResetElsewhere }] = await Promise.all([
    import('./runtime.ts'),
    import('./session/store.ts'),
    import('./session/other-tabs.ts'),
  ]);
  void sessionStore.load();
  // Another tab signed in as another account: this one's session and screens are the old one's.
  onDeviceResetElsewhere(() => location.reload());
  const syncForWorker = async () => {
    await engine.syncNow();
    return engine.getStatus().phase === 'idle';
  };
  const registerLater = () => whenIdle(() => registerServiceWorker(syncForWorker));
  if (document.readyState === 'complete') registerLater();
  else window.addEventListener('load', registerLater, { once: true });
  const askForWakeUp = oncePerOutage();
  engine.subscribe((status) => {
    if (askForWakeUp(status.phase)) void requestBackgroundSync();
  });
  await nextTask();

  // 2. Preact, the shell and its router. An English user's catalogue is a precached chunk: waiting
  //    for it avoids a flash of Vietnamese.
  const [{ renderApp }, { localeStore }] = await Promise.all([
    import('./app/render.tsx'),
    import('./i18n/locale.ts'),
  ]);
  await localeStore.init().catch(() => undefined);
  await nextTask();

  // 3. The first render.
  renderApp(container);
}

void start(root);

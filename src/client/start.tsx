// The app itself, evaluated by main.tsx once index.html's shell is on screen.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { localeStore } from './i18n/locale.ts';
import { oncePerOutage } from './pwa/background-sync.ts';
import { registerServiceWorker, requestBackgroundSync } from './pwa/register.ts';
import { engine } from './runtime.ts';
import { sessionStore } from './session/store.ts';

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');

// The service worker installs after the first screen is up and the browser is idle: installing it
// stores every screen's code (precache), work that would otherwise compete with the first screen on
// a slow phone (Lighthouse counted 0.6 s of blocking time for it; docs/performance.md).
const whenIdle = (run: () => void) =>
  'requestIdleCallback' in window
    ? requestIdleCallback(run, { timeout: 4000 })
    : setTimeout(run, 1000);
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
void sessionStore.load();

// An English user's catalogue is a precached chunk: waiting for it avoids a flash of Vietnamese.
// The first render gets a task of its own: evaluating the app and drawing it in one go would block
// a cheap phone's main thread for one long task.
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
void localeStore.init().finally(() => setTimeout(render));

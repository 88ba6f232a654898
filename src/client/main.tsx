// Entry. index.html paints a shell (the sign-in heading) from its own HTML and inlined CSS; the app
// (start.tsx, about 110 kB of JavaScript) is fetched and evaluated once that shell is on screen, so a
// slow phone shows something at once and the download does not compete with the first paint
// (docs/decisions/0005-what-loads-first.md).
import { insecureContextMessage } from './insecure-context.ts';
import { watchInstallability } from './pwa/install-store.ts';
import './ui/styles/index.css';

const insecure = insecureContextMessage(window.location, window.isSecureContext);
const root = document.getElementById('root');
if (insecure && root) root.innerHTML = insecure;

// Chromium fires beforeinstallprompt early; listen before anything else can delay us.
if (!insecure) watchInstallability();

let started = insecure !== null;
function start() {
  if (started) return;
  started = true;
  void import('./start.tsx');
}

// The browser reports the first contentful paint after it reached the screen. A browser without
// paint timing, or a tab opened in the background (it does not paint), starts after a short wait.
if (PerformanceObserver.supportedEntryTypes.includes('paint')) {
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    start();
  }).observe({ type: 'paint', buffered: true });
}
setTimeout(start, 300);

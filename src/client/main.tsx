// Entry. index.html paints a shell (the sign-in heading) from HTML and CSS alone; the app's modules
// download in parallel (modulepreload, see vite.config.ts) but are evaluated only after that first
// paint, so a slow phone shows something at once instead of waiting on 110 kB of JavaScript.
import { watchInstallability } from './pwa/install-store.ts';
import './ui/styles.css';

// Chromium fires beforeinstallprompt early; listen before anything else can delay us.
watchInstallability();

requestAnimationFrame(() => setTimeout(() => void import('./start.tsx')));

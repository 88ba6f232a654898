// Whether the app can be installed, and how: Chromium offers a prompt event; iOS Safari has none,
// so it gets a short guide instead (Safari deletes a non-installed site's data after seven days).
type Listener = () => void;

interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export type InstallState = 'installed' | 'prompt' | 'ios-guide' | 'unavailable';

let deferred: InstallPromptEvent | null = null;
let installed = false;
const listeners = new Set<Listener>();
const notify = () => listeners.forEach((listener) => listener());

function standalone(): boolean {
  // iOS Safari's own flag, not in the DOM types.
  const nav = navigator as Navigator & { standalone?: boolean };
  return nav.standalone === true || window.matchMedia('(display-mode: standalone)').matches;
}

function isIos(): boolean {
  // iPadOS presents itself as a Mac with touch.
  return (
    /iPhone|iPad|iPod/.test(navigator.userAgent) ||
    (/Macintosh/.test(navigator.userAgent) && navigator.maxTouchPoints > 1)
  );
}

export function watchInstallability() {
  window.addEventListener('beforeinstallprompt', (event) => {
    // Keep the browser's mini-bar away; the app offers its own button where it makes sense.
    event.preventDefault();
    // Chromium's 'beforeinstallprompt' event is not in the DOM types.
    deferred = event as InstallPromptEvent;
    notify();
  });
  window.addEventListener('appinstalled', () => {
    installed = true;
    deferred = null;
    notify();
  });
}

export const installStore = {
  state: (): InstallState => {
    if (installed || standalone()) return 'installed';
    if (deferred) return 'prompt';
    return isIos() ? 'ios-guide' : 'unavailable';
  },
  subscribe: (listener: Listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  install: async (): Promise<boolean> => {
    if (!deferred) return false;
    const event = deferred;
    deferred = null;
    await event.prompt();
    const { outcome } = await event.userChoice;
    notify();
    return outcome === 'accepted';
  },
};

// Where Debian's Chromium lives, and how `npm test` and `npm run bench` get it when it is missing
// (as `.ci/run` does). Playwright's own browser download cannot work here.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser'];

export function chromiumPath(): string {
  const configured = process.env['CHROMIUM_PATH'];
  if (configured) return configured;
  return CANDIDATES.find((path) => existsSync(path)) ?? CANDIDATES[0] ?? '/usr/bin/chromium';
}

export function hasChromium(): boolean {
  return existsSync(chromiumPath());
}

function apt(args: string[]): boolean {
  const result = spawnSync('apt-get', args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

/**
 * True when Chromium is there, after installing Debian's package when it is missing and this runs as
 * root on Debian; otherwise prints how to get it and returns false.
 */
export function ensureChromium(purpose: string): boolean {
  if (hasChromium()) return true;
  if (process.getuid?.() === 0 && existsSync('/etc/debian_version')) {
    console.log(`Chromium is missing: installing Debian’s chromium package for ${purpose}…`);
    if (apt(['update', '-qq']) && apt(['install', '-y', '-qq', 'chromium']) && hasChromium())
      return true;
  }
  console.error(
    `Chromium is needed for ${purpose} and was not found at ${chromiumPath()}.\n` +
      'Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to its executable.',
  );
  return false;
}

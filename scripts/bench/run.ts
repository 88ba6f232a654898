// `npm run bench [-- --check]`: the figures that say whether the app is fast enough for a cheap
// phone on 3G and a small server, measured on the built app served by the real server, in Debian's
// Chromium, and with 1,000 simulated devices on PostgreSQL. Writes bench/results.json and prints a
// table; with --check, exits 1 when a budget is missed.
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config.ts';
import { chromiumPath, ensureChromium } from '../chromium.ts';
import { budget, figures, finish, log, run } from './report.ts';
import { processUse, stopServerProcess } from './server-process.ts';
import { accounts, PULL_RECORDS, seed, startServer } from './site.ts';
import { bundleFigures } from './steps/bundle.ts';
import { deviceFigures, photoFigures } from './steps/device.ts';
import { lighthouseFigures } from './steps/lighthouse.ts';
import { loadFigures, serverFigures } from './steps/server.ts';
import { slowPull } from './steps/slow-pull.ts';
import { warmStart } from './steps/warm-start.ts';

const CHECK = process.argv.includes('--check');
// `--only lighthouse,device`: re-measure some steps (bundle, lighthouse, warm, device, photo, pull,
// server, load).
const onlyArg = process.argv[process.argv.indexOf('--only') + 1];
const ONLY = process.argv.includes('--only') && onlyArg ? new Set(onlyArg.split(',')) : null;
const wanted = (step: string) => !ONLY || ONLY.has(step);

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

async function main() {
  const began = Date.now();
  const browserSteps = ['lighthouse', 'warm', 'device', 'photo', 'pull'].some(wanted);
  if (browserSteps && !ensureChromium('npm run bench')) process.exit(1);
  log('building the app and the device benchmark page');
  run('node_modules/.bin/vite', ['build', '--logLevel', 'warn']);
  run('node_modules/.bin/vite', ['build', '--config', 'scripts/bench/browser/vite.config.ts']);
  if (wanted('bundle')) bundleFigures();

  const root = await mkdtemp(join(tmpdir(), 'ddte-bench-'));
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  try {
    server = await startServer(join(root, 'data'));
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    const { token } = await accounts();
    if (wanted('pull')) {
      log(`seeding ${PULL_RECORDS} recommendations on the server`);
      await seed(token);
    }
    if (wanted('lighthouse')) {
      log('Lighthouse (mobile)');
      await lighthouseFigures();
    }
    if (wanted('warm')) {
      log('offline warm start');
      await warmStart(browser);
    }
    if (wanted('device')) {
      log('device: save, list, search, apply');
      await deviceFigures(browser);
    }
    if (wanted('photo')) {
      log('photo compression');
      await photoFigures(browser);
    }
    if (wanted('pull')) {
      log('first pull over slow 3G');
      await slowPull(browser);
    }
    const peak = processUse(server.pid).rssMb;
    figures['peakServerMemoryMb'] = peak;
    // The embedded database's server after the district's 20,000 records went in and out.
    if (wanted('pull'))
      budget('server peak memory, PGlite, 20,000 records', peak, 'MB', 'max', 400);
  } finally {
    await browser?.close();
    if (server) await stopServerProcess(server);
    await rm(root, { recursive: true, force: true });
  }
  if (wanted('server')) {
    log('server ingest and pull on PGlite and PostgreSQL');
    await serverFigures();
  }
  if (wanted('load')) {
    log('1,000 devices at once on PostgreSQL (60 s)');
    await loadFigures();
  }

  await finish(began, CHECK);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

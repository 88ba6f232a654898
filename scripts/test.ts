// `npm test`: type-check, lint, format check, unit tests, server tests on PGlite and on PostgreSQL,
// the client↔server sync tests, the production build, and the browser tests in Chromium (one of them
// starts the built server over TLS, as docs/deploy.md says). Stops at the first failing stage; ends
// with one line "N passed, N failed". On two cores, steps that do not depend on each other run side
// by side: the checks together, and the production build beside the tests (vite.config.ts runs unit
// and PGlite files two at a time, then PostgreSQL files one at a time); a step run beside another
// prints its output when it ends.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './chromium.ts';

const bin = (name: string) => `node_modules/.bin/${name}`;
const DEFAULT_PG = 'postgres://postgres@127.0.0.1:5432/test';

/** Runs a step with its output kept, printed whole when it ends (for steps run side by side). */
function runQuiet(
  title: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, ...env } });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('close', (code) => {
      console.log(`\n▶ ${title}`);
      process.stdout.write(Buffer.concat(output));
      if (code !== 0) console.error(`✖ ${title} failed`);
      resolve(code === 0);
    });
  });
}

/** Runs a step with its output streamed as it comes. */
function runLive(
  title: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<boolean> {
  console.log(`\n▶ ${title}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('close', (code) => {
      if (code !== 0) console.error(`✖ ${title} failed`);
      resolve(code === 0);
    });
  });
}

const all = async (steps: Promise<boolean>[]) => (await Promise.all(steps)).every(Boolean);

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}
interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

const started = Date.now();
const testDatabaseUrl = process.env['TEST_DATABASE_URL'] || DEFAULT_PG;
mkdirSync('.tmp', { recursive: true });
rmSync('.tmp/vitest.json', { force: true });
rmSync('.tmp/playwright.json', { force: true });

async function stages(): Promise<boolean> {
  if (!ensureChromium('the browser tests')) return false;
  const checked = await all([
    runQuiet('type-check', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']),
    runQuiet('lint', bin('eslint'), ['.', '--max-warnings=0']),
    runQuiet('format', bin('prettier'), ['--check', '.']),
  ]);
  if (!checked) return false;
  const build = async () =>
    (await runQuiet('production build (app)', bin('vite'), ['build', '--logLevel', 'warn'])) &&
    runQuiet('production build (server)', bin('tsx'), ['scripts/build-server.ts']);
  const tested = await all([
    runLive(
      `unit, server (PGlite and PostgreSQL at ${testDatabaseUrl.replace(/:[^:@/]+@/, ':***@')}) and sync tests`,
      bin('vitest'),
      ['run', '--reporter=default', '--reporter=json', '--outputFile.json=.tmp/vitest.json'],
      { TEST_DATABASE_URL: testDatabaseUrl },
    ),
    build(),
  ]);
  return (
    tested &&
    runLive('browser tests (Chromium)', bin('playwright'), ['test', '--reporter=list,json'], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: '.tmp/playwright.json',
      TEST_DATABASE_URL: testDatabaseUrl,
    })
  );
}

let ok = await stages();

const vitest = readJson('.tmp/vitest.json') as VitestReport | undefined;
const browser = readJson('.tmp/playwright.json') as PlaywrightReport | undefined;
const passed =
  (vitest?.numPassedTests ?? 0) + (browser ? browser.stats.expected + browser.stats.flaky : 0);
const failed = (vitest?.numFailedTests ?? 0) + (browser?.stats.unexpected ?? 0);
const skipped =
  (vitest ? vitest.numPendingTests + vitest.numTodoTests : 0) + (browser?.stats.skipped ?? 0);
if (skipped > 0) {
  console.error(`✖ ${skipped} tests were skipped: a test that cannot run must fail, not skip`);
  ok = false;
}
if (ok && (!vitest || !browser)) {
  console.error('✖ a test runner wrote no report');
  ok = false;
}
console.log(
  `\nvitest: ${vitest?.numPassedTests ?? 0} passed, ${vitest?.numFailedTests ?? 0} failed`,
);
console.log(
  `playwright: ${browser?.stats.expected ?? 0} passed, ${browser?.stats.unexpected ?? 0} failed`,
);
console.log(`time: ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`${passed} passed, ${ok ? failed : Math.max(failed, 1)} failed`);
process.exit(ok ? 0 : 1);

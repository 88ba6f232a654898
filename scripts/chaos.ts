// `npm run chaos [-- --runs 100 --devices 10 --changes 10000 --kills 3 --seed 1 --db pglite --jobs 1 --instances 1]`:
// seeded chaos runs (tests/chaos/chaos.ts); prints each run's seed, counts and faults, then one summary,
// and exits 1 if any run lost, duplicated, leaked or diverged. Reproduce a run with its seed and
// `--runs 1`. `--db postgres` runs the server on a private PostgreSQL cluster that is crashed and
// restarted once per run (`--db-restarts N` for more); `--instances 2` runs two server processes on
// it, each request going to either (as behind a load balancer). `--jobs N` splits the seeds over N worker
// processes (each run has its own server, port and database), so 100 runs fit in an afternoon.
import 'fake-indexeddb/auto';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPglite } from '../src/server/db/client.ts';
import { migrateAndSeed } from '../src/server/db/prepare.ts';
import { failures, runChaos, type ChaosReport } from '../tests/chaos/chaos.ts';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number`);
  return value;
}
function textOption(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const runs = option('runs', 100);
const devices = option('devices', 10);
const changes = option('changes', 10_000);
const kills = option('kills', 3);
const firstSeed = option('seed', 1);
const jobs = Math.max(1, Math.min(option('jobs', 1), runs));
function databaseOption(): 'pglite' | 'postgres' {
  const value = textOption('db') ?? 'pglite';
  if (value !== 'pglite' && value !== 'postgres')
    throw new Error('--db must be pglite or postgres');
  return value;
}
const database = databaseOption();
const databaseRestarts = option('db-restarts', 1);
const instances = option('instances', 1);
if (instances > 1 && database !== 'postgres')
  throw new Error('--instances needs --db postgres: one embedded database serves one process');
// Set by the parent on its workers: where to leave the reports, instead of printing a summary.
const reportFile = textOption('report-file');

function line(report: ChaosReport): string {
  const bad = failures(report);
  return (
    `${bad === 0 ? 'ok  ' : 'FAIL'} seed ${report.seed} (${report.database}` +
    `${report.instances > 1 ? ` × ${report.instances} instances` : ''}): ${report.records} records, ` +
    `lost ${report.lost}, duplicated ${report.duplicated}, leaked ${report.leaked}, ` +
    `diverged ${report.diverged}, rejected ${report.rejected}, server crashes ${report.serverCrashes}; ` +
    `faults ${JSON.stringify(report.faults)}; ${report.seconds} s`
  );
}

async function runHere(seeds: number[]): Promise<ChaosReport[]> {
  // One migrated, seeded database that every run copies (creating one takes seconds).
  const templateRoot = await mkdtemp(join(tmpdir(), 'ddte-chaos-template-'));
  const template = join(templateRoot, 'db');
  const prepared = await openPglite(template);
  await migrateAndSeed(prepared);
  await prepared.close();
  const reports: ChaosReport[] = [];
  try {
    for (const seed of seeds) {
      const report = await runChaos({
        seed,
        devices,
        changes,
        kills,
        template,
        database,
        databaseRestarts,
        instances,
      });
      reports.push(report);
      console.log(line(report));
    }
  } finally {
    await rm(templateRoot, { recursive: true, force: true });
  }
  return reports;
}

/** Seeds split into `jobs` contiguous ranges, each run by a worker process of this script. */
async function runInWorkers(): Promise<ChaosReport[]> {
  const folder = await mkdtemp(join(tmpdir(), 'ddte-chaos-jobs-'));
  const share = Math.ceil(runs / jobs);
  const workers: Promise<ChaosReport[]>[] = [];
  for (let job = 0; job < jobs; job++) {
    const count = Math.min(share, runs - job * share);
    if (count <= 0) break;
    const file = join(folder, `worker-${job}.json`);
    const args = [
      ...process.execArgv,
      process.argv[1] ?? 'scripts/chaos.ts',
      ...['--runs', String(count), '--seed', String(firstSeed + job * share)],
      ...['--devices', String(devices), '--changes', String(changes), '--kills', String(kills)],
      ...['--db', database, '--db-restarts', String(databaseRestarts)],
      ...['--instances', String(instances), '--report-file', file],
    ];
    workers.push(
      new Promise<ChaosReport[]>((resolve, reject) => {
        const child = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
        child.on('error', reject);
        child.on('exit', (code) => {
          // A worker that died before writing its reports is a failure of the whole batch.
          readFile(file, 'utf8').then(
            (text) => resolve(JSON.parse(text) as ChaosReport[]),
            () => reject(new Error(`chaos worker ${job} exited with ${code} and left no reports`)),
          );
        });
      }),
    );
  }
  // Wait for every worker, also after one died, so none is left running behind the summary.
  const settled = await Promise.allSettled(workers);
  await rm(folder, { recursive: true, force: true });
  for (const outcome of settled) if (outcome.status === 'rejected') console.error(outcome.reason);
  return settled
    .flatMap((outcome) => (outcome.status === 'fulfilled' ? outcome.value : []))
    .sort((a, b) => a.seed - b.seed);
}

const began = Date.now();
const seeds = Array.from({ length: runs }, (_, run) => firstSeed + run);
const reports = jobs > 1 && !reportFile ? await runInWorkers() : await runHere(seeds);
if (reportFile) {
  await writeFile(reportFile, JSON.stringify(reports));
  process.exit(0);
}

const failed = reports.filter((r) => failures(r) > 0);
const sum = (pick: (r: ChaosReport) => number) => reports.reduce((total, r) => total + pick(r), 0);
console.log(
  `\n${reports.length} runs (seeds ${firstSeed}–${firstSeed + runs - 1}) on ${database} × ${devices} devices × ` +
    `${changes} changes, ${jobs} at a time, ${Math.round((Date.now() - began) / 60_000)} min: ${sum((r) => r.records)} records; ` +
    `faults: ${sum((r) => r.faults.droppedRequests)} dropped requests, ${sum((r) => r.faults.droppedResponses)} dropped responses, ` +
    `${sum((r) => r.faults.duplicated)} duplicated, ${sum((r) => r.faults.delayed)} delayed, ${sum((r) => r.faults.serverKills)} server kills, ` +
    `${sum((r) => r.faults.databaseRestarts)} database restarts, ` +
    `${sum((r) => r.faults.offlineSpells)} offline spells, ${sum((r) => r.faults.unavailable)} answers 503 ` +
    `(database down), ${sum((r) => r.faults.serverErrors)} answers 500; lost ${sum((r) => r.lost)}, duplicated ${sum((r) => r.duplicated)}, ` +
    `leaked ${sum((r) => r.leaked)}, diverged ${sum((r) => r.diverged)}, server crashes ${sum((r) => r.serverCrashes)}`,
);
const missing = runs - reports.length;
console.log(
  `${reports.length - failed.length} passed, ${failed.length} failed` +
    (missing > 0 ? `, ${missing} left no report` : ''),
);
process.exit(failed.length === 0 && missing === 0 ? 0 : 1);

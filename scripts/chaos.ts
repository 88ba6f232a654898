// `npm run chaos [-- --runs 100 --devices 10 --changes 10000 --kills 3 --seed 1 --db pglite]`: seeded
// chaos runs (tests/chaos/chaos.ts) one after another; prints each run's seed, counts and faults, and
// exits 1 if any run lost, duplicated, leaked or diverged. Reproduce a run with its seed and `--runs 1`.
// `--db postgres` runs the server on a private PostgreSQL cluster that is crashed and restarted once
// per run (`--db-restarts N` for more).
import 'fake-indexeddb/auto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPglite } from '../src/server/db/client.ts';
import { loadMigrations, migrate } from '../src/server/db/migrate.ts';
import { seedReferenceData } from '../src/server/db/seed.ts';
import { failures, runChaos, type ChaosReport } from '../tests/chaos/chaos.ts';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number`);
  return value;
}

const runs = option('runs', 100);
const devices = option('devices', 10);
const changes = option('changes', 10_000);
const kills = option('kills', 3);
const firstSeed = option('seed', 1);
const dbIndex = process.argv.indexOf('--db');
const database = dbIndex >= 0 ? process.argv[dbIndex + 1] : 'pglite';
if (database !== 'pglite' && database !== 'postgres')
  throw new Error('--db must be pglite or postgres');
const databaseRestarts = option('db-restarts', 1);

// One migrated, seeded database that every run copies (creating one takes seconds).
const templateRoot = await mkdtemp(join(tmpdir(), 'ddte-chaos-template-'));
const template = join(templateRoot, 'db');
const prepared = await openPglite(template);
await migrate(prepared.orm, await loadMigrations());
await seedReferenceData(prepared.orm);
await prepared.close();

const reports: ChaosReport[] = [];
for (let run = 0; run < runs; run++) {
  const report = await runChaos({
    seed: firstSeed + run,
    devices,
    changes,
    kills,
    template,
    database,
    databaseRestarts,
  });
  reports.push(report);
  const bad = failures(report);
  console.log(
    `${bad === 0 ? 'ok  ' : 'FAIL'} seed ${report.seed} (${report.database}): ${report.records} records, ` +
      `lost ${report.lost}, duplicated ${report.duplicated}, leaked ${report.leaked}, ` +
      `diverged ${report.diverged}, rejected ${report.rejected}, server crashes ${report.serverCrashes}; faults ${JSON.stringify(report.faults)}; ${report.seconds} s`,
  );
}
const failed = reports.filter((r) => failures(r) > 0);
const sum = (pick: (r: ChaosReport) => number) => reports.reduce((total, r) => total + pick(r), 0);
console.log(
  `\n${runs} runs on ${database} × ${devices} devices × ${changes} changes: ${sum((r) => r.records)} records; ` +
    `faults: ${sum((r) => r.faults.droppedRequests)} dropped requests, ${sum((r) => r.faults.droppedResponses)} dropped responses, ` +
    `${sum((r) => r.faults.duplicated)} duplicated, ${sum((r) => r.faults.delayed)} delayed, ${sum((r) => r.faults.serverKills)} server kills, ` +
    `${sum((r) => r.faults.databaseRestarts)} database restarts, ` +
    `${sum((r) => r.faults.offlineSpells)} offline spells, ${sum((r) => r.faults.unavailable)} answers 503 ` +
    `(database down), ${sum((r) => r.faults.serverErrors)} answers 500; lost ${sum((r) => r.lost)}, duplicated ${sum((r) => r.duplicated)}, ` +
    `leaked ${sum((r) => r.leaked)}, diverged ${sum((r) => r.diverged)}, server crashes ${sum((r) => r.serverCrashes)}`,
);
console.log(`${runs - failed.length} passed, ${failed.length} failed`);
await rm(templateRoot, { recursive: true, force: true });
process.exit(failed.length === 0 ? 0 : 1);

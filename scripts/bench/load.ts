// Many devices at once against one server process: `npm run bench:load [-- --db postgres
// --devices 1000 --seconds 60 --think-ms 5000 --batch 5]`. Each simulated device has a connection of
// its own, pushes small batches with a think time between them and pulls now and then; meanwhile a
// district opens the app (a first pull page) and a monitor asks /api/health, both timed. At the end
// the server's database is read: every acknowledged change must be there exactly once.
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pLimit from 'p-limit';
import { openPglite, openPostgres } from '../../src/server/db/client.ts';
import { createAccount, freePort, postJson } from '../../src/server/testing/http.ts';
import { districtOffice, monitor, phone, type LoadRun } from './load/actors.ts';
import { percentiles, type Percentiles } from './load/timed-call.ts';
import { readTruth } from './load/truth.ts';
import { mulberry32 } from './random.ts';
import { scratchPostgres } from './scratch-database.ts';
import { processUse, startServerProcess, stopServerProcess } from './server-process.ts';

export interface LoadOptions {
  db: 'pglite' | 'postgres';
  devices: number;
  seconds: number;
  /** Mean time a device waits between two pushes. */
  thinkMs: number;
  /** Mutations per push. */
  batch: number;
}

export interface LoadFigures extends LoadOptions {
  pushes: number;
  pushesPerSecond: number;
  mutationsPerSecond: number;
  push: Percentiles;
  devicePull: Percentiles;
  districtPull: Percentiles;
  health: Percentiles;
  errors: number;
  errorKinds: Record<string, number>;
  acknowledged: number;
  onServer: number;
  createdTwice: number;
  serverPeakRssMb: number;
  serverCpuSeconds: number;
}

const ADMIN_PASSWORD = 'load-quan-tri-mat-khau';
const PASSWORD = 'load-password-123';
const DISTRICTS = ['ia-h-drai', 'dak-ha', 'sa-thay', 'kon-plong', 'ngoc-hoi'];

async function startServer(port: number, env: Record<string, string>): Promise<ChildProcess> {
  // LOAD_CPU_PROFILE=<folder>: the server writes a V8 CPU profile there when it stops.
  const profile = process.env['LOAD_CPU_PROFILE'];
  const profiling = profile ? ['--cpu-prof', '--cpu-prof-dir', profile] : [];
  return startServerProcess(
    port,
    { STATIC_DIR: '/nonexistent', ADMIN_PASSWORD, LOG_LEVEL: 'error', ...env },
    profiling,
  );
}

/** The communes of a district, from the seeded unit tree. */
function communesOf(district: string): string[] {
  const tree = JSON.parse(readFileSync('src/server/db/seed-data/kontum-units.json', 'utf8')) as {
    districts: { code: string; communes: { code: string }[] }[];
  };
  return tree.districts.find((entry) => entry.code === district)?.communes.map((c) => c.code) ?? [];
}

export async function benchLoad(options: LoadOptions): Promise<LoadFigures> {
  const random = mulberry32(20_260_601);
  const port = await freePort();
  const root = await mkdtemp(join(tmpdir(), 'ddte-load-'));
  const scratch = options.db === 'postgres' ? await scratchPostgres('ddte_load') : null;
  const databaseUrl = scratch?.url ?? '';
  const server = await startServer(port, {
    DATABASE_URL: databaseUrl,
    DATA_DIR: join(root, 'data'),
  });
  const base = `http://127.0.0.1:${port}`;
  const acknowledged = new Set<string>();
  try {
    // Accounts as an administrator makes them: each of five districts has staff and collaborators;
    // each collaborator account is used on several phones (devices), as happens when a commune shares.
    const admin = await postJson<{ token: string }>(base, '/api/auth/login', {
      username: 'admin',
      password: ADMIN_PASSWORD,
    });
    // Made a few at a time: each costs three password hashes, which the server runs two at once.
    const limit = pLimit(4);
    const districtTokens = await Promise.all(
      DISTRICTS.map((district) =>
        limit(async () => {
          const staff = await createAccount(
            base,
            admin.token,
            { username: `load.${district}`, role: 'district', unitCode: district },
            PASSWORD,
          );
          return staff.token;
        }),
      ),
    );
    const accounts = await Promise.all(
      DISTRICTS.flatMap((district) => communesOf(district).slice(0, 8)).map((commune) =>
        limit(async () => {
          const username = `load.${commune.replace('/', '.')}`;
          const account = { username, role: 'collaborator', unitCode: commune };
          const { token } = await createAccount(base, admin.token, account, PASSWORD);
          return { token, unitCode: commune };
        }),
      ),
    );

    console.error(
      `load: ${accounts.length} collaborator accounts ready; ${options.devices} devices start`,
    );
    const errorKinds: Record<string, number> = {};
    const began = performance.now();
    const run: LoadRun = {
      port,
      until: began + options.seconds * 1000,
      thinkMs: options.thinkMs,
      batch: options.batch,
      random,
      samples: { push: [], devicePull: [], districtPull: [], health: [] },
      acknowledged,
      fail(what, answer) {
        const key = `${what} ${answer.status || answer.body.slice(0, 40)}`;
        errorKinds[key] = (errorKinds[key] ?? 0) + 1;
      },
    };
    await Promise.all([
      ...Array.from({ length: options.devices }, (_, index) => {
        const account = accounts[index % accounts.length];
        return account ? phone(run, index, account) : undefined;
      }),
      districtOffice(run, districtTokens),
      monitor(run),
    ]);
    const elapsed = (performance.now() - began) / 1000;
    const use = processUse(server.pid);
    await stopServerProcess(server);

    const db =
      options.db === 'postgres'
        ? await openPostgres(databaseUrl, 2)
        : await openPglite(join(root, 'data'));
    const truth = await readTruth(db, acknowledged).finally(() => db.close());
    const pushes = run.samples.push.length;
    return {
      ...options,
      pushes,
      pushesPerSecond: Math.round(pushes / elapsed),
      mutationsPerSecond: Math.round((pushes * options.batch) / elapsed),
      push: percentiles(run.samples.push),
      devicePull: percentiles(run.samples.devicePull),
      districtPull: percentiles(run.samples.districtPull),
      health: percentiles(run.samples.health),
      errors: Object.values(errorKinds).reduce((sum, n) => sum + n, 0),
      errorKinds,
      acknowledged: acknowledged.size,
      ...truth,
      serverPeakRssMb: use.rssMb,
      serverCpuSeconds: use.cpuSeconds,
    };
  } finally {
    await stopServerProcess(server);
    await rm(root, { recursive: true, force: true });
    await scratch?.drop();
  }
}

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

async function main() {
  const dbIndex = process.argv.indexOf('--db');
  const db = dbIndex >= 0 ? process.argv[dbIndex + 1] : 'postgres';
  if (db !== 'postgres' && db !== 'pglite') throw new Error('--db must be postgres or pglite');
  const figures = await benchLoad({
    db,
    devices: option('devices', 1000),
    seconds: option('seconds', 60),
    thinkMs: option('think-ms', 5000),
    batch: option('batch', 5),
  });
  console.log(JSON.stringify(figures, null, 2));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

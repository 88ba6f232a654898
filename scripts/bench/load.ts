// Many devices at once against one server process: `npm run bench:load [-- --db postgres
// --devices 1000 --seconds 60 --think-ms 5000 --batch 5]`. Each simulated device has a connection of
// its own, pushes small batches with a think time between them and pulls now and then; meanwhile a
// district opens the app (a first pull page) and a monitor asks /api/health, both timed. At the end
// the server's database is read: every acknowledged change must be there exactly once.
import type { ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pLimit from 'p-limit';
import pg from 'pg';
import { openPglite, openPostgres } from '../../src/server/db/client.ts';
import { TestDevice } from '../../src/server/testing/device.ts';
import { createAccount, freePort, postJson } from '../../src/server/testing/http.ts';
import { recommendationData } from '../../src/shared/testing/fixtures.ts';
import { mulberry32 } from './random.ts';
import { startServerProcess, stopServerProcess } from './server-process.ts';

export interface LoadOptions {
  db: 'pglite' | 'postgres';
  devices: number;
  seconds: number;
  /** Mean time a device waits between two pushes. */
  thinkMs: number;
  /** Mutations per push. */
  batch: number;
}

interface Percentiles {
  count: number;
  p50: number;
  p95: number;
  p99: number;
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

function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
  return { count: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

interface Answer {
  status: number;
  ms: number;
  body: string;
}

/** One request on the caller's own agent (its own kept-alive connection), timed end to end. */
function call(
  agent: Agent,
  port: number,
  method: 'GET' | 'POST',
  path: string,
  token?: string,
  body?: unknown,
): Promise<Answer> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const began = performance.now();
  return new Promise((resolve) => {
    const req = httpRequest(
      {
        agent,
        host: '127.0.0.1',
        port,
        method,
        path,
        timeout: 60_000,
        headers: {
          ...(payload ? { 'content-type': 'application/json' } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            ms: performance.now() - began,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', () => resolve({ status: 0, ms: performance.now() - began, body: '' }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (error) =>
      resolve({ status: 0, ms: performance.now() - began, body: error.message }),
    );
    req.end(payload);
  });
}

/** Peak resident memory (VmHWM) and CPU seconds used by a process so far. */
function processUse(pid: number | undefined): { rssMb: number; cpuSeconds: number } {
  if (!pid) return { rssMb: 0, cpuSeconds: 0 };
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  // utime and stime are fields 14 and 15 of /proc/pid/stat, in clock ticks (100 per second here).
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  const ticks = Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
  return { rssMb: Math.round(kb / 1024), cpuSeconds: Math.round(ticks) / 100 };
}

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
  const pgUrl = process.env['TEST_DATABASE_URL'] || 'postgres://postgres@127.0.0.1:5432/test';
  const dbName = `ddte_load_${randomBytes(4).toString('hex')}`;
  let databaseUrl = '';
  if (options.db === 'postgres') {
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    const url = new URL(pgUrl);
    url.pathname = `/${dbName}`;
    databaseUrl = url.toString();
  }
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
    const push: number[] = [];
    const devicePull: number[] = [];
    const districtPull: number[] = [];
    const health: number[] = [];
    const errorKinds: Record<string, number> = {};
    const fail = (what: string, answer: Answer) => {
      const key = `${what} ${answer.status || answer.body.slice(0, 40)}`;
      errorKinds[key] = (errorKinds[key] ?? 0) + 1;
    };
    let pushes = 0;
    const began = performance.now();
    const until = began + options.seconds * 1000;
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

    const device = async (index: number) => {
      const account = accounts[index % accounts.length];
      if (!account) return;
      // Idle connections are let go before the server's keep-alive timeout (10 s) closes them, so a
      // push never races the server's close of the connection it is sent on.
      const agent = new Agent({ keepAlive: true, maxSockets: 1, timeout: 8_000 });
      const phone = new TestDevice();
      let cursor: string | null = null;
      // Spread the first pushes over one think time, as phones do not all sync at the same second.
      await sleep(random() * options.thinkMs);
      let round = 0;
      while (performance.now() < until) {
        const ids = Array.from({ length: options.batch }, () => randomUUID());
        const mutations = ids.map((id) =>
          phone.upsert(
            'recommendation',
            id,
            recommendationData(account.unitCode, { text: `Kiến nghị tải ${index}-${round}` }),
          ),
        );
        // A failed push is sent again, as the app's sync engine does: the same batch, later.
        for (let attempt = 0; attempt < 5; attempt++) {
          const answer = await call(
            agent,
            port,
            'POST',
            '/api/sync/push',
            account.token,
            phone.pushBody(mutations),
          );
          if (answer.status === 200) {
            push.push(answer.ms);
            pushes += 1;
            for (const id of ids) acknowledged.add(id);
            break;
          }
          fail('push', answer);
          await sleep(1_000 * 2 ** attempt);
        }
        if (round % 4 === 3) {
          const pulled = await call(
            agent,
            port,
            'POST',
            '/api/sync/pull',
            account.token,
            phone.pullBody(cursor, 500),
          );
          if (pulled.status === 200) {
            devicePull.push(pulled.ms);
            cursor = (JSON.parse(pulled.body) as { cursor: string | null }).cursor;
          } else fail('pull', pulled);
        }
        round += 1;
        await sleep(options.thinkMs * (0.5 + random()));
      }
      agent.destroy();
    };

    // A district opening the app: its first pull page, every half second, on a connection of its own.
    const district = async () => {
      // Idle connections are let go before the server's keep-alive timeout (10 s) closes them, so a
      // push never races the server's close of the connection it is sent on.
      const agent = new Agent({ keepAlive: true, maxSockets: 1, timeout: 8_000 });
      let n = 0;
      while (performance.now() < until) {
        const token = districtTokens[n++ % districtTokens.length] ?? '';
        const answer = await call(
          agent,
          port,
          'POST',
          '/api/sync/pull',
          token,
          new TestDevice().pullBody(null, 500),
        );
        if (answer.status === 200) districtPull.push(answer.ms);
        else fail('district pull', answer);
        await sleep(500);
      }
      agent.destroy();
    };
    const monitor = async () => {
      // Idle connections are let go before the server's keep-alive timeout (10 s) closes them, so a
      // push never races the server's close of the connection it is sent on.
      const agent = new Agent({ keepAlive: true, maxSockets: 1, timeout: 8_000 });
      while (performance.now() < until) {
        const answer = await call(agent, port, 'GET', '/api/health');
        if (answer.status === 200) health.push(answer.ms);
        else fail('health', answer);
        await sleep(250);
      }
      agent.destroy();
    };

    await Promise.all([
      ...Array.from({ length: options.devices }, (_, index) => device(index)),
      district(),
      monitor(),
    ]);
    const elapsed = (performance.now() - began) / 1000;
    const use = processUse(server.pid);
    await stopServerProcess(server);

    // The truth, read from the server's database after it stopped.
    const db =
      options.db === 'postgres'
        ? await openPostgres(databaseUrl, 2)
        : await openPglite(join(root, 'data'));
    let onServer = 0;
    let createdTwice = 0;
    try {
      const ids = [...acknowledged];
      for (let start = 0; start < ids.length; start += 5_000) {
        const slice = ids.slice(start, start + 5_000);
        const found = await db.orm.execute<{ n: string }>(
          sql`SELECT count(*)::text AS n FROM records WHERE entity = 'recommendation' AND id IN (${sql.join(
            slice.map((id) => sql`${id}`),
            sql`, `,
          )})`,
        );
        onServer += Number(found.rows[0]?.n ?? 0);
      }
      const twice = await db.orm.execute<{ n: string }>(
        sql`SELECT count(*)::text AS n FROM (SELECT record_id FROM audit_log WHERE action = 'create' AND entity = 'recommendation' GROUP BY record_id HAVING count(*) > 1) t`,
      );
      createdTwice = Number(twice.rows[0]?.n ?? 0);
    } finally {
      await db.close();
    }
    const errors = Object.values(errorKinds).reduce((sum, n) => sum + n, 0);
    return {
      ...options,
      pushes,
      pushesPerSecond: Math.round(pushes / elapsed),
      mutationsPerSecond: Math.round((pushes * options.batch) / elapsed),
      push: percentiles(push),
      devicePull: percentiles(devicePull),
      districtPull: percentiles(districtPull),
      health: percentiles(health),
      errors,
      errorKinds,
      acknowledged: acknowledged.size,
      onServer,
      createdTwice,
      serverPeakRssMb: use.rssMb,
      serverCpuSeconds: use.cpuSeconds,
    };
  } finally {
    await stopServerProcess(server);
    await rm(root, { recursive: true, force: true });
    if (options.db === 'postgres') {
      const dropper = new pg.Client({ connectionString: pgUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await dropper.end();
    }
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

// One seeded chaos run: devices (the real client sync engine on fake-indexeddb) make changes while
// a fault proxy drops, duplicates and delays their requests, devices go offline and back, and the
// server process is killed (SIGKILL) and restarted; on PostgreSQL the database itself is crashed and
// restarted too. After the network heals, it checks that every
// change a device saved is on the server exactly once, that each device holds exactly the server's
// records of its scope, and that no device holds a record outside its scope.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deleteRecord } from '../../src/client/db/write.ts';
import { openPglite, openPostgres } from '../../src/server/db/client.ts';
import { freePort, postJson } from '../../src/server/testing/http.ts';
import { PGLITE_TEMPLATE } from '../../src/server/testing/test-db.ts';
import { mulberry32 } from '../../scripts/bench/random.ts';
import { createSomething, editSomething, type Scenario } from './changes.ts';
import { makeDevice, type Device } from './device.ts';
import { startFaultProxy, type FaultCounts } from './fault-proxy.ts';
import { startPgCluster } from './pg-cluster.ts';
import { ADMIN_PASSWORD, ServerProcess } from './server-process.ts';
import { verify } from './verify.ts';

export interface ChaosOptions {
  seed: number;
  devices: number;
  changes: number;
  /** Server kills (SIGKILL + restart) spread over the run. */
  kills: number;
  /** A migrated, seeded PGlite folder to start from (default: the test runs' template). */
  template?: string;
  /** The server's database: embedded PGlite (default) or a private PostgreSQL cluster. */
  database?: 'pglite' | 'postgres';
  /** PostgreSQL only: database crashes (immediate shutdown) and restarts during the run; default 1. */
  databaseRestarts?: number;
  /**
   * PostgreSQL only: server processes on the one database, started together on it while it is
   * empty; each request goes to one of them at random and each kill hits one at random. Default 1.
   */
  instances?: number;
}

export interface ChaosReport {
  seed: number;
  database: 'pglite' | 'postgres';
  instances: number;
  devices: number;
  changes: number;
  records: number;
  faults: FaultCounts & { serverKills: number; databaseRestarts: number; offlineSpells: number };
  lost: number;
  duplicated: number;
  leaked: number;
  diverged: number;
  rejected: number;
  /** Server processes that died unasked, and answers 500: both must be 0. */
  serverCrashes: number;
  seconds: number;
}

export async function runChaos(options: ChaosOptions): Promise<ChaosReport> {
  const began = Date.now();
  const random = mulberry32(options.seed);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(random() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  const scenario: Scenario = { random, pick, seed: options.seed };
  const kind = options.database ?? 'pglite';
  const root = await mkdtemp(join(tmpdir(), 'ddte-chaos-'));
  const dataDir = join(root, 'data');
  const cluster = kind === 'postgres' ? await startPgCluster() : null;
  if (!cluster) await cp(options.template ?? PGLITE_TEMPLATE, dataDir, { recursive: true });
  const instanceCount = cluster ? Math.max(1, options.instances ?? 1) : 1;
  const servers: ServerProcess[] = [];
  for (let n = 0; n < instanceCount; n++)
    servers.push(new ServerProcess(await freePort(), dataDir, cluster?.url ?? ''));
  const [server] = servers;
  if (!server) throw new Error('no server');
  try {
    // Together, so that their migrations and first-run seeding meet on the empty database.
    await Promise.all(servers.map((instance) => instance.start()));
  } catch (error) {
    await Promise.all(servers.map((instance) => instance.stop('SIGKILL')));
    await cluster?.destroy();
    throw error;
  }
  const proxy = await startFaultProxy(
    servers.map((instance) => instance.url),
    { dropRequest: 0.05, dropResponse: 0.08, duplicate: 0.05, delay: 0.2, maxDelayMs: 40 },
    mulberry32(options.seed ^ 0x5f3759df),
  );
  const devices: Device[] = [];
  let serverKills = 0;
  let databaseRestarts = 0;
  let offlineSpells = 0;
  try {
    // Accounts, made as an administrator would, and a phone or an office computer for each.
    const admin = await postJson<{ token: string }>(server.url, '/api/auth/login', {
      username: 'admin',
      password: ADMIN_PASSWORD,
    });
    for (let index = 0; index < options.devices; index++)
      devices.push(await makeDevice(server.url, admin.token, proxy.url, options.seed, index));

    const killAt = new Set(
      Array.from({ length: options.kills }, (_, k) =>
        Math.floor(((k + 1) * options.changes) / (options.kills + 1)),
      ),
    );
    // Database crashes fall between the server kills, while devices' syncs are in flight.
    const restarts = cluster ? (options.databaseRestarts ?? 1) : 0;
    const restartAt = new Set(
      Array.from({ length: restarts }, (_, k) => {
        const step = Math.floor(((k + 0.6) * options.changes) / (restarts + 1));
        return killAt.has(step) ? step + 1 : step;
      }),
    );

    const sync = (device: Device) => {
      const running = device.engine.syncNow();
      device.pending.add(running);
      void running.finally(() => device.pending.delete(running));
    };

    for (let step = 0; step < options.changes; step++) {
      const device = pick(devices);
      const roll = random();
      const own = [...device.created.entries()].filter(([, record]) => !record.deleted);
      if (roll < 0.6 || own.length === 0) {
        await createSomething(scenario, device, step, own);
      } else if (roll < 0.92) {
        const [id, record] = pick(own);
        await editSomething(scenario, device, step, id, record);
      } else {
        // Attendance has no delete: a day's presence is set, not removed.
        const deletable = own.filter(([, record]) => record.entity !== 'attendance');
        if (deletable.length > 0) {
          const [id, record] = pick(deletable);
          await deleteRecord(device.database, record.entity, id);
          record.deleted = true;
        }
      }
      if (random() < 0.15) sync(pick(devices));
      if (random() < 0.01) {
        const flaky = pick(devices);
        flaky.network.up = !flaky.network.up;
        if (!flaky.network.up) offlineSpells += 1;
      }
      if (killAt.has(step)) {
        serverKills += 1;
        const victim = pick(servers);
        await victim.stop('SIGKILL');
        await victim.start();
      }
      if (cluster && restartAt.has(step)) {
        // Every device starts a sync, so that the crash meets transactions in flight and the
        // downtime meets devices asking (and retrying).
        databaseRestarts += 1;
        for (const device of devices) sync(device);
        await sleep(random() * 30);
        await cluster.crash();
        for (const device of devices) sync(device);
        await sleep(1_000);
        await cluster.start();
      }
      if (step % 200 === 199) await Promise.all(devices.flatMap((d) => [...d.pending]));
    }

    // The network heals: everyone online, no faults; sync until every outbox is empty, then once
    // more so each device has pulled what the others sent last.
    proxy.setFaults(false);
    for (const device of devices) device.network.up = true;
    await Promise.all(devices.flatMap((d) => [...d.pending]));
    for (let round = 0; round < 30; round++) {
      for (const device of devices) await device.engine.syncNow();
      const waiting = await Promise.all(devices.map((d) => d.database.outbox.count()));
      if (waiting.every((count) => count === 0)) break;
    }
    for (const device of devices) await device.engine.syncNow();
    for (const device of devices) device.engine.stop();
  } catch (error) {
    await Promise.all(servers.map((instance) => instance.stop('SIGKILL')));
    await cluster?.destroy();
    throw error;
  } finally {
    await proxy.close();
    await Promise.all(servers.map((instance) => instance.stop('SIGTERM')));
  }

  // The server's truth, read from its database.
  const db = cluster ? await openPostgres(cluster.url, 2) : await openPglite(dataDir);
  const verdict = await verify(db, devices).finally(async () => {
    await db.close();
    await cluster?.destroy();
    await Promise.all(devices.map((device) => device.database.delete()));
    await rm(root, { recursive: true, force: true });
  });
  return {
    seed: options.seed,
    database: kind,
    instances: instanceCount,
    devices: options.devices,
    changes: options.changes,
    ...verdict,
    faults: { ...proxy.counts, serverKills, databaseRestarts, offlineSpells },
    serverCrashes: servers.reduce((total, instance) => total + instance.crashes, 0),
    seconds: Math.round((Date.now() - began) / 100) / 10,
  };
}

/** Everything that must be 0 for a run to pass. */
export function failures(report: ChaosReport): number {
  return (
    report.lost +
    report.duplicated +
    report.leaked +
    report.diverged +
    report.rejected +
    report.serverCrashes +
    report.faults.serverErrors
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

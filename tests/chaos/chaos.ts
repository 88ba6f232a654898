// One seeded chaos run: devices (the real client sync engine on fake-indexeddb) make changes while
// a fault proxy drops, duplicates and delays their requests, devices go offline and back, and the
// server process is killed (SIGKILL) and restarted; on PostgreSQL the database itself is crashed and
// restarted too. After the network heals, it checks that every
// change a device saved is on the server exactly once, that each device holds exactly the server's
// records of its scope, and that no device holds a record outside its scope.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { AppDatabase } from '../../src/client/db/db.ts';
import { stripLocal } from '../../src/client/db/schema.ts';
import { deleteRecord, saveRecord } from '../../src/client/db/write.ts';
import { createApi } from '../../src/client/sync/api.ts';
import { SyncEngine } from '../../src/client/sync/engine.ts';
import { openPglite, openPostgres } from '../../src/server/db/client.ts';
import { createAccount, freePort, postJson } from '../../src/server/testing/http.ts';
import { PGLITE_TEMPLATE } from '../../src/server/testing/test-db.ts';
import { attachFile } from '../../src/client/files/store.ts';
import type { EntityName } from '../../src/shared/entity-names.ts';
import { forumData, recommendationData } from '../../src/shared/testing/fixtures.ts';
import { mulberry32 } from '../../scripts/bench/random.ts';
import { startFaultProxy, type FaultCounts } from './fault-proxy.ts';
import { startPgCluster } from './pg-cluster.ts';

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

const ADMIN_PASSWORD = 'chaos-quan-tri-mat-khau';
const PASSWORD = 'chaos-password-123';
const DISTRICTS: { district: string; communes: string[] }[] = [
  { district: 'ia-h-drai', communes: ['ia-h-drai/ia-dom', 'ia-h-drai/ia-dal', 'ia-h-drai/ia-toi'] },
  { district: 'dak-ha', communes: ['dak-ha/dak-mar', 'dak-ha/dak-hring'] },
];

class ServerProcess {
  private child: ChildProcess | null = null;
  private stopping = false;
  /** Exits nobody asked for: the server died of something (each one is a bug). */
  crashes = 0;
  constructor(
    readonly port: number,
    private readonly dataDir: string,
    private readonly databaseUrl: string,
  ) {}
  get url() {
    return `http://127.0.0.1:${this.port}`;
  }
  async start() {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: {
        ...process.env,
        PORT: String(this.port),
        HOST: '127.0.0.1',
        DATA_DIR: this.dataDir,
        DATABASE_URL: this.databaseUrl,
        STATIC_DIR: '/nonexistent',
        ADMIN_PASSWORD,
        LOG_LEVEL: 'error',
      },
      // CHAOS_LOG=1 shows the servers' errors (a crash's cause).
      stdio: ['ignore', 'ignore', process.env['CHAOS_LOG'] ? 'inherit' : 'ignore'],
    });
    this.child = child;
    this.stopping = false;
    child.once('exit', () => {
      if (!this.stopping) this.crashes += 1;
    });
    const until = Date.now() + 60_000;
    while (Date.now() < until) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      const up = await fetch(`${this.url}/api/health`).then(
        (response) => response.ok,
        () => false,
      );
      if (up) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('server did not start');
  }
  async stop(signal: NodeJS.Signals) {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    this.stopping = true;
    child.kill(signal);
    await exited;
  }
}

/** A record a device created: its final fields as the device expects them, or deleted. */
interface Created {
  entity: EntityName;
  deleted: boolean;
  fields: Record<string, unknown>;
}

interface Device {
  name: string;
  scope: Set<string>;
  /** Units this device writes records for. */
  units: string[];
  database: AppDatabase;
  engine: SyncEngine;
  network: { up: boolean };
  /** The records it created: expected final fields, or deleted. */
  created: Map<string, Created>;
  /** Whether it may answer recommendations (district staff). */
  answers: boolean;
  pending: Set<Promise<void>>;
}

export async function runChaos(options: ChaosOptions): Promise<ChaosReport> {
  const began = Date.now();
  const random = mulberry32(options.seed);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(random() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
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
    // Accounts, made as an administrator would.
    const post = <T>(path: string, body: unknown, token?: string) =>
      postJson<T>(server.url, path, body, token);
    const admin = await post<{ token: string }>('/api/auth/login', {
      username: 'admin',
      password: ADMIN_PASSWORD,
    });
    for (let index = 0; index < options.devices; index++) {
      const group = DISTRICTS[index % DISTRICTS.length] ?? DISTRICTS[0];
      if (!group) throw new Error('no districts');
      // Every fourth device is district staff; the others are commune collaborators.
      const isDistrict = index % 4 === 3;
      const commune = group.communes[Math.floor(index / 2) % group.communes.length] ?? '';
      const unitCode = isDistrict ? group.district : commune;
      const username = `chaos.${options.seed}.${index}`;
      const { token } = await createAccount(
        server.url,
        admin.token,
        { username, role: isDistrict ? 'district' : 'collaborator', unitCode },
        PASSWORD,
      );
      const network = { up: true };
      const database = new AppDatabase(`chaos-${options.seed}-${index}-${randomUUID()}`);
      const api = createApi({
        baseUrl: proxy.url,
        getToken: () => token,
        timeoutMs: 20_000,
        fetch: (input, init) =>
          network.up ? fetch(input, init) : Promise.reject(new TypeError('offline')),
      });
      devices.push({
        name: username,
        scope: new Set(isDistrict ? [group.district, ...group.communes] : [commune]),
        units: isDistrict ? [group.district, ...group.communes] : [commune],
        database,
        engine: new SyncEngine({
          database,
          api,
          backoff: { baseMs: 20, maxMs: 400 },
          // Its own source: retry timing must not shift the scenario's sequence of choices.
          random: mulberry32(options.seed + index),
        }),
        network,
        created: new Map(),
        answers: isDistrict,
        pending: new Set(),
      });
    }

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
    /** A forum, recommendation, training, attendee, day's attendance or photo, as a phone makes them. */
    const createSomething = async (device: Device, step: number, own: [string, Created][]) => {
      const id = randomUUID();
      const unit = pick(device.units);
      const level = unit.includes('/') ? 'commune' : 'district';
      const ownOf = (entity: EntityName) => own.filter(([, record]) => record.entity === entity);
      const keep = async (entity: EntityName, fields: Record<string, unknown>) => {
        await saveRecord(device.database, entity, id, fields);
        device.created.set(id, { entity, deleted: false, fields });
      };
      const choice = random();
      const trainings = ownOf('training');
      const attendees = ownOf('attendee');
      const forums = ownOf('forum');
      // One change in ten is a training's: its attendees, then their days' attendance.
      const training = choice >= 0.5 && choice < 0.6;
      if (training && attendees.length > 0 && choice < 0.53) {
        const [attendeeId, attendee] = pick(attendees);
        await keep('attendance', {
          attendeeId,
          trainingId: attendee.fields['trainingId'],
          unitCode: attendee.fields['unitCode'],
          day: '2024-05-10',
          present: random() < 0.8,
        });
      } else if (training && trainings.length > 0 && choice < 0.57) {
        const [trainingId, parent] = pick(trainings);
        await keep('attendee', {
          trainingId,
          unitCode: parent.fields['unitCode'],
          name: `Người tham gia ${options.seed}-${step}`,
          role: 'adult',
          gender: random() < 0.5 ? 'female' : 'male',
          birthYear: null,
          ethnicity: 'Xơ Đăng',
          guardianConsent: null,
          consentDate: null,
        });
      } else if (training) {
        await keep('training', {
          unitCode: unit,
          date: '2024-05-10',
          endDate: null,
          place: `Nhà văn hóa ${step}`,
          topic: 'Kỹ năng tham gia',
          trainer: 'Cán bộ huyện',
          audiences: ['children'],
        });
      } else if (choice < 0.68 && forums.length > 0) {
        // A photo: its bytes go up in pieces through the same faults, before its record.
        const [forumId, forum] = pick(forums);
        // Up to two pieces: enough to resume mid-file, small enough to keep the short runs short.
        const size = 1_000 + Math.floor(random() * 200_000);
        const bytes = new Uint8Array(size);
        bytes.set(randomBytes(size));
        bytes.set([0xff, 0xd8, 0xff, 0xe0]);
        const details = {
          unitCode: String(forum.fields['unitCode']),
          parentEntity: 'forum' as const,
          parentId: forumId,
          kind: 'photo' as const,
          fileName: `anh-${step}.jpg`,
          caption: `Ảnh ${step}`,
          showsChildren: random() < 0.5,
          guardianConsent: true,
        };
        await attachFile(device.database, id, details, { bytes, mime: 'image/jpeg' });
        const sha256 = createHash('sha256').update(bytes).digest('hex');
        device.created.set(id, {
          entity: 'attachment',
          deleted: false,
          fields: { ...details, sha256, size, mime: 'image/jpeg' },
        });
      } else if (choice < 0.8) {
        await keep(
          'forum',
          forumData(unit, { level, childrenTotal: 30 + Math.floor(random() * 40) }),
        );
      } else {
        await keep(
          'recommendation',
          recommendationData(unit, { level, text: `Kiến nghị ${options.seed}-${step}` }),
        );
      }
    };

    /** A later change: new figures, a new place, an agency's answer, a corrected caption. */
    const editSomething = async (device: Device, step: number, id: string, record: Created) => {
      const change: Record<string, Record<string, unknown>> = {
        forum: { adults: Math.floor(random() * 20), venue: `Địa điểm ${step}` },
        recommendation: { addressee: `Cơ quan ${step}` },
        training: { place: `Hội trường ${step}` },
        attendee: { ethnicity: pick(['Xơ Đăng', 'Ba Na', 'Giẻ Triêng', 'Kinh']) },
        attendance: { present: !record.fields['present'] },
        attachment: { caption: `Ảnh đã sửa ${step}` },
      };
      if (record.entity === 'recommendation' && device.answers && random() < 0.5) {
        const answer = {
          responseStatus: 'implemented' as const,
          responseText: `Đã giải quyết ${step}`,
          respondedAt: '2024-06-01',
        };
        record.fields = { ...record.fields, ...answer };
        await saveRecord(device.database, 'recommendation', id, answer, 'recommendation.respond');
        return;
      }
      record.fields = { ...record.fields, ...change[record.entity] };
      await saveRecord(device.database, record.entity, id, record.fields);
    };

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
        await createSomething(device, step, own);
      } else if (roll < 0.92) {
        const [id, record] = pick(own);
        await editSomething(device, step, id, record);
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
  let lost = 0;
  let duplicated = 0;
  let leaked = 0;
  let diverged = 0;
  let rejected = 0;
  let records = 0;
  try {
    const rows = (
      await db.orm.execute<{
        entity: string;
        id: string;
        unit_code: string;
        deleted: boolean;
        data: Record<string, unknown> | null;
      }>(
        sql`SELECT entity, id, unit_code, deleted, data FROM records WHERE entity IN ('forum', 'recommendation', 'training', 'attendee', 'attendance', 'attachment')`,
      )
    ).rows;
    const onServer = new Map(rows.map((row) => [row.id, row]));
    // Each file once, whole: its bytes hash to its name.
    const files = new Map(
      (
        await db.orm.execute<{ sha256: string; bytes: Buffer }>(
          sql`SELECT sha256, bytes FROM files`,
        )
      ).rows.map((row) => [row.sha256, createHash('sha256').update(row.bytes).digest('hex')]),
    );
    const creates = new Map(
      (
        await db.orm.execute<{ record_id: string; n: string }>(
          sql`SELECT record_id, count(*)::text AS n FROM audit_log WHERE action = 'create' GROUP BY record_id`,
        )
      ).rows.map((row) => [row.record_id, Number(row.n)]),
    );
    for (const device of devices) {
      rejected += await device.database.rejected.count();
      for (const [id, expected] of device.created) {
        records += 1;
        const row = onServer.get(id);
        const createCount = creates.get(id) ?? 0;
        if (createCount > 1) duplicated += 1;
        if (!row || createCount === 0) {
          lost += 1;
          continue;
        }
        if (expected.deleted !== row.deleted) {
          lost += 1;
          continue;
        }
        if (expected.entity === 'attachment') {
          const sha256 = String(expected.fields['sha256']);
          if (files.get(sha256) !== sha256) lost += 1;
        }
        if (!expected.deleted) {
          const mismatch = Object.entries(expected.fields).some(
            ([field, value]) => JSON.stringify(row.data?.[field]) !== JSON.stringify(value),
          );
          if (mismatch) lost += 1;
        }
      }
      // The device holds exactly the server's live records of its scope, with the same fields.
      const local = [
        ...(await device.database.forums.toArray()),
        ...(await device.database.recommendations.toArray()),
        ...(await device.database.trainings.toArray()),
        ...(await device.database.attendees.toArray()),
        ...(await device.database.attendance.toArray()),
        ...(await device.database.attachments.toArray()),
      ];
      for (const row of local) if (!device.scope.has(row.unitCode)) leaked += 1;
      const localIds = new Set(local.map((row) => row.id));
      for (const row of rows) {
        if (row.deleted || !device.scope.has(row.unit_code)) continue;
        if (!localIds.has(row.id)) diverged += 1;
      }
      for (const row of local) {
        const server = onServer.get(row.id);
        if (!server || server.deleted) {
          diverged += 1;
          continue;
        }
        if (
          JSON.stringify(sortKeys(stripLocal(row))) !== JSON.stringify(sortKeys(server.data ?? {}))
        )
          diverged += 1;
      }
    }
  } finally {
    await db.close();
    await cluster?.destroy();
    await Promise.all(devices.map((device) => device.database.delete()));
    await rm(root, { recursive: true, force: true });
  }
  return {
    seed: options.seed,
    database: kind,
    instances: instanceCount,
    devices: options.devices,
    changes: options.changes,
    records,
    faults: { ...proxy.counts, serverKills, databaseRestarts, offlineSpells },
    lost,
    duplicated,
    leaked,
    diverged,
    rejected,
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

function sortKeys(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
}

// A private PostgreSQL cluster for one chaos run, so that the run can crash and restart the database
// (`pg_ctl stop -m immediate`, as a power cut would) without disturbing the machine's shared server or
// the other tests using it. Uses the machine's PostgreSQL binaries (`pg_config --bindir`).
import { execFile } from 'node:child_process';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from '../../src/server/testing/http.ts';

const run = promisify(execFile);

export interface PgCluster {
  url: string;
  /** Crash the database: immediate shutdown, no checkpoint (recovery runs at the next start). */
  crash(): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
}

async function binDir(): Promise<string> {
  try {
    return (await run('pg_config', ['--bindir'])).stdout.trim();
  } catch {
    throw new Error(
      'the PostgreSQL chaos run needs PostgreSQL server binaries (pg_config, initdb, pg_ctl): install postgresql',
    );
  }
}

/** PostgreSQL refuses to run as root: as root, run its tools as the `postgres` user. */
async function asOwner(command: string, args: string[]) {
  const isRoot = process.getuid?.() === 0;
  return isRoot ? run('runuser', ['-u', 'postgres', '--', command, ...args]) : run(command, args);
}

export async function startPgCluster(): Promise<PgCluster> {
  const bin = await binDir();
  const root = await mkdtemp(join(tmpdir(), 'ddte-chaos-pg-'));
  if (process.getuid?.() === 0) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: group } = await run('id', ['-g', 'postgres']);
    await chown(root, Number(stdout.trim()), Number(group.trim()));
  }
  const dataDir = join(root, 'pgdata');
  const port = await freePort();
  await asOwner(join(bin, 'initdb'), [
    '-D',
    dataDir,
    '-U',
    'postgres',
    '-A',
    'trust',
    '-E',
    'UTF8',
    '--no-instructions',
  ]);
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1`;
  const pgCtl = (...args: string[]) => asOwner(join(bin, 'pg_ctl'), ['-D', dataDir, ...args]);
  const start = async () => {
    await pgCtl('-w', '-l', join(root, 'log'), '-o', options, 'start');
  };
  const crash = async () => {
    await pgCtl('-w', '-m', 'immediate', 'stop');
  };
  await start();
  const admin = new pg.Client({
    connectionString: `postgres://postgres@127.0.0.1:${port}/postgres`,
  });
  await admin.connect();
  await admin.query('CREATE DATABASE chaos');
  await admin.end();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/chaos`,
    crash,
    start,
    async destroy() {
      await pgCtl('-w', '-m', 'fast', 'stop').catch(() => undefined);
      await rm(root, { recursive: true, force: true });
    },
  };
}

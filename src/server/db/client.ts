// Opens the server's database: embedded PGlite under DATA_DIR by default, PostgreSQL when a URL is
// given. Both are driven through the same Drizzle API and the same SQL.
import { access, constants, mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { schema } from './schema.ts';

// Typed as node-postgres's flavour; PGlite's results have the same `rows` shape, so one type serves both.
export type Orm = NodePgDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Orm['transaction']>[0]>[0];
export type Executor = Orm | Tx;

export interface Database {
  kind: 'pglite' | 'postgres';
  orm: Orm;
  close(): Promise<void>;
}

/** A start-up failure whose message names the problem and the fix, for one clear line. */
export class StartupError extends Error {}

export async function openPglite(dataDir: string): Promise<Database> {
  try {
    await mkdir(dataDir, { recursive: true });
    await access(dataDir, constants.W_OK);
  } catch {
    throw new StartupError(
      `DATA_DIR "${dataDir}" cannot be created or is not writable: choose a folder this user can write, e.g. DATA_DIR=./data`,
    );
  }
  let client: PGlite;
  try {
    client = await PGlite.create(dataDir);
  } catch (error) {
    throw new StartupError(
      `cannot open the embedded database in "${dataDir}" (${String(error)}): is another server using it? Stop it or set DATA_DIR to another folder`,
    );
  }
  const orm = drizzlePglite(client, { schema }) as unknown as Orm;
  return { kind: 'pglite', orm, close: () => client.close() };
}

export async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // A client that loses its connection (database restart) emits 'error'; the pool listens only while
  // the client is idle, and an unheard 'error' would kill the process. Queries in flight are rejected
  // anyway, and answered 503 (db/unavailable.ts); the pool discards the dead client on release.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  try {
    const probe = await pool.connect();
    probe.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new StartupError(
      `cannot connect to DATABASE_URL (${reason}): check the URL, or unset DATABASE_URL to use the embedded database`,
    );
  }
  const orm = drizzlePg(pool, { schema }) as unknown as Orm;
  return { kind: 'postgres', orm, close: () => pool.end() };
}

export function openDatabase(options: { databaseUrl?: string | undefined; dataDir: string }) {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openPglite(options.dataDir);
}

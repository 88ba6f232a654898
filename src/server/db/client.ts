// Opens the server's database: embedded PGlite under DATA_DIR by default (on a worker thread), PostgreSQL
// when a URL is given. Both are reached through the same `pg` driver, Drizzle API and SQL.
import { access, constants, mkdir } from 'node:fs/promises';
import { drizzle as drizzlePg, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { SQL } from 'drizzle-orm';
import pg from 'pg';
import { startPgliteThread, type PgliteThread } from './pglite-thread.ts';
import { schema } from './schema.ts';

export type Orm = NodePgDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Orm['transaction']>[0]>[0];
export type Executor = Orm | Tx;

/** Runs a bulk statement, built as null when there was nothing to write. */
export async function executeIfAny(db: Executor, statement: SQL | null): Promise<void> {
  if (statement) await db.execute(statement);
}

/** A connection of its own, for work that must not interleave with others (migrations, seeding). */
export interface Session {
  query<T>(text: string, params?: unknown[]): Promise<T[]>;
  /** Runs a whole script of statements (a migration) with each driver's multi-statement API. */
  exec(script: string): Promise<void>;
}

export interface Database {
  kind: 'pglite' | 'postgres';
  orm: Orm;
  /**
   * Runs `work` while holding `lockId`, a session advisory lock, so that server instances starting
   * together on PostgreSQL migrate and seed one after the other.
   */
  exclusive<T>(lockId: number, work: (session: Session) => Promise<T>): Promise<T>;
  /** The pool's connections (for /metrics); PGlite's pool has one. */
  poolStats(): { total: number; idle: number; waiting: number } | null;
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
  let thread: PgliteThread;
  try {
    thread = await startPgliteThread(dataDir);
  } catch (error) {
    throw new StartupError(
      `cannot open the embedded database in "${dataDir}" (${String(error)}): is another server using it? Stop it or set DATA_DIR to another folder`,
    );
  }
  // PGlite has one session: one connection, kept open, and every query waits its turn for it.
  const pool = heedLostConnections(
    new pg.Pool({
      max: 1,
      idleTimeoutMillis: 0,
      user: 'postgres',
      database: 'postgres',
      stream: () => thread.socket(),
    }),
  );
  return fromPool('pglite', pool, async () => {
    await pool.end();
    await thread.close();
  });
}

export async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  const pool = heedLostConnections(new pg.Pool({ connectionString: url, max: poolSize }));
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
  return fromPool('postgres', pool, () => pool.end());
}

/**
 * A client that loses its connection (database restart) emits 'error'; the pool listens only while
 * the client is idle, and an unheard 'error' would kill the process. Queries in flight are rejected
 * anyway, and answered 503 (db/unavailable.ts); the pool discards the dead client on release. Set
 * before the first connection: the start-up probe's client stays in the pool and is used later (the
 * chaos run's database crash found one without a listener).
 */
function heedLostConnections(pool: pg.Pool): pg.Pool {
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}

function fromPool(kind: Database['kind'], pool: pg.Pool, close: () => Promise<void>): Database {
  const orm = drizzlePg(pool, { schema });
  return {
    kind,
    orm,
    async exclusive(lockId, work) {
      // One process owns an embedded database (PGlite refuses a second), so nothing can interleave;
      // holding its only connection here would starve the work's own queries through `orm`.
      if (kind === 'pglite')
        return work({
          // The driver's rows are untyped; the caller names what its statement returns.
          query: async <T>(text: string, params?: unknown[]) =>
            (await pool.query(text, params)).rows as T[],
          exec: async (script) => {
            await pool.query(script);
          },
        });
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [lockId]);
        try {
          return await work({
            // As above: the caller names the rows.
            query: async <T>(text: string, params?: unknown[]) =>
              (await client.query(text, params)).rows as T[],
            // Without parameters node-postgres uses the simple query protocol, which runs a whole script.
            exec: async (script) => {
              await client.query(script);
            },
          });
        } finally {
          await client.query('SELECT pg_advisory_unlock($1)', [lockId]).catch(() => undefined);
        }
      } finally {
        client.release();
      }
    },
    poolStats: () => ({
      total: pool.totalCount,
      idle: pool.idleCount,
      waiting: pool.waitingCount,
    }),
    close,
  };
}

export function openDatabase(options: {
  databaseUrl?: string | undefined;
  dataDir: string;
  dbPoolSize?: number;
}) {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.dbPoolSize)
    : openPglite(options.dataDir);
}

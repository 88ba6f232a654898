// Server sync throughput on PGlite and on PostgreSQL: push ingest (mutations/s, batches of 100)
// against a bare multi-row INSERT of the same rows on the same database, pull (records/s), and the
// gzip bytes each pushed mutation costs on the wire. Run: `npm run bench:server [-- --count 10000]`.
import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../../src/server/config.ts';
import { openPglite, openPostgres, type Database } from '../../src/server/db/client.ts';
import { startServer } from '../../src/server/start.ts';
import { TestDevice } from '../../src/server/testing/device.ts';
import { createAccount, postJson } from '../../src/server/testing/http.ts';
import type { PullResponse, PushResponse } from '../../src/shared/protocol.ts';
import { benchRecommendations } from './data.ts';
import { scratchPostgres } from './scratch-database.ts';
import { totalsInTurns } from './timing.ts';

const DISTRICT = 'ia-h-drai';
const BATCH = 100;
const PASSWORD = 'bench-password-123';

export interface ServerSyncFigures {
  db: 'pglite' | 'postgres';
  mutations: number;
  pushPerSecond: number;
  bareInsertPerSecond: number;
  ingestRatio: number;
  pullPerSecond: number;
  pushBytesPerMutation: number;
  peakRssMb: number;
}

async function openBenchDatabase(
  kind: 'pglite' | 'postgres',
): Promise<{ db: Database; drop(): Promise<void> }> {
  if (kind === 'pglite') {
    const dir = await mkdtemp(join(tmpdir(), 'ddte-bench-'));
    const db = await openPglite(dir);
    return { db, drop: () => rm(dir, { recursive: true, force: true }) };
  }
  const scratch = await scratchPostgres('ddte_bench');
  const db = await openPostgres(scratch.url, 10);
  return { db, drop: scratch.drop };
}

export async function benchServerSync(
  kind: 'pglite' | 'postgres',
  count: number,
): Promise<ServerSyncFigures> {
  const opened = await openBenchDatabase(kind);
  const { db } = opened;
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 100);
  const config = {
    ...loadConfig({}),
    host: '127.0.0.1',
    port: 0,
    adminPassword: PASSWORD,
    staticDir: '/nonexistent',
  };
  const server = await startServer(config, { logger: false, database: db });
  try {
    const post = (path: string, body: unknown, token?: string) =>
      postJson<unknown>(server.url, path, body, token);
    const { token: adminToken } = (await post('/api/auth/login', {
      username: 'admin',
      password: PASSWORD,
    })) as { token: string };
    const { token } = await createAccount(
      server.url,
      adminToken,
      { username: 'bench.district', role: 'district', unitCode: DISTRICT },
      PASSWORD,
    );

    const rows = benchRecommendations(count);
    const ids = rows.map(() => randomUUID());
    const device = new TestDevice();
    const batches: string[] = [];
    for (let start = 0; start < count; start += BATCH) {
      const mutations = rows
        .slice(start, start + BATCH)
        .map((row, offset) => device.upsert('recommendation', ids[start + offset] ?? '', row));
      batches.push(JSON.stringify(device.pushBody(mutations)));
    }
    const wireBytes = batches.reduce((sum, body) => sum + gzipSync(body).length, 0);

    // The floor: the same rows, one multi-row INSERT per batch of 100, on the same database. Each
    // batch is pushed and inserted bare in turns (the order alternating), so that a slow moment of
    // the machine falls on both alike.
    await db.orm.execute(
      sql`CREATE TABLE bench_bare (entity text, id text, unit_code text, data jsonb, version bigint, PRIMARY KEY (entity, id))`,
    );
    // One kept-alive connection, as a phone's browser holds. node:http rather than fetch: the client
    // runs in the server's process, and fetch's own machinery (about 1 ms a push, profiled) was
    // counted as the server's.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const pushUrl = new URL('/api/sync/push', server.url);
    const pushBatch = async (body: string) => {
      const { status, text } = await new Promise<{ status: number; text: string }>(
        (resolve, reject) => {
          const sent = request(
            pushUrl,
            {
              method: 'POST',
              agent,
              headers: {
                'content-type': 'application/json',
                'content-length': Buffer.byteLength(body),
                authorization: `Bearer ${token}`,
              },
            },
            (response) => {
              let text = '';
              response.setEncoding('utf8');
              response.on('data', (chunk: string) => (text += chunk));
              response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
              response.on('error', reject);
            },
          );
          sent.on('error', reject);
          sent.end(body);
        },
      );
      const result = JSON.parse(text) as PushResponse;
      if (status !== 200 || result.rejected.length > 0)
        throw new Error(`push failed: ${text.slice(0, 300)}`);
    };
    const insertBare = async (_body: string, index: number) => {
      const start = index * BATCH;
      const values = rows
        .slice(start, start + BATCH)
        .map(
          (row, offset) =>
            sql`('recommendation', ${ids[start + offset]}, ${String(row['unitCode'])}, ${JSON.stringify(row)}::jsonb, ${start + offset + 1})`,
        );
      await db.orm.execute(
        sql`INSERT INTO bench_bare (entity, id, unit_code, data, version) VALUES ${sql.join(values, sql`, `)}`,
      );
    };
    // The push and the bare INSERT of each batch in turns.
    const { aMs: pushMs, bMs: bareMs } = await totalsInTurns(batches, pushBatch, insertBare);
    const pushSeconds = pushMs / 1000;
    const bareSeconds = bareMs / 1000;

    const reader = new TestDevice();
    let cursor: string | null = null;
    let pulled = 0;
    const pullStart = performance.now();
    for (;;) {
      const page = (await post(
        '/api/sync/pull',
        reader.pullBody(cursor, 1000),
        token,
      )) as PullResponse;
      pulled += page.changes.filter((change) => change.entity === 'recommendation').length;
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    const pullSeconds = (performance.now() - pullStart) / 1000;
    if (pulled !== count) throw new Error(`pulled ${pulled} recommendations, pushed ${count}`);

    const pushPerSecond = count / pushSeconds;
    const bareInsertPerSecond = count / bareSeconds;
    return {
      db: kind,
      mutations: count,
      pushPerSecond: Math.round(pushPerSecond),
      bareInsertPerSecond: Math.round(bareInsertPerSecond),
      ingestRatio: Number((pushPerSecond / bareInsertPerSecond).toFixed(3)),
      pullPerSecond: Math.round(pulled / pullSeconds),
      pushBytesPerMutation: Math.round(wireBytes / count),
      peakRssMb: Math.round(peakRss / 2 ** 20),
    };
  } finally {
    clearInterval(sampler);
    await server.stop();
    await opened.drop();
  }
}

async function main() {
  const flag = process.argv.indexOf('--count');
  const count = flag >= 0 ? Number(process.argv[flag + 1]) : 10_000;
  const figures: ServerSyncFigures[] = [];
  for (const kind of ['pglite', 'postgres'] as const)
    figures.push(await benchServerSync(kind, count));
  console.table(figures);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

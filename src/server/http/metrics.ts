// Prometheus metrics at /metrics (docs/deploy.md § Watching the server): requests and their latency
// by route, pushes and pulls, time spent waiting for record locks, the database pool, and the
// process (memory, CPU, event-loop delay). One registry per app, so tests can build many apps.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Database } from '../db/client.ts';
import { HttpProblem } from './problem.ts';

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export class Metrics {
  readonly registry = new Registry();
  private readonly counter = <L extends string>(name: string, help: string, labels: L[] = []) =>
    new Counter({ name, help, labelNames: labels, registers: [this.registry] });
  private readonly histogram = <L extends string>(name: string, help: string, labels: L[] = []) =>
    new Histogram({ name, help, labelNames: labels, buckets: SECONDS, registers: [this.registry] });

  readonly requests = this.counter(
    'ddte_http_requests_total',
    'HTTP requests answered, by method, route and status',
    ['method', 'route', 'status'],
  );
  readonly latency = this.histogram(
    'ddte_http_request_duration_seconds',
    'Time to answer an HTTP request, by method and route',
    ['method', 'route'],
  );
  readonly pushes = this.counter('ddte_sync_pushes_total', 'Push requests that committed');
  readonly mutations = this.counter(
    'ddte_sync_mutations_total',
    'Mutations in committed pushes: received (replays included) and rejected',
    ['outcome'],
  );
  readonly pulls = this.counter('ddte_sync_pulls_total', 'Pull requests answered');
  readonly pulledChanges = this.counter(
    'ddte_sync_pulled_changes_total',
    'Changes sent to devices by pulls',
  );
  readonly lockWait = this.histogram(
    'ddte_record_lock_wait_seconds',
    'Time a push waited for its device and the locks of the records it writes',
  );

  constructor(db: Database) {
    const registry = this.registry;
    new Gauge({
      name: 'ddte_db_pool_connections',
      help: 'Database pool connections by state (total, idle, waiting requests); the embedded database has one',
      labelNames: ['state'] as const,
      registers: [registry],
      collect() {
        const stats = db.poolStats();
        if (!stats) return;
        this.set({ state: 'total' }, stats.total);
        this.set({ state: 'idle' }, stats.idle);
        this.set({ state: 'waiting' }, stats.waiting);
      },
    });
    collectDefaultMetrics({ register: registry, prefix: 'ddte_' });
  }
}

/** Whether this request may read the metrics: with a token, by bearer; without, from this machine. */
function mayRead(request: FastifyRequest, token: string | undefined): boolean {
  if (token) {
    const given = Buffer.from(request.headers.authorization?.replace(/^Bearer /, '') ?? '');
    const wanted = Buffer.from(token);
    return given.length === wanted.length && timingSafeEqual(given, wanted);
  }
  // The socket's own address: a proxy in front forwards from loopback, so proxied requests (which
  // carry X-Forwarded-For) are refused too.
  const address = request.raw.socket.remoteAddress ?? '';
  const local = address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
  return local && request.headers['x-forwarded-for'] === undefined;
}

export function registerMetrics(app: FastifyInstance, metrics: Metrics, token: string | undefined) {
  app.addHook('onResponse', async (request, reply) => {
    // The route's pattern, never the raw URL: one series per route, whatever the path's spelling.
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    metrics.latency.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });
  app.get('/metrics', async (request, reply) => {
    if (!mayRead(request, token)) throw new HttpProblem(404, 'Không tìm thấy', 'no such page');
    void reply.header('cache-control', 'no-store').type(metrics.registry.contentType);
    return metrics.registry.metrics();
  });
}

// Every setting the server reads from its environment; README § Configuration lists them.
import { resolve } from 'node:path';
import { DEFAULT_LOGIN_LIMITS, type LoginLimits } from './auth/login-guard.ts';
import { OWASP_COST, type ScryptCost } from './auth/password.ts';

export interface Timeouts {
  /** Until the request's headers have arrived. */
  headersMs: number;
  /** Until the whole request (headers and body) has arrived. */
  requestMs: number;
  /** A connection with nothing happening on it. */
  idleMs: number;
  /** Between requests on a kept-alive connection. */
  keepAliveMs: number;
}

export interface Config {
  host: string;
  port: number;
  databaseUrl: string | undefined;
  /** Connections to PostgreSQL, per server instance. */
  dbPoolSize: number;
  dataDir: string;
  adminPassword: string | undefined;
  sessionDays: number;
  bodyLimit: number;
  logLevel: string;
  staticDir: string;
  trustProxy: boolean;
  /** Files of a certificate and its key: the server then speaks HTTPS (docs/deploy.md). */
  tls: { certFile: string; keyFile: string } | undefined;
  /** With TLS, a plain-HTTP port that only redirects to HTTPS (and offers the CA at /ca.crt). */
  httpRedirectPort: number | undefined;
  /** An office's own certificate authority (npm run local-ca), offered to phones to install. */
  tlsCaFile: string | undefined;
  timeouts: Timeouts;
  maxConnections: number;
  scryptCost: ScryptCost;
  /** Password hashes computed at once; the rest wait (each takes 32 MB at OWASP strength). */
  hashConcurrency: number;
  loginLimits: LoginLimits;
  /** Bearer token for /metrics; unset, only this machine may read them (docs/deploy.md). */
  metricsToken: string | undefined;
  /** Scheduled backups (docs/deploy.md § Backups): where, how often, how many to keep. */
  backups: { dir: string; everyHours: number; keep: number } | undefined;
}

function int(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0)
    throw new Error(`${name} must be a whole number, got "${value}"`);
  return parsed;
}

function tls(env: NodeJS.ProcessEnv): Config['tls'] {
  const certFile = env['TLS_CERT_FILE'];
  const keyFile = env['TLS_KEY_FILE'];
  if (!certFile && !keyFile) return undefined;
  if (!certFile || !keyFile)
    throw new Error('TLS_CERT_FILE and TLS_KEY_FILE go together: set both, or neither');
  return { certFile: resolve(certFile), keyFile: resolve(keyFile) };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const redirect = env['HTTP_REDIRECT_PORT'];
  return {
    host: env['HOST'] || '127.0.0.1',
    port: int(env['PORT'], 8080, 'PORT'),
    databaseUrl: env['DATABASE_URL'] || undefined,
    dbPoolSize: Math.max(2, int(env['DB_POOL_SIZE'], 20, 'DB_POOL_SIZE')),
    dataDir: resolve(env['DATA_DIR'] || './data'),
    adminPassword: env['ADMIN_PASSWORD'] || undefined,
    sessionDays: int(env['SESSION_DAYS'], 60, 'SESSION_DAYS'),
    bodyLimit: int(env['BODY_LIMIT'], 5 * 1024 * 1024, 'BODY_LIMIT'),
    logLevel: env['LOG_LEVEL'] || 'info',
    staticDir: resolve(env['STATIC_DIR'] || './dist'),
    trustProxy: env['TRUST_PROXY'] === '1' || env['TRUST_PROXY'] === 'true',
    tls: tls(env),
    httpRedirectPort: redirect ? int(redirect, 0, 'HTTP_REDIRECT_PORT') : undefined,
    tlsCaFile: env['TLS_CA_FILE'] ? resolve(env['TLS_CA_FILE']) : undefined,
    timeouts: {
      headersMs: int(env['HEADERS_TIMEOUT_MS'], 15_000, 'HEADERS_TIMEOUT_MS'),
      requestMs: int(env['REQUEST_TIMEOUT_MS'], 60_000, 'REQUEST_TIMEOUT_MS'),
      idleMs: int(env['IDLE_TIMEOUT_MS'], 65_000, 'IDLE_TIMEOUT_MS'),
      keepAliveMs: int(env['KEEP_ALIVE_TIMEOUT_MS'], 10_000, 'KEEP_ALIVE_TIMEOUT_MS'),
    },
    maxConnections: int(env['MAX_CONNECTIONS'], 4_000, 'MAX_CONNECTIONS'),
    scryptCost: OWASP_COST,
    hashConcurrency: Math.max(1, int(env['HASH_CONCURRENCY'], 2, 'HASH_CONCURRENCY')),
    loginLimits: DEFAULT_LOGIN_LIMITS,
    metricsToken: env['METRICS_TOKEN'] || undefined,
    backups: env['BACKUP_DIR']
      ? {
          dir: resolve(env['BACKUP_DIR']),
          everyHours: Math.max(1, int(env['BACKUP_EVERY_HOURS'], 24, 'BACKUP_EVERY_HOURS')),
          keep: Math.max(1, int(env['BACKUP_KEEP'], 14, 'BACKUP_KEEP')),
        }
      : undefined,
  };
}

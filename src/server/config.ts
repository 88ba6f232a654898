// Every setting the server reads from its environment; README § Configuration lists them.
import { resolve } from 'node:path';
import type { ScryptCost } from './auth/password.ts';
import { OWASP_COST } from './auth/password.ts';

export interface Config {
  host: string;
  port: number;
  databaseUrl: string | undefined;
  dataDir: string;
  adminPassword: string | undefined;
  sessionDays: number;
  bodyLimit: number;
  logLevel: string;
  staticDir: string;
  trustProxy: boolean;
  scryptCost: ScryptCost;
}

function int(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0)
    throw new Error(`${name} must be a whole number, got "${value}"`);
  return parsed;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    host: env['HOST'] || '127.0.0.1',
    port: int(env['PORT'], 8080, 'PORT'),
    databaseUrl: env['DATABASE_URL'] || undefined,
    dataDir: resolve(env['DATA_DIR'] || './data'),
    adminPassword: env['ADMIN_PASSWORD'] || undefined,
    sessionDays: int(env['SESSION_DAYS'], 60, 'SESSION_DAYS'),
    bodyLimit: int(env['BODY_LIMIT'], 5 * 1024 * 1024, 'BODY_LIMIT'),
    logLevel: env['LOG_LEVEL'] || 'info',
    staticDir: resolve(env['STATIC_DIR'] || './dist'),
    trustProxy: env['TRUST_PROXY'] === '1' || env['TRUST_PROXY'] === 'true',
    scryptCost: OWASP_COST,
  };
}

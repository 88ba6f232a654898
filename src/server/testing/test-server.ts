// The real HTTP server on a test database, with helpers to sign in and create accounts the way
// an administrator would, through the API.
import type { LoginLimits } from '../auth/login-guard.ts';
import { loadConfig, type Config } from '../config.ts';
import { startServer, type Started } from '../start.ts';
import type { PublicUser, Role } from '../../shared/schemas/user.ts';
import { createAccount } from './http.ts';
import { openTestDatabase } from './test-db.ts';
import { TEST_SCRYPT } from './test-scrypt.ts';

export const ADMIN_PASSWORD = 'quan-tri-cho-kiem-thu';
export const USER_PASSWORD = 'mat-khau-du-dai-1';

export interface TestServer extends Started {
  config: Config;
  adminToken: string;
  request(
    path: string,
    init?: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<Response>;
  login(username: string, password?: string): Promise<{ token: string; user: PublicUser }>;
  createUser(
    role: Role,
    unitCode: string,
    username?: string,
  ): Promise<{ token: string; user: PublicUser }>;
}

let counter = 0;

/** Generous enough that tests signing in many times are never throttled, unless they ask to be. */
const TEST_LOGIN_LIMITS: LoginLimits = {
  windowMs: 60_000,
  maxPerAddress: 100_000,
  maxPerAccountAtAddress: 1_000,
  delayAfter: 1_000,
  maxDelayMs: 0,
};

export async function startTestServer(
  options: {
    loginLimits?: Partial<LoginLimits>;
    staticDir?: string;
    config?: Partial<Config>;
  } = {},
): Promise<TestServer> {
  const database = await openTestDatabase();
  const config: Config = {
    ...loadConfig({}),
    host: '127.0.0.1',
    port: 0,
    adminPassword: ADMIN_PASSWORD,
    staticDir: options.staticDir ?? '/nonexistent',
    scryptCost: TEST_SCRYPT,
    loginLimits: { ...TEST_LOGIN_LIMITS, ...options.loginLimits },
    ...options.config,
  };
  const started = await startServer(config, { logger: false, database });
  const request: TestServer['request'] = (path, init = {}) =>
    fetch(`${started.url}${path}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: {
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
        ...init.headers,
      },
      ...(init.body === undefined
        ? {}
        : { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) }),
    });
  const login = async (username: string, password = USER_PASSWORD) => {
    const response = await request('/api/auth/login', { body: { username, password } });
    if (!response.ok)
      throw new Error(`login ${username} failed: ${response.status} ${await response.text()}`);
    return (await response.json()) as { token: string; user: PublicUser };
  };
  const admin = await login('admin', ADMIN_PASSWORD);
  const server: TestServer = {
    ...started,
    config,
    adminToken: admin.token,
    request,
    login,
    async createUser(role, unitCode, username = `${role}-${++counter}-${Date.now().toString(36)}`) {
      await createAccount(
        started.url,
        admin.token,
        { username, displayName: `Người dùng ${username}`, role, unitCode },
        USER_PASSWORD,
      );
      return login(username);
    },
    async stop() {
      await started.stop();
      await database.destroy().catch(() => undefined);
    },
  };
  return server;
}

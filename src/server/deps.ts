// What the routes need from the app that registers them, declared once so that routes never
// import the app (Fastify's plugin pattern: each route module receives its dependencies).
import type { FastifyServerOptions } from 'fastify';
import type { LoginGuard } from './auth/login-guard.ts';
import type { PasswordHasher } from './auth/password.ts';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import type { Metrics } from './http/metrics.ts';
import type { Viewer } from '../shared/units/scope.ts';

export interface AppDeps {
  db: Database;
  config: Config;
  loginGuard: LoginGuard;
  hasher: PasswordHasher;
  logger?: FastifyServerOptions['logger'];
}

declare module 'fastify' {
  interface FastifyInstance {
    metrics: Metrics;
  }
  interface FastifyRequest {
    /** The signed-in account, read afresh from the database for this request. */
    viewer: Viewer;
    token: string;
  }
  interface FastifyContextConfig {
    /** Routes that answer without a session (sign-in, health); every other route needs one. */
    public?: boolean;
    /** Routes a session with a one-time password may use (changing it, signing out). */
    passwordChange?: boolean;
  }
}

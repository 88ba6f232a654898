// Opens, migrates and seeds the database, then serves. Shared by `npm start` and the tests, so
// that tests run the very server users run.
import { readFile } from 'node:fs/promises';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { adminExists, createAdmin, issueSetupCode } from './accounts/first-admin.ts';
import { buildApp } from './app.ts';
import { redirectToHttps } from './http/redirect-to-https.ts';
import { LoginGuard } from './auth/login-guard.ts';
import { PasswordHasher } from './auth/password.ts';
import { passwordProblems } from './auth/password-policy.ts';
import type { Config } from './config.ts';
import { scheduleBackups } from './db/backup-schedule.ts';
import { openDatabase, StartupError, type Database } from './db/client.ts';
import { migrateAndSeed } from './db/prepare.ts';
import { SEED_PROVINCE } from './db/seed.ts';

export interface Started {
  app: FastifyInstance;
  db: Database;
  url: string;
  /** Printed once when no administrator exists yet: it opens the set-up page in the browser. */
  setupCode: string | undefined;
  stop(): Promise<void>;
}

export async function prepareDatabase(config: Config, hasher: PasswordHasher, database?: Database) {
  if (config.adminPassword !== undefined) {
    const problems = passwordProblems(config.adminPassword, 'admin');
    if (problems.length > 0)
      throw new StartupError(
        `ADMIN_PASSWORD is too weak (${problems.join('; ')}): choose at least 10 characters that are not a common password, or unset it to create the administrator in the browser`,
      );
  }
  const db = database ?? (await openDatabase(config));
  try {
    const setupCode = await migrateAndSeed(db, async () => {
      if (await adminExists(db.orm)) return undefined;
      if (config.adminPassword === undefined) return issueSetupCode(db.orm);
      await createAdmin(
        db.orm,
        hasher,
        {
          username: 'admin',
          displayName: 'Quản trị hệ thống',
          password: config.adminPassword,
          unitCode: SEED_PROVINCE,
        },
        { mustChangePassword: false },
      );
      return undefined;
    });
    return { db, setupCode };
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}

async function readTls(config: Config) {
  if (!config.tls) return undefined;
  try {
    return {
      cert: await readFile(config.tls.certFile),
      key: await readFile(config.tls.keyFile),
    };
  } catch (error) {
    throw new StartupError(
      `cannot read TLS_CERT_FILE or TLS_KEY_FILE (${error instanceof Error ? error.message : String(error)}): check the paths (docs/deploy.md)`,
    );
  }
}

export async function startServer(
  config: Config,
  options: {
    logger?: FastifyServerOptions['logger'];
    database?: Database;
  } = {},
): Promise<Started> {
  const https = await readTls(config);
  const hasher = new PasswordHasher(config.scryptCost, config.hashConcurrency);
  const { db, setupCode } = await prepareDatabase(config, hasher, options.database);
  const app = await buildApp(
    {
      db,
      config,
      hasher,
      loginGuard: new LoginGuard(db.orm, config.loginLimits),
      ...(options.logger === undefined ? {} : { logger: options.logger }),
    },
    https ? { https } : {},
  );
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await app.close().catch(() => undefined);
    await db.close().catch(() => undefined);
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    if (code === 'EADDRINUSE') {
      throw new StartupError(
        `port ${config.port} on ${config.host} is already in use (another server running?): stop it or set PORT to a free port`,
      );
    }
    if (code === 'EACCES' || code === 'EADDRNOTAVAIL') {
      throw new StartupError(
        `cannot listen on ${config.host}:${config.port} (${code}): set HOST and PORT to an address this machine can use`,
      );
    }
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const redirect =
    https && config.httpRedirectPort !== undefined
      ? redirectToHttps(port, config.tlsCaFile ? await readFile(config.tlsCaFile) : undefined)
      : undefined;
  if (redirect) {
    await new Promise<void>((resolve, reject) => {
      redirect.once('error', reject);
      redirect.listen(config.httpRedirectPort, config.host, resolve);
    });
  }
  const stopBackups = config.backups ? scheduleBackups(db, config.backups, app.log) : undefined;
  return {
    app,
    db,
    url: `${https ? 'https' : 'http'}://${host}:${port}`,
    setupCode,
    // Fastify's close waits for requests in flight, so their transactions finish before the database closes.
    async stop() {
      await new Promise((resolve) => (redirect ? redirect.close(resolve) : resolve(undefined)));
      await app.close();
      await stopBackups?.();
      await db.close();
    },
  };
}

// Opens, migrates and seeds the database, then serves. Shared by `npm start` and the tests, so
// that tests run the very server users run.
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { buildApp } from './app.ts';
import type { LoginLimiter } from './auth/login-limiter.ts';
import type { Config } from './config.ts';
import { openDatabase, StartupError, type Database } from './db/client.ts';
import { loadMigrations, migrate } from './db/migrate.ts';
import { ensureAdmin, seedReferenceData } from './db/seed.ts';

export interface Started {
  app: FastifyInstance;
  db: Database;
  url: string;
  generatedAdminPassword: string | undefined;
  stop(): Promise<void>;
}

export async function prepareDatabase(config: Config, database?: Database) {
  const db = database ?? (await openDatabase(config));
  try {
    await migrate(db.orm, await loadMigrations());
    await seedReferenceData(db.orm);
    const admin = await ensureAdmin(db.orm, config.adminPassword, config.scryptCost);
    return { db, generatedAdminPassword: admin.generatedPassword };
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}

export async function startServer(
  config: Config,
  options: {
    logger?: FastifyServerOptions['logger'];
    limiter?: LoginLimiter;
    database?: Database;
  } = {},
): Promise<Started> {
  const { db, generatedAdminPassword } = await prepareDatabase(config, options.database);
  const app = await buildApp({
    db,
    config,
    ...(options.logger === undefined ? {} : { logger: options.logger }),
    ...(options.limiter ? { limiter: options.limiter } : {}),
  });
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await app.close().catch(() => undefined);
    await db.close().catch(() => undefined);
    const code = (error as { code?: string }).code;
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
  return {
    app,
    db,
    url: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`,
    generatedAdminPassword,
    // Fastify's close waits for requests in flight, so their transactions finish before the database closes.
    async stop() {
      await app.close();
      await db.close();
    },
  };
}

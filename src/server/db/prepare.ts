// Migrations and reference data, under the start-up lock: server instances starting together
// migrate and seed one after the other (the second finds nothing left to do).
import type { Database, Session } from './client.ts';
import { loadMigrations, migrate } from './migrate.ts';
import { seedReferenceData } from './seed.ts';

export const STARTUP_LOCK = 7201;

export async function migrateAndSeed<T = void>(
  db: Database,
  andThen?: (session: Session) => Promise<T>,
): Promise<T | undefined> {
  return db.exclusive(STARTUP_LOCK, async (session) => {
    await migrate(session, await loadMigrations());
    await seedReferenceData(db.orm);
    return andThen ? andThen(session) : undefined;
  });
}

// `npm run restore -- <file>` (built: `node build/server/server/cli/restore.js <file>`): replaces the
// database's contents with a backup (DATABASE_URL, or the embedded one in DATA_DIR, which may be a
// new folder). Stop the server first.
import { loadConfig } from '../config.ts';
import { BackupError, restoreDatabase } from '../db/backup.ts';
import { openDatabase, StartupError } from '../db/client.ts';
import { loadMigrations, migrate } from '../db/migrate.ts';
import { STARTUP_LOCK } from '../db/prepare.ts';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run restore -- <backup file>');
  process.exit(2);
}
try {
  const db = await openDatabase(loadConfig());
  try {
    const migrations = await loadMigrations();
    await db.exclusive(STARTUP_LOCK, (session) => migrate(session, migrations));
    const counts = await restoreDatabase(db.orm, file);
    console.log(`restored ${file} into the ${db.kind} database:`, counts);
  } finally {
    await db.close();
  }
} catch (error) {
  const known = error instanceof StartupError || error instanceof BackupError;
  console.error(`Cannot restore: ${known ? error.message : String(error)}`);
  process.exit(1);
}

// `npm run backup -- <file>` (built: `node build/server/server/cli/backup.js <file>`): a backup of
// the server's database (DATABASE_URL, or the embedded one in DATA_DIR). With the embedded database,
// stop the server first (only one process may open it), or let the server take scheduled backups
// itself (BACKUP_DIR, docs/deploy.md § Backups).
import { loadConfig } from '../config.ts';
import { backupDatabase } from '../db/backup.ts';
import { openDatabase, StartupError } from '../db/client.ts';

const file = process.argv[2] ?? `ddte-backup-${new Date().toISOString().slice(0, 10)}.jsonl.gz`;
try {
  const db = await openDatabase(loadConfig());
  try {
    const counts = await backupDatabase(db.orm, file);
    console.log(`backup written to ${file} (${db.kind}):`, counts);
  } finally {
    await db.close();
  }
} catch (error) {
  console.error(`Cannot back up: ${error instanceof StartupError ? error.message : String(error)}`);
  process.exit(1);
}

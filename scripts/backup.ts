// `npm run backup -- <file>`: a backup of the server's database (DATABASE_URL, or the embedded one in
// DATA_DIR). With the embedded database, stop the server first: only one process may open it.
import { loadConfig } from '../src/server/config.ts';
import { backupDatabase } from '../src/server/db/backup.ts';
import { openDatabase, StartupError } from '../src/server/db/client.ts';

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

// Creates an empty embedded database in the folder given, then exits. Run as a process of its own
// by pglite-thread.ts before the server first opens a new folder: creating a database (initdb) takes
// some 700 MB that WebAssembly never hands back, so it must not happen inside the long-running server.
import { PGlite } from '@electric-sql/pglite';
import { PGLITE_OPTIONS } from './pglite-options.mjs';

const dataDir = process.argv[2];
if (!dataDir) {
  console.error('usage: node pglite-create.mjs <data directory>');
  process.exit(2);
}
const db = await PGlite.create(dataDir, PGLITE_OPTIONS);
await db.close();

// The real server for the browser tests, configured as `npm start` is (loadConfig from the
// environment) except for password hashing at test strength: each test creates and signs in several
// accounts, and at OWASP strength each hash takes most of a second. With --fresh the embedded
// database folder (DATA_DIR) is wiped first; without, a restarted server keeps its data.
import { rmSync } from 'node:fs';
import { loadConfig } from '../src/server/config.ts';
import { startServer } from '../src/server/start.ts';
import { TEST_SCRYPT } from '../src/server/testing/test-scrypt.ts';

const config = { ...loadConfig(), scryptCost: TEST_SCRYPT };
if (process.argv.includes('--fresh')) rmSync(config.dataDir, { recursive: true, force: true });
const server = await startServer(config);
const stop = () => void server.stop().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);

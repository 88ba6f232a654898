// Starts the real server for the browser tests on an empty embedded database (DATA_DIR is wiped).
import { rmSync } from 'node:fs';

rmSync(process.env['DATA_DIR'] ?? '.tmp/e2e-data', { recursive: true, force: true });
await import('../src/server/main.ts');

// The server as plain JavaScript for production (`npm run start:prod`): compiled by tsc from
// src/server and src/shared into build/server, with the SQL migrations beside their runner and the
// embedded database's worker beside its client. The running server then needs Node and the production
// dependencies only.
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';

rmSync('build/server', { recursive: true, force: true });
const compiled = spawnSync('node_modules/.bin/tsc', ['-p', 'tsconfig.server.json'], {
  stdio: 'inherit',
});
if (compiled.status !== 0) process.exit(compiled.status ?? 1);
cpSync('src/server/db/migrations', 'build/server/server/db/migrations', { recursive: true });
// The embedded database's worker thread, options and creator are plain JavaScript, which tsc does not copy.
for (const file of ['pglite-worker.mjs', 'pglite-options.mjs', 'pglite-create.mjs'])
  cpSync(`src/server/db/${file}`, `build/server/server/db/${file}`);
console.log('built the server into build/server (run: npm run start:prod)');

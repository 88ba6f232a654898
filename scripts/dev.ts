// `npm run dev`: the API server (restarting on change) and Vite's dev server with hot reload, which
// proxies /api to it. Open http://127.0.0.1:5173.
import { spawn } from 'node:child_process';

const children = [
  spawn('node_modules/.bin/tsx', ['watch', 'src/server/main.ts'], {
    stdio: 'inherit',
    env: { ...process.env, LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'info' },
  }),
  spawn('node_modules/.bin/vite', ['--host', process.env['HOST'] ?? '127.0.0.1'], {
    stdio: 'inherit',
  }),
];
const stop = () => {
  children.forEach((child) => child.kill('SIGTERM'));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
children.forEach((child) =>
  child.on('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  }),
);

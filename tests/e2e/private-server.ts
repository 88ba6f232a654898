// A server of the test's own, on its own port, data folder and copy of the built app, so a test can
// stop it (offline first run) or deploy a new version under it (update flow).
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { E2E_ADMIN_PASSWORD } from '../../playwright.config.ts';

export interface PrivateServer {
  url: string;
  staticDir: string;
  stop(): Promise<void>;
  /** Starts it again on the same port and data (after stop). */
  restart(): Promise<void>;
  /** Removes the folders; call once at the end. */
  dispose(): Promise<void>;
}

let nextPort = Number(process.env['E2E_PORT'] ?? 8787) + 10;

async function waitForHealth(url: string, child: ChildProcess, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server at ${url} did not answer within ${timeoutMs} ms`);
}

export async function startPrivateServer(): Promise<PrivateServer> {
  const root = await mkdtemp(join(tmpdir(), 'ddte-e2e-'));
  const staticDir = join(root, 'dist');
  await cp('dist', staticDir, { recursive: true });
  const port = nextPort++;
  const url = `http://127.0.0.1:${port}`;
  const spawnServer = () =>
    spawn(process.execPath, ['--import', 'tsx', 'scripts/e2e-server.ts'], {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: join(root, 'data'),
        STATIC_DIR: staticDir,
        ADMIN_PASSWORD: E2E_ADMIN_PASSWORD,
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  let child = spawnServer();
  await waitForHealth(url, child);
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  return {
    url,
    staticDir,
    stop,
    async restart() {
      await stop();
      child = spawnServer();
      stopped = false;
      await waitForHealth(url, child);
    },
    async dispose() {
      await stop();
      await rm(root, { recursive: true, force: true });
    },
  };
}

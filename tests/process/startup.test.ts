// `npm start`'s server as a separate process: when it cannot start, it says why in one line and exits non-zero.
import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PGLITE_TEMPLATE } from '../../src/server/testing/test-db.ts';

function startServer(
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn('node_modules/.bin/tsx', ['src/server/main.ts'], {
      env: {
        ...process.env,
        LOG_LEVEL: 'warn',
        ADMIN_PASSWORD: 'startup-test-password',
        // The production build may be rewriting ./dist meanwhile (npm test builds beside the tests).
        STATIC_DIR: '/nonexistent',
        ...env,
      },
    });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, stdout });
    });
  });
}

const folders: string[] = [];
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

const messageLines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

describe('start-up failures', () => {
  it('names an unusable DATA_DIR and the fix', async () => {
    // A path below a regular file can never be a folder, whoever runs the server (root included).
    const parent = await mkdtemp(join(tmpdir(), 'ddte-file-'));
    folders.push(parent);
    await writeFile(join(parent, 'not-a-folder'), '');
    const dataDir = join(parent, 'not-a-folder', 'data');
    const result = await startServer({ DATA_DIR: dataDir, PORT: '0' });
    expect(result.code).toBe(1);
    expect(messageLines(result.stderr)).toEqual([
      expect.stringMatching(
        /^Cannot start: DATA_DIR ".*not-a-folder\/data" cannot be created or is not writable: .*DATA_DIR=/,
      ),
    ]);
  });

  it('names an unreachable DATABASE_URL and the fix', async () => {
    const result = await startServer({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nowhere',
      PORT: '0',
    });
    expect(result.code).toBe(1);
    expect(messageLines(result.stderr)).toEqual([
      expect.stringMatching(/^Cannot start: cannot connect to DATABASE_URL .*unset DATABASE_URL/),
    ]);
  });

  it('names a busy port and the fix', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    const dataDir = await mkdtemp(join(tmpdir(), 'ddte-start-'));
    folders.push(dataDir);
    await cp(PGLITE_TEMPLATE, dataDir, { recursive: true });
    try {
      const result = await startServer({
        DATA_DIR: dataDir,
        PORT: String(port),
        HOST: '127.0.0.1',
      });
      expect(result.code).toBe(1);
      expect(messageLines(result.stderr)).toEqual([
        expect.stringMatching(new RegExp(`^Cannot start: port ${port} .* already in use.*PORT`)),
      ]);
    } finally {
      blocker.close();
    }
  });
});

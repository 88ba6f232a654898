// The benchmarked server: built app served by the real server process on a fixed port, the bench's
// accounts, the district's 20,000 recommendations, and signing in as a user would.
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { TestDevice } from '../../src/server/testing/device.ts';
import { createAccount, postJson } from '../../src/server/testing/http.ts';
import { BENCH_DISTRICT, benchRecommendations } from './data.ts';
import { startServerProcess } from './server-process.ts';

export const PORT = Number(process.env['BENCH_PORT'] ?? 8799);
export const PAGE_PORT = PORT - 1;
export const URL_BASE = `http://127.0.0.1:${PORT}`;
export const ADMIN_PASSWORD = 'bench-quan-tri-mat-khau';
export const PASSWORD = 'bench-password-123';
export const PULL_RECORDS = 20_000;

export function startServer(dataDir: string): Promise<ChildProcess> {
  return startServerProcess(PORT, {
    DATA_DIR: dataDir,
    STATIC_DIR: 'dist',
    ADMIN_PASSWORD,
    LOG_LEVEL: 'warn',
  });
}

const post = <T>(path: string, body: unknown, token?: string) =>
  postJson<T>(URL_BASE, path, body, token);

export async function accounts() {
  const admin = await post<{ token: string }>('/api/auth/login', {
    username: 'admin',
    password: ADMIN_PASSWORD,
  });
  for (const [username, role, unitCode] of [
    ['bench.district', 'district', BENCH_DISTRICT],
    ['bench.ctv', 'collaborator', `${BENCH_DISTRICT}/ia-dom`],
  ] as const) {
    await createAccount(URL_BASE, admin.token, { username, role, unitCode }, PASSWORD);
  }
  return post<{ token: string }>('/api/auth/login', {
    username: 'bench.district',
    password: PASSWORD,
  });
}

/** The district's data on the server: 20,000 recommendations, pushed as a device would. */
export async function seed(token: string) {
  const rows = benchRecommendations(PULL_RECORDS, 4242);
  const device = new TestDevice();
  for (let start = 0; start < rows.length; start += 500) {
    const mutations = rows
      .slice(start, start + 500)
      .map((patch) => device.upsert('recommendation', randomUUID(), patch));
    await post('/api/sync/push', device.pushBody(mutations), token);
  }
}

export async function signIn(page: Page, username: string) {
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

// Holes 6 and 13 of issue 17: sign-in limits that hold under a parallel burst and across server
// instances, a lockout that cannot lock an owner out for good, and passwords worth the name.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginGuard } from '../../src/server/auth/login-guard.ts';
import { buildApp } from '../../src/server/app.ts';
import { PasswordHasher } from '../../src/server/auth/password.ts';
import {
  startTestServer,
  USER_PASSWORD,
  type TestServer,
} from '../../src/server/testing/test-server.ts';

let server: TestServer;
const LIMITS = { maxPerAccountAtAddress: 5, maxPerAddress: 50, delayAfter: 1_000 };

beforeAll(async () => {
  server = await startTestServer({ loginLimits: LIMITS, config: { trustProxy: true } });
});
afterAll(() => server.stop());

const attempt = (username: string, password: string, address = '10.0.0.1') =>
  server.request('/api/auth/login', {
    body: { username, password },
    headers: { 'x-forwarded-for': address },
  });

describe('6. sign-in throttling', () => {
  it('holds under a parallel burst: at most the limit are checked, the right password among the rest is refused', async () => {
    const { user } = await server.createUser('collaborator', 'dak-to/dak-to', 'ctv.burst');
    const burst = Array.from({ length: 12 }, (_, index) =>
      attempt(user.username, index === 11 ? USER_PASSWORD : `sai-mat-khau-${index}`),
    );
    const statuses = (await Promise.all(burst)).map((response) => response.status);
    const checked = statuses.filter((status) => status !== 429);
    expect(checked.length).toBeLessThanOrEqual(LIMITS.maxPerAccountAtAddress);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(7);
    // Once the limit is reached, the right password from that address waits too.
    expect((await attempt(user.username, USER_PASSWORD)).status).toBe(429);
  });

  it('does not lock the owner out from their own address, and an administrator can lift it', async () => {
    const { user } = await server.createUser('district', 'dak-to', 'huyen.daktoowner');
    for (let i = 0; i < 8; i++) await attempt(user.username, 'doan-sai-mat-khau', '203.0.113.9');
    expect((await attempt(user.username, USER_PASSWORD, '203.0.113.9')).status).toBe(429);
    // The owner, elsewhere, signs in.
    expect((await attempt(user.username, USER_PASSWORD, '10.20.30.40')).status).toBe(200);
    const unlock = await server.request(`/api/admin/users/${user.id}/unlock`, {
      token: server.adminToken,
      body: {},
    });
    expect(unlock.status).toBe(204);
    expect((await attempt(user.username, USER_PASSWORD, '203.0.113.9')).status).toBe(200);
  });

  it('counts in the database, so a second server instance sees the first one’s attempts', async () => {
    await server.createUser('collaborator', 'dak-to/dien-binh', 'ctv.twoinstances');
    const second = await buildApp({
      db: server.db,
      config: { ...server.config, trustProxy: true },
      hasher: new PasswordHasher(server.config.scryptCost),
      loginGuard: new LoginGuard(server.db.orm, server.config.loginLimits),
      logger: false,
    });
    try {
      for (let i = 0; i < 3; i++) await attempt('ctv.twoinstances', 'sai-mat-khau-a', '10.9.9.9');
      const viaSecond = async (password: string) =>
        (
          await second.inject({
            method: 'POST',
            url: '/api/auth/login',
            headers: { 'x-forwarded-for': '10.9.9.9', 'content-type': 'application/json' },
            payload: { username: 'ctv.twoinstances', password },
          })
        ).statusCode;
      // Attempts 4 and 5 are the last the limit allows, whichever instance receives them …
      expect(await viaSecond('sai-mat-khau-b')).toBe(401);
      expect(await viaSecond('sai-mat-khau-c')).toBe(401);
      // … and the 6th waits, even with the right password.
      expect(await viaSecond(USER_PASSWORD)).toBe(429);
    } finally {
      await second.close();
    }
  });

  it('computes a bounded number of password hashes at once, queueing the rest', async () => {
    const hasher = new PasswordHasher({ N: 2 ** 14, r: 8, p: 1 }, 2);
    let most = 0;
    const watch = setInterval(() => (most = Math.max(most, hasher.running)), 1);
    await Promise.all(Array.from({ length: 10 }, (_, i) => hasher.hash(`mat-khau-thu-${i}`)));
    clearInterval(watch);
    expect(most).toBeGreaterThan(0);
    expect(most).toBeLessThanOrEqual(2);
  });
});

describe('13. passwords', () => {
  const create = (username: string, password: string) =>
    server.request('/api/admin/users', {
      token: server.adminToken,
      body: {
        username,
        displayName: 'X',
        password,
        role: 'collaborator',
        unitCode: 'dak-to/dak-to',
      },
    });

  it.each([
    ['1234567890', 'quá phổ biến'],
    ['qwertyuiop', 'quá phổ biến'],
    ['ctv.tenminh1', 'tên đăng nhập'],
    ['ngan', '10 ký tự'],
    ['aaaaaaaaaaaa', 'lặp lại'],
  ])('refuses %s, saying why beside the field', async (password, reason) => {
    const response = await create('ctv.tenminh1', password);
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: { path: string; message: string }[] };
    expect(problem.errors.some((e) => e.path === 'password' && e.message.includes(reason))).toBe(
      true,
    );
  });

  it('refuses to start with a weak ADMIN_PASSWORD, saying so in one line', async () => {
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn('node_modules/.bin/tsx', ['src/server/main.ts'], {
        env: { ...process.env, ADMIN_PASSWORD: 'a', PORT: '0', DATA_DIR: '/nonexistent/never' },
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('exit', (code) => resolve({ code, stderr }));
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^Cannot start: ADMIN_PASSWORD is too weak .*10 ký tự/),
    ]);
  });
});

// The server's log never holds a password, a token, a password hash or a child's name: not when
// things go right, not when they go wrong (a failed sign-in, a database that disappears).
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config.ts';
import { startServer, type Started } from '../../src/server/start.ts';
import { TestDevice } from '../../src/server/testing/device.ts';
import { TEST_SCRYPT } from '../../src/server/testing/test-scrypt.ts';
import { createAccount, postJson } from '../../src/server/testing/http.ts';
import { openTestDatabase } from '../../src/server/testing/test-db.ts';
import { childAttendee, training } from './attacker.ts';

const ADMIN_PASSWORD = 'quan-tri-nhat-ky-mk';
const PASSWORD = 'mat-khau-nhat-ky-1';
const CHILD = 'Y Bí Mật Nhật Ký';
let log = '';
let server: Started;

beforeAll(async () => {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      log += chunk.toString();
      done();
    },
  });
  server = await startServer(
    {
      ...loadConfig({}),
      host: '127.0.0.1',
      port: 0,
      adminPassword: ADMIN_PASSWORD,
      staticDir: '/nonexistent',
      scryptCost: TEST_SCRYPT,
      logLevel: 'trace',
    },
    { database: await openTestDatabase(), logger: { level: 'trace', stream } },
  );
});
afterAll(() => server.stop().catch(() => undefined));

describe('the server log', () => {
  it('holds no password, token, hash or child’s name, whatever happened', async () => {
    const admin = await postJson<{ token: string }>(server.url, '/api/auth/login', {
      username: 'admin',
      password: ADMIN_PASSWORD,
    });
    const { token } = await createAccount(
      server.url,
      admin.token,
      { username: 'ctv.nhatky', role: 'collaborator', unitCode: 'kon-ray/dak-ruong' },
      PASSWORD,
    );
    await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'ctv.nhatky', password: 'sai-mat-khau-nhat-ky' }),
    });
    const phone = new TestDevice();
    const trainingId = randomUUID();
    await postJson(
      server.url,
      '/api/sync/push',
      phone.pushBody([
        phone.upsert('training', trainingId, training('kon-ray/dak-ruong')),
        phone.upsert(
          'attendee',
          randomUUID(),
          childAttendee(trainingId, 'kon-ray/dak-ruong', CHILD),
        ),
        // Refused, and kept in the rejections table: still not in the log.
        phone.upsert('attendee', randomUUID(), {
          ...childAttendee(trainingId, 'dak-glei/dak-choong', CHILD),
        }),
      ]),
      token,
    );
    // The database goes away under the server: errors are logged, and answered 503.
    await server.db.close();
    const answer = await fetch(`${server.url}/api/sync/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(phone.pushBody([])),
    });
    expect(answer.status).toBeGreaterThanOrEqual(500);
    expect(log.length).toBeGreaterThan(0);
    for (const secret of [
      ADMIN_PASSWORD,
      PASSWORD,
      'sai-mat-khau-nhat-ky',
      admin.token,
      token,
      CHILD,
      'scrypt$',
    ])
      expect(log, secret).not.toContain(secret);
  });
});

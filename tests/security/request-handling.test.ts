// Holes 5, 7, 11 and 15 of issue 17: how the server treats the request itself — other spellings of
// a URL, slow clients, too many connections, deeply nested bodies, and HTTPS headers.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Started } from '../../src/server/start.ts';
import { openTestDatabase, type TestDatabase } from '../../src/server/testing/test-db.ts';
import { freePort } from '../../src/server/testing/http.ts';
import { startTestServer, type TestServer } from '../../src/server/testing/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    config: {
      timeouts: { headersMs: 500, requestMs: 1_000, idleMs: 2_000, keepAliveMs: 500 },
      maxConnections: 20,
    },
  });
});
afterAll(() => server.stop());

const port = () => new URL(server.url).port;

/** Sends raw bytes and returns what the server answered (the status line and body). */
function raw(bytes: string, waitMs = 1_500): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(Number(port()), '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('close', () => resolve(answer));
    socket.on('error', () => resolve(answer));
    socket.write(bytes);
    setTimeout(() => socket.destroy(), waitMs);
  });
}

const statusOf = (answer: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);

describe('5. authentication is decided on the route, however the URL is spelled', () => {
  const spellings = [
    '/api/sync/pull',
    '/%61pi/sync/pull',
    '/api/%73ync/pull',
    '/api/sync/%70ull',
    '/API/sync/pull',
    '/api/sync/pull/',
    '//api/sync/pull',
    '/api//sync/pull',
    '/./api/sync/pull',
    '/api/sync/../sync/pull',
    '/api/sync/pull?cursor=1',
    '/api/sync/pull%00',
    '/api/sync/pull%',
    '/api/me;jsessionid=1',
    '/api/%2e%2e/api/me',
  ];

  it.each(spellings)(
    'POST %s without a session: 4xx problem, never data, never 500',
    async (path) => {
      const answer = await raw(
        `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`,
      );
      const status = statusOf(answer);
      expect([400, 401, 404], answer.slice(0, 200)).toContain(status);
      expect(answer).toContain('application/problem+json');
    },
  );

  it('answers an absolute-form request target with a problem, never a handler’s data', async () => {
    for (const target of [
      `http://127.0.0.1:${port()}/api/sync/pull`,
      'http://evil.example/api/me',
      '*',
    ]) {
      const answer = await raw(
        `POST ${target} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`,
      );
      expect([400, 401, 404], answer.slice(0, 200)).toContain(statusOf(answer));
      expect(answer).toContain('application/problem+json');
    }
  });

  it('still serves the public routes, and only them, without a session', async () => {
    expect((await server.request('/api/health')).status).toBe(200);
    expect((await server.request('/api/health/live')).status).toBe(200);
    expect((await server.request('/api/setup')).status).toBe(200);
    expect((await server.request('/api/me')).status).toBe(401);
    expect((await server.request('/api/me/sessions')).status).toBe(401);
    expect((await server.request('/api/nothing-here')).status).toBe(404);
  });
});

describe('7. a slow client cannot hold the server', () => {
  it('closes a connection whose headers never finish', async () => {
    const started = Date.now();
    const answer = await new Promise<string>((resolve) => {
      const socket = connect(Number(port()), '127.0.0.1');
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('close', () => resolve(text));
      // A header line, then nothing more: the rest never comes.
      socket.write('POST /api/auth/login HTTP/1.1\r\nHost: x\r\n');
      setTimeout(() => socket.destroy(), 10_000);
    });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect([0, 408]).toContain(statusOf(answer));
  });

  it('closes a connection whose body trickles in past the request timeout', async () => {
    const started = Date.now();
    await new Promise<void>((resolve) => {
      const socket = connect(Number(port()), '127.0.0.1');
      socket.on('close', () => resolve());
      socket.on('error', () => resolve());
      socket.write(
        'POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{',
      );
      const drip = setInterval(() => socket.write(' '), 200);
      socket.on('close', () => clearInterval(drip));
      setTimeout(() => {
        clearInterval(drip);
        socket.destroy();
      }, 10_000);
    });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('refuses connections beyond its cap, and serves again when they go', async () => {
    const sockets: Socket[] = [];
    for (let i = 0; i < 20; i++) {
      const socket = connect(Number(port()), '127.0.0.1');
      socket.on('error', () => undefined);
      sockets.push(socket);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    const refused = await raw(
      'GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
      800,
    );
    expect(refused).toBe('');
    sockets.forEach((socket) => socket.destroy());
    await new Promise((resolve) => setTimeout(resolve, 200));
    const served = await raw('GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(statusOf(served)).toBe(200);
  });
});

describe('11. a deeply nested body', () => {
  it('is refused with 400 problem+json before anything walks it', async () => {
    for (const path of ['/api/auth/login', '/api/sync/push']) {
      const body = `{"a":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
      const response = await server.request(path, { body, token: server.adminToken });
      expect(response.status, path).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
  });
});

describe('15. over HTTPS (and plain HTTP sent there)', () => {
  let tls: Started | undefined;
  let database: TestDatabase | undefined;
  let folder = '';
  afterAll(async () => {
    await tls?.stop();
    await database?.destroy();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('sends Strict-Transport-Security and keeps the strict content security policy', async () => {
    folder = mkdtempSync(join(tmpdir(), 'ddte-tls-'));
    const key = join(folder, 'key.pem');
    const cert = join(folder, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=DNS:localhost,IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    database = await openTestDatabase();
    const redirectPort = await freePort();
    tls = await startServer(
      {
        ...server.config,
        port: 0,
        tls: { certFile: cert, keyFile: key },
        httpRedirectPort: redirectPort,
      },
      { logger: false, database },
    );
    // Plain HTTP on its own port only sends the browser to the HTTPS address.
    const plainAnswer = await fetch(`http://127.0.0.1:${redirectPort}/forums/new?x=1`, {
      redirect: 'manual',
    });
    expect(plainAnswer.status).toBe(308);
    expect(plainAnswer.headers.get('location')).toBe(
      `https://127.0.0.1:${new URL(tls.url).port}/forums/new?x=1`,
    );
    expect(tls.url).toMatch(/^https:/);
    const headers = await new Promise<Record<string, string | string[] | undefined>>(
      (resolve, reject) => {
        const request = httpsRequest(
          `${tls?.url ?? ''}/api/health`,
          { rejectUnauthorized: false },
          (response) => {
            response.resume();
            resolve(response.headers);
          },
        );
        request.on('error', reject);
        request.end();
      },
    );
    expect(headers['strict-transport-security']).toMatch(/max-age=\d{6,}/);
    expect(headers['content-security-policy']).toContain("default-src 'self'");
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    // Plain HTTP gets no HSTS (it would be ignored, and would lie about the connection).
    const plain = await server.request('/api/health');
    expect(plain.headers.get('strict-transport-security')).toBeNull();
  });
});

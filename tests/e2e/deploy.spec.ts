// docs/deploy.md § An office without internet, step by step: the office's own certificate authority
// (`npm run local-ca`), the production build started from the built output alone with NODE_ENV=production
// on PostgreSQL over TLS, the CA offered at http://…/ca.crt and plain HTTP redirected, then a phone that
// trusts the CA opens the https address: the app installs, works offline and syncs. The phone's
// installed CA is played by Chromium's --ignore-certificate-errors-spki-list for the server's key, and
// the office's host name by a host-resolver rule to 127.0.0.1 (no traffic leaves this machine).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomUUID, X509Certificate } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, expect, request as playwrightRequest, test } from '@playwright/test';
import pg from 'pg';
import { CHROMIUM_ARGS, E2E_ADMIN_PASSWORD } from '../../playwright.config.ts';
import { chromiumPath } from '../../scripts/chromium.ts';
import { PROTOCOL_VERSION } from '../../src/shared/protocol.ts';
import { MAX_PULL_LIMIT } from '../../src/shared/protocol-limits.ts';
import {
  createAccount,
  PASSWORD,
  PHONE,
  signIn,
  syncNow,
  waitForServiceWorker,
} from './helpers.ts';

const HOST = 'ddte.local';
const PG_URL = process.env['TEST_DATABASE_URL'] || 'postgres://postgres@127.0.0.1:5432/test';
const HTTPS_PORT = Number(process.env['E2E_PORT'] ?? 8787) + 30;
const HTTP_PORT = HTTPS_PORT + 1;

/** The base64 SHA-256 of a certificate's public key, as Chromium's SPKI allow-list wants it. */
function spkiHash(pem: string): string {
  const der = new X509Certificate(pem).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('base64');
}

async function waitForHttps(url: string, child: ChildProcess, ca: string) {
  const until = Date.now() + 60_000;
  const api = await playwrightRequest.newContext({ ignoreHTTPSErrors: true });
  try {
    while (Date.now() < until) {
      if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
      const up = await api.get(`${url}/api/health/ready`).then(
        (response) => response.ok(),
        () => false,
      );
      if (up) return;
      await new Promise((done) => setTimeout(done, 200));
    }
  } finally {
    await api.dispose();
  }
  throw new Error(`the production server did not answer at ${url} (CA ${ca})`);
}

test('the production build over TLS with the office CA: installs, works offline, syncs', async () => {
  test.setTimeout(180_000);
  if (!existsSync('build/server/server/main.js') || !existsSync('dist/index.html'))
    throw new Error('run `npm run build` first: this test starts the production build');
  const root = await mkdtemp(join(tmpdir(), 'ddte-deploy-'));
  const database = `ddte_deploy_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  const databaseUrl = new URL(PG_URL);
  databaseUrl.pathname = `/${database}`;
  let server: ChildProcess | undefined;
  let context: Awaited<ReturnType<typeof chromium.launchPersistentContext>> | undefined;
  try {
    // Step 1: the office's CA and the server's certificate, with the documented command.
    const certs = join(root, 'certs');
    const made = spawnSync('npm', ['run', 'local-ca', '--', '--host', HOST, '--out', certs], {
      encoding: 'utf8',
    });
    expect(made.status, `${made.stdout}${made.stderr}`).toBe(0);

    // Step 2: the built output alone (no sources, no tsx), in a folder of its own.
    const app = join(root, 'app');
    await cp('build', join(app, 'build'), { recursive: true });
    await cp('dist', join(app, 'dist'), { recursive: true });
    await cp('package.json', join(app, 'package.json'));
    await symlink(resolve('node_modules'), join(app, 'node_modules'));
    server = spawn(process.execPath, ['build/server/server/main.js'], {
      cwd: app,
      env: {
        PATH: process.env['PATH'] ?? '',
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(HTTPS_PORT),
        HTTP_REDIRECT_PORT: String(HTTP_PORT),
        TLS_CERT_FILE: join(certs, 'server.crt'),
        TLS_KEY_FILE: join(certs, 'server.key'),
        TLS_CA_FILE: join(certs, 'ca.crt'),
        DATABASE_URL: databaseUrl.toString(),
        ADMIN_PASSWORD: E2E_ADMIN_PASSWORD,
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const origin = `https://${HOST}:${HTTPS_PORT}`;
    await waitForHttps(`https://127.0.0.1:${HTTPS_PORT}`, server, certs);

    // Step 3: the phone fetches the CA over plain HTTP; every other plain-HTTP address redirects.
    const ca = await readFile(join(certs, 'ca.crt'), 'utf8');
    const offered = await fetch(`http://127.0.0.1:${HTTP_PORT}/ca.crt`);
    expect(offered.status).toBe(200);
    expect(offered.headers.get('content-type')).toContain('application/x-x509-ca-cert');
    expect(await offered.text()).toBe(ca);
    const redirected = await fetch(`http://127.0.0.1:${HTTP_PORT}/forums?x=1`, {
      redirect: 'manual',
    });
    expect(redirected.status).toBe(308);
    expect(redirected.headers.get('location')).toBe(`https://127.0.0.1:${HTTPS_PORT}/forums?x=1`);

    // Step 4: a phone that trusts the CA (an ordinary profile: incognito never offers install).
    // The test's own requests (accounts, the district's pull) go to the address itself.
    const api = await playwrightRequest.newContext({
      baseURL: `https://127.0.0.1:${HTTPS_PORT}`,
      ignoreHTTPSErrors: true,
    });
    const collaborator = await createAccount(api, 'collaborator', 'ia-h-drai/ia-dom');
    const district = await createAccount(api, 'district', 'ia-h-drai');
    const serverKey = spkiHash(await readFile(join(certs, 'server.crt'), 'utf8'));
    context = await chromium.launchPersistentContext(join(root, 'profile'), {
      executablePath: chromiumPath(),
      args: [
        ...CHROMIUM_ARGS,
        `--host-resolver-rules=MAP ${HOST} 127.0.0.1`,
        `--ignore-certificate-errors-spki-list=${serverKey}`,
      ],
      headless: true,
      baseURL: origin,
      serviceWorkers: 'allow',
      locale: 'vi-VN',
      ...PHONE,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await signIn(page, collaborator);
    expect(await page.evaluate(() => window.isSecureContext)).toBe(true);
    await waitForServiceWorker(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    expect(installabilityErrors).toEqual([]);
    const response = await api.get('/');
    expect(response.headers()['strict-transport-security']).toContain('max-age=');

    // Step 5: offline, a forum is recorded; back online it syncs, and the district's pull has it.
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('link', { name: '+ Thêm diễn đàn' }).click();
    await page.getByLabel('Địa điểm').fill('Nhà văn hóa thôn 1 (bản triển khai)');
    await page.getByLabel('Đơn vị tổ chức').fill('UBND xã Ia Dom');
    await page.getByLabel('Ngày tổ chức').fill('12/05/2023');
    await page.getByLabel('Tổng số trẻ em tham gia').fill('30');
    await page.getByLabel('Trẻ em gái').fill('16');
    await page.getByLabel('Trẻ em trai').fill('14');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(page.getByText('Nhà văn hóa thôn 1 (bản triển khai)')).toBeVisible();
    await context.setOffline(false);
    await syncNow(page);

    const signedIn = await api.post('/api/auth/login', {
      data: { username: district, password: PASSWORD },
    });
    const { token } = (await signedIn.json()) as { token: string };
    const pulled = await api.post('/api/sync/pull', {
      headers: { authorization: `Bearer ${token}` },
      data: {
        protocolVersion: PROTOCOL_VERSION,
        clientId: randomUUID(),
        cursor: null,
        limit: MAX_PULL_LIMIT,
      },
    });
    expect(pulled.status()).toBe(200);
    expect(JSON.stringify(await pulled.json())).toContain('Nhà văn hóa thôn 1 (bản triển khai)');
    await api.dispose();
  } finally {
    await context?.close();
    if (server && server.exitCode === null) {
      const exited = new Promise((done) => server?.once('exit', done));
      server.kill('SIGTERM');
      await exited;
    }
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
    await rm(root, { recursive: true, force: true });
  }
});

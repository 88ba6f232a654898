// Installable, offline from the first second, and safe to update (issue 6), in Debian's Chromium
// against the real server.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config.ts';
import { chromiumPath } from '../../scripts/chromium.ts';
import { signedInPhone, waitForServiceWorker } from './helpers.ts';
import { startPrivateServer } from './private-server.ts';

/** Every URL held in any Cache Storage cache of the page's origin. */
function cachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      urls.push(...(await cache.keys()).map((entry) => entry.url));
    }
    return urls;
  });
}

test('the manifest is complete, in Vietnamese, with icons of the sizes it names', async ({
  page,
}) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const response = await page.request.get(href ?? '');
  expect(response.ok()).toBe(true);
  const manifest = (await response.json()) as {
    name: string;
    short_name: string;
    description: string;
    lang: string;
    start_url: string;
    scope: string;
    display: string;
    theme_color: string;
    icons: { src: string; sizes: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({
    name: 'Diễn đàn trẻ em Kon Tum',
    lang: 'vi',
    start_url: '/',
    scope: '/',
    display: 'standalone',
  });
  expect(manifest.short_name.length).toBeLessThanOrEqual(12);
  expect(manifest.description).toMatch(/không có mạng/);
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  const sizes = manifest.icons.map((icon) => `${icon.sizes}/${icon.purpose ?? 'any'}`);
  expect(sizes).toEqual(expect.arrayContaining(['192x192/any', '512x512/any', '512x512/maskable']));
  for (const icon of manifest.icons) {
    const png = await page.request.get(icon.src);
    expect(png.headers()['content-type'], icon.src).toBe('image/png');
    const bytes = await png.body();
    // A PNG's width and height sit at bytes 16–23 of its IHDR chunk.
    expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
  }
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveCount(1);
  await expect(page.locator('meta[name="apple-mobile-web-app-capable"]')).toHaveCount(1);
});

test('Chromium reports no installability errors in an ordinary (non-incognito) profile', async ({
  baseURL,
}) => {
  // Playwright's contexts are incognito, where Chromium never offers installation.
  const profile = await mkdtemp(join(tmpdir(), 'ddte-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
    ...(baseURL ? { baseURL } : {}),
  });
  try {
    const page = await context.newPage();
    await page.goto('/');
    await waitForServiceWorker(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});

test('the server sets cache headers: hashed assets immutable, the shell and worker revalidated', async ({
  request,
}) => {
  const html = await request.get('/');
  expect(html.headers()['cache-control']).toBe('no-cache');
  const sw = await request.get('/sw.js');
  expect(sw.headers()['cache-control']).toBe('no-cache');
  const script = /src="(\/assets\/[^"]+\.js)"/.exec(await html.text())?.[1];
  expect(script).toBeTruthy();
  const asset = await request.get(script ?? '');
  expect(asset.headers()['cache-control']).toContain('immutable');
  const api = await request.get('/api/health');
  expect(api.headers()['cache-control']).toBe('no-store');
  const missing = await request.get('/assets/missing-12345678.js');
  expect(missing.status()).toBe(404);
});

test('a first visit downloads the second stage while the first loads, and each file once', async ({
  browser,
  baseURL,
}) => {
  // No service worker yet: the very first visit, when every chunk comes over the network.
  const context = await browser.newContext({
    ...(baseURL ? { baseURL } : {}),
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByLabel('Tên đăng nhập')).toBeVisible();
  const prefetched = await page
    .locator('link[rel="prefetch"]')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname));
  // The shell and its router (the second stage) among them, not the first stage's own chunks.
  expect(prefetched.some((path) => /^\/assets\/render-[\w-]+\.js$/.test(path))).toBe(true);
  expect(prefetched.some((path) => /\/(runtime|start)-/.test(path))).toBe(false);
  // Each prefetched chunk crossed the network once: the import found it in the browser's cache.
  const transfers = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => (entry as PerformanceResourceTiming).transferSize > 0)
      .map((entry) => new URL(entry.name).pathname),
  );
  for (const path of prefetched) expect(transfers.filter((seen) => seen === path)).toHaveLength(1);
  await context.close();
});

test('opens signed in, with local data, offline after one visit and with the server stopped', async ({
  browser,
}) => {
  const server = await startPrivateServer();
  try {
    const { phone, page } = await signedInPhone(browser, server.url);
    await page.getByRole('link', { name: '+ Thêm diễn đàn' }).click();
    await page.getByLabel('Địa điểm').fill('Điểm trường làng Dơ Năng');
    await page.getByLabel('Đơn vị tổ chức').fill('UBND xã Ia Dom');
    await page.getByLabel('Ngày tổ chức').fill('02/06/2023');
    await page.getByLabel('Tổng số trẻ em tham gia').fill('31');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(page.getByText('Điểm trường làng Dơ Năng')).toBeVisible();
    await page.close();

    await server.stop();
    await phone.setOffline(true);
    const reopened = await phone.newPage();
    await reopened.goto('/');
    await expect(reopened.getByRole('heading', { name: 'Xã Ia Dom' })).toBeVisible();
    await expect(reopened.getByText('Kế hoạch tổ chức Diễn đàn trẻ em')).toBeVisible();
    await reopened.getByRole('link', { name: 'Diễn đàn', exact: true }).click();
    await expect(reopened.getByText('Điểm trường làng Dơ Năng')).toBeVisible();
    // A deep link opens too: navigations are answered by the cached app shell.
    await reopened.goto('/recommendations');
    await expect(reopened.getByRole('heading', { name: /Kiến nghị/ }).first()).toBeVisible();
    expect((await cachedUrls(reopened)).filter((url) => url.includes('/api/'))).toEqual([]);
    await phone.close();
  } finally {
    await server.dispose();
  }
});

test('an update deployed while a form has unsaved input waits for the user, then applies', async ({
  browser,
}) => {
  const server = await startPrivateServer();
  try {
    const { phone, page } = await signedInPhone(browser, server.url);
    const firstWorker = await page.evaluate(
      () => navigator.serviceWorker.controller?.scriptURL ?? '',
    );
    expect(firstWorker).toContain('/sw.js');

    await page.getByRole('link', { name: 'Diễn đàn', exact: true }).click();
    await page.getByRole('link', { name: '+ Thêm diễn đàn' }).click();
    await page.getByLabel('Địa điểm').fill('Nhà văn hóa thôn 2');

    // Deploy a new version: a service worker that differs and can say which version it is.
    const swPath = join(server.staticDir, 'sw.js');
    await writeFile(
      swPath,
      `${await readFile(swPath, 'utf8')}\nself.addEventListener('message', (e) => { if (e.data === 'VERSION?') e.ports[0]?.postMessage('v2'); });\n`,
    );
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const banner = page.getByRole('status').filter({ hasText: 'Có phiên bản mới' });
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('Hãy lưu biểu mẫu đang nhập trước khi cập nhật');
    await expect(banner.getByRole('button', { name: 'Cập nhật' })).toHaveCount(0);
    // Still the old worker: nothing was applied under the user's typing.
    expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await expect(page.getByLabel('Địa điểm')).toHaveValue('Nhà văn hóa thôn 2');

    await page.getByLabel('Đơn vị tổ chức').fill('UBND xã Ia Dom');
    await page.getByLabel('Ngày tổ chức').fill('03/06/2023');
    await page.getByLabel('Tổng số trẻ em tham gia').fill('40');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(page.getByText('Nhà văn hóa thôn 2')).toBeVisible();

    await banner.getByRole('button', { name: 'Cập nhật' }).click();
    await page.waitForEvent('load');
    await expect(page.getByText('Nhà văn hóa thôn 2')).toBeVisible();
    const version = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = (event) => resolve(String(event.data));
          navigator.serviceWorker.controller?.postMessage('VERSION?', [channel.port2]);
          setTimeout(() => resolve('no answer'), 5000);
        }),
    );
    expect(version).toBe('v2');
    await expect(page.getByText('Có phiên bản mới')).toHaveCount(0);
    await phone.close();
  } finally {
    await server.dispose();
  }
});

test('keeps the previous version’s assets available after a deploy', async () => {
  const server = await startPrivateServer();
  try {
    const html = await (await fetch(`${server.url}/`)).text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1] ?? '';
    expect(script).toBeTruthy();
    // A deploy replaces the build; the old hashed file is gone from it.
    const original = await readFile(join(server.staticDir, script), 'utf8');
    await rm(join(server.staticDir, script), { force: true });
    const old = await fetch(`${server.url}${script}`);
    expect(old.status).toBe(200);
    expect(old.headers.get('content-type')).toContain('javascript');
    expect(old.headers.get('cache-control')).toContain('immutable');
    expect(await old.text()).toBe(original);
  } finally {
    await server.dispose();
  }
});

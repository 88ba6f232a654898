// Opened over plain HTTP from another machine, the page is not a secure context: no service worker,
// no install, no offline. The app says so in Vietnamese, with the address to open, instead of failing
// half-way. The other machine is played by a host name resolved to 127.0.0.1 (no traffic leaves).
import { chromium, expect, test } from '@playwright/test';
import { chromiumPath } from '../../scripts/chromium.ts';
import { CHROMIUM_ARGS } from '../../playwright.config.ts';

test('over plain HTTP from another machine, the app says to open the https address', async ({
  baseURL,
}) => {
  const port = new URL(baseURL ?? 'http://127.0.0.1:8787').port;
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP van-phong.test 127.0.0.1'],
  });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`http://van-phong.test:${port}/forums/new`);
    await expect(
      page.getByRole('heading', { name: 'Cần mở bằng địa chỉ an toàn (https)' }),
    ).toBeVisible();
    await expect(
      page.getByRole('link', { name: `https://van-phong.test:${port}/forums/new` }),
    ).toBeVisible();
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
    // Nothing of the app started, so nothing failed.
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});

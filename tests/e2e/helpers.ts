import {
  expect,
  request as playwrightRequest,
  type APIRequestContext,
  type Browser,
  type Page,
} from '@playwright/test';
import { E2E_ADMIN_PASSWORD } from '../../playwright.config.ts';

export const PASSWORD = 'mat-khau-e2e-123';
let counter = 0;

export async function createAccount(request: APIRequestContext, role: string, unitCode: string) {
  const admin = await request.post('/api/auth/login', {
    data: { username: 'admin', password: E2E_ADMIN_PASSWORD },
  });
  expect(admin.status()).toBe(200);
  const { token } = (await admin.json()) as { token: string };
  const username = `${role}.${Date.now().toString(36)}${++counter}`;
  const created = await request.post('/api/admin/users', {
    headers: { authorization: `Bearer ${token}` },
    data: { username, displayName: `Cán bộ ${username}`, role, unitCode },
  });
  expect(created.status(), await created.text()).toBe(201);
  // Its owner's first sign-in: the one-time password is exchanged for their own.
  const { oneTimePassword } = (await created.json()) as { oneTimePassword: string };
  const first = await request.post('/api/auth/login', {
    data: { username, password: oneTimePassword },
  });
  const { token: ownToken } = (await first.json()) as { token: string };
  const changed = await request.post('/api/me/password', {
    headers: { authorization: `Bearer ${ownToken}` },
    data: { currentPassword: oneTimePassword, newPassword: PASSWORD },
  });
  expect(changed.status(), await changed.text()).toBe(200);
  return username;
}

export async function signIn(page: Page, username: string) {
  await page.goto('/');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  // Signed in, and the first sync has brought the plan down to the device.
  await expect(page.getByText('Kế hoạch tổ chức Diễn đàn trẻ em')).toBeVisible();
}

/** Waits until the service worker controls the page, so the app shell is cached for offline use. */
export async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });
}

export const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
export const DESKTOP = { viewport: { width: 1280, height: 860 } };

/**
 * A new collaborator of Ia Dom, signed in on a phone-sized context against the server at `baseURL`,
 * with the app shell cached by the service worker.
 */
export async function signedInPhone(browser: Browser, baseURL: string) {
  const api = await playwrightRequest.newContext({ baseURL });
  const collaborator = await createAccount(api, 'collaborator', 'ia-h-drai/ia-dom');
  await api.dispose();
  const phone = await browser.newContext({ ...PHONE, baseURL });
  const page = await phone.newPage();
  await signIn(page, collaborator);
  await waitForServiceWorker(page);
  return { phone, page };
}

/** Every row of one object store of the app's IndexedDB, read with the raw API (not the app's code). */
export function deviceRows(page: Page, store: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (name) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('dien-dan-tre-em');
        open.onerror = () => reject(new Error('cannot open the device database'));
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as Record<string, unknown>[]);
          };
          request.onerror = () => reject(new Error(`cannot read ${name}`));
        };
      }),
    store,
  );
}

/** A tab of the main navigation bar (on a phone: Trang chủ, Diễn đàn, Kiến nghị, Tập huấn, Mục khác). */
export const tab = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Chính' }).getByRole('link', { name, exact: true });

/** Opens the sync screen the way a phone user does: the sync status in the top bar. */
export const openSync = (page: Page) =>
  page.getByRole('link', { name: /^Trạng thái đồng bộ/ }).click();

/** Sends everything the device holds now, and waits until nothing is left unsent. */
export async function syncNow(page: Page) {
  await openSync(page);
  await page.getByRole('button', { name: 'Đồng bộ ngay' }).click();
  await expect(page.getByTestId('unsent-count')).toHaveText('0');
}

const SCREENSHOTS = process.env['SCREENSHOTS'] === '1';

/**
 * With SCREENSHOTS=1 (`npm run screenshots`), saves the screen to docs/screenshots/<name>.png as a
 * phone 360 px wide shows it, or at `width` (1280 for an office screen); otherwise does nothing.
 */
export async function shot(page: Page, name: string, width = 360) {
  if (!SCREENSHOTS) return;
  const size = page.viewportSize();
  const resized = size?.width !== width;
  if (resized) await page.setViewportSize({ width, height: width === 360 ? 740 : 860 });
  // A full-page shot would paint the fixed bars mid-page: lay them out in the flow for the shot.
  const style = await page.addStyleTag({
    content: '.topbar, .tabbar, .actionbar { position: static !important; }',
  });
  await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: true });
  await style.evaluate((element) => {
    (element as Element).remove();
  });
  if (resized && size) await page.setViewportSize(size);
}

/** District staff note recommendations at the desk, one after the other, under the injury theme. */
export async function recordRecommendations(page: Page, texts: string[]) {
  for (const text of texts) {
    await page.goto('/recommendations/new');
    await page.getByText('Trẻ em tham gia phòng, chống, giảm thiểu tai nạn').click();
    await page.getByLabel('Nội dung').fill(text);
    await page.getByRole('button', { name: 'Lưu và xong' }).click();
    await expect(page.getByText(text)).toBeVisible();
  }
}

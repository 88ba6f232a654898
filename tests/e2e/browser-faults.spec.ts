// What the browser can do to a user's input: close the page in the middle of a save, or run out of
// storage. Nothing entered may be lost silently; the user is told.
import { expect, test, type Page } from '@playwright/test';
import { createAccount, deviceRows, PHONE, signIn, tab, waitForServiceWorker } from './helpers.ts';

async function fillForum(page: Page, venue: string) {
  await page.getByLabel('Địa điểm').fill(venue);
  await page.getByLabel('Đơn vị tổ chức').fill('UBND xã Ia Dom');
  await page.getByLabel('Ngày tổ chức').fill('12/06/2023');
  await page.getByLabel('Tổng số trẻ em tham gia').fill('35');
}

test('a page closed in the middle of a save loses nothing and duplicates nothing', async ({
  browser,
  request,
}) => {
  const collaborator = await createAccount(request, 'collaborator', 'ia-h-drai/ia-dom');
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await signIn(page, collaborator);
  // Installed: every screen is on the phone before the network goes.
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await tab(page, 'Diễn đàn').click();
  await page.getByRole('link', { name: '+ Thêm diễn đàn' }).click();
  await fillForum(page, 'Nhà rông làng Đăk Wơk');
  // The draft is written while typing (after a short pause).
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('ddte:draft:forum:new') ?? ''))
    .toContain('Nhà rông làng Đăk Wơk');
  // Save, and close the tab at once: the save may or may not have committed.
  await page.getByRole('button', { name: 'Lưu', exact: true }).click({ noWaitAfter: true });
  await page.close({ runBeforeUnload: false });

  const again = await context.newPage();
  await again.goto('/forums');
  // Whether the first save committed, read from the device's database itself.
  const saved = (await deviceRows(again, 'forums')).filter(
    (row) => row['venue'] === 'Nhà rông làng Đăk Wơk',
  ).length;
  expect(saved).toBeLessThanOrEqual(1);
  await again.getByRole('link', { name: '+ Thêm diễn đàn' }).click();
  await expect(again.getByLabel('Địa điểm')).toBeVisible();
  const draft = await again.getByLabel('Địa điểm').inputValue();
  // Either it was saved, or the form still holds it: never neither.
  expect(saved > 0 || draft === 'Nhà rông làng Đăk Wơk').toBe(true);
  if (draft === 'Nhà rông làng Đăk Wơk') {
    // Saving the recovered draft gives one forum, whether or not the first save had committed.
    await again.getByRole('button', { name: 'Lưu', exact: true }).click();
  }
  await tab(again, 'Diễn đàn').click();
  await expect(again.getByText('Nhà rông làng Đăk Wơk')).toHaveCount(1);
  await context.close();
});

test('a screen whose code has not reached the phone says so, and opens once the network is back', async ({
  browser,
  request,
}) => {
  const collaborator = await createAccount(request, 'collaborator', 'ia-h-drai/ia-dom');
  // No service worker yet (the first minute after sign-in): a screen's code comes from the network.
  const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
  const page = await context.newPage();
  await signIn(page, collaborator);
  const cut = (route: { abort(): Promise<void> }) => route.abort();
  await page.route('**/assets/forum-form-page-*.js', cut);
  await tab(page, 'Diễn đàn').click();
  await page.getByRole('link', { name: '+ Thêm diễn đàn' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Màn hình này chưa được tải về máy');
  // The rest of the app still answers.
  await expect(tab(page, 'Diễn đàn')).toBeVisible();
  await page.unroute('**/assets/forum-form-page-*.js', cut);
  await alert.getByRole('button', { name: 'Thử lại' }).click();
  await expect(page.getByLabel('Địa điểm')).toBeVisible();
  await context.close();
});

test('storage full: the user is told, the input stays, and saving works once there is room', async ({
  browser,
  request,
}) => {
  const collaborator = await createAccount(request, 'collaborator', 'ia-h-drai/ia-dom');
  const context = await browser.newContext(PHONE);
  // A phone whose storage is full: IndexedDB refuses writes with the browser's own error. (Chromium's
  // quota override does not apply to Playwright's in-memory profiles, so the refusal is injected.)
  await context.addInitScript(() => {
    const full = window as Window & { storageFull?: boolean };
    for (const method of ['put', 'add'] as const) {
      const descriptor = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, method);
      const original = descriptor?.value as (
        this: IDBObjectStore,
        ...args: unknown[]
      ) => IDBRequest<IDBValidKey>;
      IDBObjectStore.prototype[method] = function (
        this: IDBObjectStore,
        ...args: [unknown, IDBValidKey?]
      ) {
        if (full.storageFull && this.name === 'forums')
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      };
    }
  });
  const page = await context.newPage();
  await signIn(page, collaborator);
  await page.evaluate(() => ((window as Window & { storageFull?: boolean }).storageFull = true));

  await tab(page, 'Diễn đàn').click();
  await page.getByRole('link', { name: '+ Thêm diễn đàn' }).click();
  await fillForum(page, 'Hội trường thôn 4');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Bộ nhớ của máy đã đầy');
  await expect(page.getByLabel('Địa điểm')).toHaveValue('Hội trường thôn 4');

  // Nothing half-saved: the outbox entry was rolled back with the record.
  const outbox = (await deviceRows(page, 'outbox')).length;
  expect(outbox).toBe(0);
  await page.evaluate(() => ((window as Window & { storageFull?: boolean }).storageFull = false));
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText('Hội trường thôn 4')).toBeVisible();
  await context.close();
});

test('text that looks like script or SQL is shown as text, never run', async ({
  browser,
  request,
}) => {
  const collaborator = await createAccount(request, 'collaborator', 'ia-h-drai/ia-dom');
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await signIn(page, collaborator);
  await tab(page, 'Diễn đàn').click();
  await page.getByRole('link', { name: '+ Thêm diễn đàn' }).click();
  const hostile = `Nhà văn hóa <img src=x onerror="alert(1)"><script>alert(2)</script>'; DROP TABLE records;--`;
  await fillForum(page, hostile);
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText(hostile)).toBeVisible();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toBe(0);
  await context.close();
});

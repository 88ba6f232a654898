// Sync as users meet it in Chromium: Background Sync waking the app when the server is back, and
// two people editing the same forum offline, with the losing value shown and restored.
import { expect, test, type Page } from '@playwright/test';
import {
  createAccount,
  PHONE,
  signedInPhone,
  signIn,
  tab,
  openSync,
  syncNow,
  waitForServiceWorker,
} from './helpers.ts';
import { startPrivateServer } from './private-server.ts';

async function addForum(page: Page, venue: string) {
  await tab(page, 'Diễn đàn').click();
  await page.getByRole('link', { name: '+ Thêm diễn đàn' }).click();
  await page.getByLabel('Địa điểm').fill(venue);
  await page.getByLabel('Đơn vị tổ chức').fill('UBND xã Ia Dom');
  await page.getByLabel('Ngày tổ chức').fill('10/06/2023');
  await page.getByLabel('Tổng số trẻ em tham gia').fill('33');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText(venue)).toBeVisible();
}

test('Background Sync wakes the app to send what waited while the server was away', async ({
  browser,
}) => {
  const server = await startPrivateServer();
  try {
    const { phone, page } = await signedInPhone(browser, server.url);
    await page.evaluate(() => {
      const counter = window as Window & { syncRequests?: number };
      counter.syncRequests = 0;
      navigator.serviceWorker.addEventListener('message', (event) => {
        if ((event.data as { type?: string } | null)?.type === 'SYNC_REQUESTED')
          counter.syncRequests = (counter.syncRequests ?? 0) + 1;
      });
    });
    const syncRequests = () =>
      page.evaluate(() => (window as Window & { syncRequests?: number }).syncRequests ?? 0);

    // The server goes away (the browser still believes it is online, so no "online" event comes).
    await server.stop();
    await addForum(page, 'Nhà sinh hoạt cộng đồng thôn 5');
    await openSync(page);
    await page.getByRole('button', { name: 'Đồng bộ ngay' }).click();
    await expect(page.getByRole('alert')).toContainText('Không kết nối được máy chủ');
    await expect(page.getByTestId('unsent-count')).toHaveText('1');
    // The app asked the browser to wake it when sending can succeed, and the browser keeps the
    // request for later: Chromium fires at once while it believes it is online, the failure is
    // reported back, and the phone does not wake itself again and again while the server is away.
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const registration = (await navigator.serviceWorker
            .ready) as ServiceWorkerRegistration & {
            sync?: { getTags(): Promise<string[]> };
          };
          return (await registration.sync?.getTags()) ?? [];
        }),
      )
      .toContain('ddte-sync');
    await page.getByRole('button', { name: 'Đồng bộ ngay' }).click();
    await expect(page.getByRole('alert')).toContainText('Không kết nối được máy chủ');
    expect(await syncRequests()).toBeLessThanOrEqual(1);

    await server.restart();
    const before = await syncRequests();
    // Chromium fires the sync event when its connectivity changes; here DevTools fires it.
    const cdp = await phone.newCDPSession(page);
    const registrationId = new Promise<string>((resolve) => {
      cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
        const found = registrations.find((registration) => !registration.isDeleted);
        if (found) resolve(found.registrationId);
      });
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.dispatchSyncEvent', {
      origin: server.url,
      registrationId: await registrationId,
      tag: 'ddte-sync',
      lastChance: false,
    });
    await expect.poll(syncRequests).toBeGreaterThan(before);
    await expect(page.getByTestId('unsent-count')).toHaveText('0');
    await phone.close();
  } finally {
    await server.dispose();
  }
});

test('two people edit the same forum offline: both values stay visible and one can be restored', async ({
  browser,
  request,
}) => {
  const collaborator = await createAccount(request, 'collaborator', 'ia-h-drai/ia-dom');
  const districtUser = await createAccount(request, 'district', 'ia-h-drai');
  const phoneContext = await browser.newContext(PHONE);
  const deskContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const phone = await phoneContext.newPage();
  const desk = await deskContext.newPage();
  await signIn(phone, collaborator);
  await addForum(phone, 'Hội trường thôn 1');
  await syncNow(phone);
  await signIn(desk, districtUser);
  await syncNow(desk);
  await waitForServiceWorker(phone);
  await waitForServiceWorker(desk);

  // Both offline; the phone edits first, the district office a little later.
  await phoneContext.setOffline(true);
  await deskContext.setOffline(true);
  for (const [page, venue] of [
    [phone, 'Trường tiểu học Ia Dom'],
    [desk, 'Nhà văn hóa xã Ia Dom'],
  ] as const) {
    await tab(page, 'Diễn đàn').click();
    await page.getByText('Hội trường thôn 1').click();
    await page.getByLabel('Địa điểm').fill(venue);
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(page.getByText(venue)).toBeVisible();
  }
  await phoneContext.setOffline(false);
  await syncNow(phone);
  await deskContext.setOffline(false);
  await syncNow(desk);

  // The later edit is kept everywhere; the earlier one is shown beside it on the record, which the
  // home screen's count of unresolved conflicts leads to.
  await tab(desk, 'Trang chủ').click();
  const waiting = desk.getByRole('region', { name: 'Xung đột chưa xử lý' });
  await expect(waiting.getByRole('heading')).toHaveText('1 xung đột chưa xử lý');
  await waiting.getByRole('link', { name: 'Diễn đàn · Địa điểm' }).click();
  const notice = desk.getByRole('region', { name: 'Xung đột dữ liệu' });
  await expect(notice).toContainText('Địa điểm');
  await expect(notice.locator('.conflict__kept')).toHaveText('Nhà văn hóa xã Ia Dom');
  await expect(notice.locator('.conflict__lost')).toHaveText('Trường tiểu học Ia Dom');
  await notice.getByRole('button', { name: 'Khôi phục giá trị bị thay' }).click();
  await expect(notice).toHaveCount(0);
  await expect(desk.getByLabel('Địa điểm')).toHaveValue('Trường tiểu học Ia Dom');
  await desk.goto('/sync');
  await expect(desk.getByRole('region', { name: 'Xung đột chưa xử lý' })).toHaveCount(0);

  await syncNow(phone);
  await tab(phone, 'Diễn đàn').click();
  await expect(phone.getByText('Trường tiểu học Ia Dom')).toBeVisible();
  await phoneContext.close();
  await deskContext.close();
});

test('a phone handed to another collaborator: their changes reach the server, and an open second tab starts again', async ({
  browser,
  request,
  baseURL,
}) => {
  const first = await createAccount(request, 'collaborator', 'ia-h-drai/ia-dom');
  const second = await createAccount(request, 'collaborator', 'ia-h-drai/ia-dom');
  const context = await browser.newContext({ ...PHONE, ...(baseURL ? { baseURL } : {}) });
  const page = await context.newPage();
  await signIn(page, first);
  const word = `Bàn giao ${Date.now().toString(36)}`;
  await addForum(page, `${word} thôn 1`);
  await syncNow(page);
  // The same app open in a second tab, marked so that a reload shows.
  const other = await context.newPage();
  await other.goto('/');
  await expect(other.getByText(`Cán bộ ${first}`)).toBeVisible();
  await other.evaluate(() => Object.assign(window, { beforeHandOver: true }));

  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await signIn(page, second);
  // The device was reset for the second account: the other tab no longer shows the first.
  await expect.poll(() => other.evaluate(() => 'beforeHandOver' in window)).toBe(false);
  await expect(other.getByText(`Cán bộ ${second}`)).toBeVisible();
  await expect(other.getByText(`Cán bộ ${first}`)).toHaveCount(0);

  // A new client id, numbered from 1 again by the server, though the outbox's keys carry on: the
  // change is taken, not refused as a gap.
  await addForum(page, `${word} thôn 2`);
  await syncNow(page);
  await context.close();
});

// Issue 21 § 4 on a phone: a forum's photo taken offline is compressed on the device, uploads after a
// connection dropped mid-way exactly once (each piece sent once, though an answer was lost), can be
// evicted from the phone and fetched again; a photo with children needs the guardians' consent.
import { expect, test, type Page } from '@playwright/test';
import { PHOTO_TARGET_BYTES } from '../../src/shared/files/limits.ts';
import {
  createAccount,
  deviceRows,
  openSync,
  PASSWORD,
  PHONE,
  shot,
  signIn,
  syncNow,
  waitForServiceWorker,
} from './helpers.ts';

/** A camera-sized JPEG of noise (it compresses badly, like a real photo's detail): about 4 MB. */
async function cameraPhoto(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(2000, 1500);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    const pixels = context.createImageData(2000, 1500);
    for (let index = 0; index < pixels.data.length; index += 1)
      pixels.data[index] = index % 4 === 3 ? 255 : (index * 2654435761) % 251;
    context.putImageData(pixels, 0, 0);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.97 });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let text = '';
    for (const byte of bytes) text += String.fromCharCode(byte);
    return btoa(text);
  });
  return Buffer.from(base64, 'base64');
}

test('a photo taken offline uploads once after a dropped connection, and comes back after eviction', async ({
  browser,
  request,
  baseURL,
}) => {
  const collaborator = await createAccount(request, 'collaborator', 'ia-h-drai/ia-dom');
  const district = await createAccount(request, 'district', 'ia-h-drai');
  const phone = await browser.newContext({ ...PHONE, baseURL: baseURL ?? '' });
  const page = await phone.newPage();
  await signIn(page, collaborator);
  await expect(page.getByRole('heading', { name: 'Xã Ia Dom' })).toBeVisible();
  await waitForServiceWorker(page);
  const photo = await cameraPhoto(page);
  expect(photo.length).toBeGreaterThan(3_000_000);

  await phone.setOffline(true);
  await page.getByRole('link', { name: '+ Thêm diễn đàn' }).click();
  await page.getByLabel('Địa điểm').fill('Nhà rông thôn 5');
  await page.getByLabel('Đơn vị tổ chức').fill('UBND xã Ia Dom');
  await page.getByLabel('Ngày tổ chức').fill('20/05/2023');
  await page.getByLabel('Tổng số trẻ em tham gia').fill('30');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await page.getByText('Nhà rông thôn 5').click();
  await expect(page).toHaveURL(/\/forums\/[0-9a-f-]+$/);
  const forumPath = new URL(page.url()).pathname;

  await page.getByRole('button', { name: '+ Thêm ảnh, tệp' }).click();
  await page
    .getByLabel('Ảnh hoặc tệp (chụp ảnh, ảnh có sẵn, PDF)')
    .setInputFiles({ name: 'IMG_20240520.jpg', mimeType: 'image/jpeg', buffer: photo });
  await expect(page.getByText(/IMG_20240520\.jpg: \d+ kB \(ban đầu [\d,]+ MB\)/)).toBeVisible();
  await page.getByLabel('Ghi chú').fill('Các em trình bày thông điệp');
  await page.getByLabel('Trong ảnh, tệp có trẻ em').check();
  await page.getByRole('button', { name: 'Lưu tệp' }).click();
  // Beside the field: a photo with children needs the guardians' consent.
  await expect(page.getByRole('alert')).toContainText('sự đồng ý của cha mẹ hoặc người giám hộ');
  await page.getByLabel('Đã có sự đồng ý của cha mẹ hoặc người giám hộ').check();
  await page.getByRole('button', { name: 'Lưu tệp' }).click();
  const item = page.getByTestId('attachment');
  await expect(item).toContainText('Các em trình bày thông điệp');
  await expect(item).toContainText('Chưa gửi');
  await expect(item.getByRole('img')).toBeVisible();
  await shot(page, 'forum-attachments');

  const [file] = await deviceRows(page, 'files');
  const size = Number(file?.['size']);
  const sha256 = String(file?.['sha256']);
  expect(size).toBeLessThanOrEqual(PHOTO_TARGET_BYTES);
  expect(file?.['state']).toBe('pending');

  // Online again, but the answer to the second piece is lost after the server stored it.
  const offsets: number[] = [];
  let dropped = false;
  await page.route('**/api/files/*?offset=*', async (route) => {
    const offset = Number(new URL(route.request().url()).searchParams.get('offset'));
    offsets.push(offset);
    if (offset > 0 && !dropped) {
      dropped = true;
      await route.fetch();
      await route.abort('connectionreset');
      return;
    }
    await route.continue();
  });
  await phone.setOffline(false);
  await syncNow(page);
  await expect
    .poll(async () => (await deviceRows(page, 'files'))[0]?.['state'], { timeout: 30_000 })
    .toBe('sent');
  expect(dropped).toBe(true);
  // Every piece went once: the one whose answer was lost was not sent again.
  expect(offsets).toEqual([...new Set(offsets)]);
  expect(offsets.length).toBe(Math.ceil(size / (128 * 1024)));

  // The district receives the same bytes, once, from the server.
  const login = await request.post('/api/auth/login', {
    data: { username: district, password: PASSWORD },
  });
  const { token } = (await login.json()) as { token: string };
  const served = await request.get(`/api/files/${sha256}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(served.status()).toBe(200);
  expect((await served.body()).length).toBe(size);

  // Storage care: the sent photo leaves the phone, and opening the forum fetches it again.
  await openSync(page);
  await expect(page.getByTestId('storage-files')).toContainText('1 tệp');
  await page.getByRole('button', { name: /^Xoá khỏi máy các ảnh, tệp đã gửi/ }).click();
  await expect(page.getByText(/^Đã giải phóng/)).toBeVisible();
  expect(await deviceRows(page, 'files')).toEqual([]);
  await page.goto(forumPath);
  await expect(item).toContainText('Đã gửi');
  await item.getByRole('button', { name: 'Tải về máy' }).click();
  await expect(item.getByRole('img')).toBeVisible();
  expect((await deviceRows(page, 'files'))[0]?.['size']).toBe(size);
  await phone.close();
});

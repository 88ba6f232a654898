// The thinnest real path: a collaborator records a forum and a recommendation offline on a phone,
// the app survives being closed and reopened offline, and after sync the district sees them.
import { expect, test } from '@playwright/test';
import { createAccount, signIn, waitForServiceWorker, openSync } from './helpers.ts';

test('a recommendation entered offline on a phone reaches the district after sync', async ({
  browser,
  request,
}) => {
  const collaborator = await createAccount(request, 'collaborator', 'ia-h-drai/ia-dom');
  const districtUser = await createAccount(request, 'district', 'ia-h-drai');

  const phone = await browser.newContext({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  let page = await phone.newPage();
  await signIn(page, collaborator);
  await expect(page.getByRole('heading', { name: 'Xã Ia Dom' })).toBeVisible();
  await waitForServiceWorker(page);

  await phone.setOffline(true);
  await page.getByRole('link', { name: '+ Thêm diễn đàn' }).click();
  // Mistakes are named beside their fields, and nothing leaves the form until they are mended.
  await page.getByLabel('Ngày tổ chức').fill('31/02/2023');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByLabel('Địa điểm')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Địa điểm')).toHaveAccessibleDescription('Không được để trống');
  await expect(page.getByLabel('Ngày tổ chức')).toHaveAccessibleDescription(
    'Ngày này không có trên lịch',
  );
  await expect(page.getByRole('heading', { name: 'Thêm diễn đàn' })).toBeVisible();
  await page.getByLabel('Địa điểm').fill('Nhà rông thôn 3');
  await page.getByLabel('Đơn vị tổ chức').fill('UBND xã Ia Dom');
  await page.getByLabel('Ngày tổ chức').fill('20/05/2023');
  await page.getByLabel('Tổng số trẻ em tham gia').fill('36');
  await page.getByLabel('Trẻ em gái').fill('19');
  await page.getByLabel('Trẻ em trai').fill('17');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Diễn đàn trẻ em' })).toBeVisible();
  await expect(page.getByText('Nhà rông thôn 3')).toBeVisible();

  await page.getByRole('link', { name: 'Kiến nghị', exact: true }).click();
  await page.getByRole('link', { name: '+ Ghi kiến nghị' }).click();
  // From the list, the form asks which forum it was said at.
  await page.getByLabel('Diễn đàn', { exact: true }).selectOption({ index: 1 });
  await page.getByText('Trẻ em tham gia bảo vệ trẻ em trên môi trường mạng').click();
  await page
    .getByLabel('Nội dung')
    .fill('Đề nghị nhà trường dạy kỹ năng an toàn khi dùng mạng xã hội.');
  await page.getByLabel('Cơ quan nhận').fill('Nhà trường');
  await page.getByRole('button', { name: 'Lưu và xong' }).click();
  await expect(page.getByText('Đề nghị nhà trường dạy kỹ năng an toàn')).toBeVisible();
  await expect(page.getByText('Chưa gửi').first()).toBeVisible();
  // Search on the device, offline, typed without Vietnamese accents.
  await page.getByLabel('Tìm kiến nghị').fill('ky nang an toan mang');
  const results = page.getByRole('region', { name: 'Kết quả tìm kiếm' });
  await expect(results).toContainText('(1)');
  await expect(results).toContainText('Đề nghị nhà trường dạy kỹ năng an toàn');
  await page.getByLabel('Tìm kiến nghị').fill('duoi nuoc');
  await expect(results).toContainText('Không tìm thấy kiến nghị nào');
  await page.getByLabel('Tìm kiến nghị').fill('');
  // Its own page, offline: the form as saved, and where a reply letter or a photo is attached.
  await page.getByRole('link', { name: /Đề nghị nhà trường dạy kỹ năng an toàn/ }).click();
  await expect(page.getByLabel('Nội dung')).toHaveValue(
    'Đề nghị nhà trường dạy kỹ năng an toàn khi dùng mạng xã hội.',
  );
  await expect(page.getByRole('region', { name: 'Tệp đính kèm (0)' })).toBeVisible();
  await page.goBack();

  // Close the app and open it again, still without network.
  await page.close();
  page = await phone.newPage();
  await page.goto('/forums');
  await expect(page.getByText('Nhà rông thôn 3')).toBeVisible();
  await page.getByRole('link', { name: 'Kiến nghị', exact: true }).click();
  await expect(page.getByText('Đề nghị nhà trường dạy kỹ năng an toàn')).toBeVisible();

  await phone.setOffline(false);
  await openSync(page);
  await page.getByRole('button', { name: 'Đồng bộ ngay' }).click();
  await expect(page.getByTestId('unsent-count')).toHaveText('0');

  const office = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const desk = await office.newPage();
  await signIn(desk, districtUser);
  await desk.getByRole('link', { name: 'Diễn đàn', exact: true }).click();
  await expect(desk.getByText('Nhà rông thôn 3')).toBeVisible();
  await desk.getByRole('link', { name: 'Kiến nghị', exact: true }).click();
  await expect(
    desk.getByText('Đề nghị nhà trường dạy kỹ năng an toàn khi dùng mạng xã hội.'),
  ).toBeVisible();
  await expect(
    desk.getByRole('heading', { name: /Trẻ em tham gia bảo vệ trẻ em trên môi trường mạng/ }),
  ).toContainText('(1)');

  await phone.close();
  await office.close();
});

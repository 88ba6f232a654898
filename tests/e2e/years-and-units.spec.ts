// A new year and a new map, set up on screen: province staff make the 2027 plan from 2026's, with a
// reworded theme and a sixth; a collaborator files under the new theme offline; the district's 2027
// report shows it. Then an administrator merges two communes from 1 July 2025, and the 2023 report
// still groups them under their district while 2026 shows the new commune under the province.
// (Last of the files: it adds years and changes units that the other files do not expect.)
import { expect, test, type Page } from '@playwright/test';
import { E2E_ADMIN_PASSWORD } from '../../playwright.config.ts';
import { createAccount, PHONE, shot, signIn, syncNow, waitForServiceWorker } from './helpers.ts';

const DESKTOP = { viewport: { width: 1280, height: 860 } };

async function planTo(page: Page, year: number) {
  for (let attempt = 0; attempt < 6; attempt++) {
    await page.goto('/plans');
    // The button shows once the plans have loaded, so the count below is not of an empty list.
    await expect(page.getByRole('button', { name: /^Tạo kế hoạch năm/ })).toBeVisible();
    if ((await page.getByRole('link', { name: new RegExp(`^${year} ·`) }).count()) > 0) return;
    await page.getByRole('button', { name: /^Tạo kế hoạch năm/ }).click();
    await expect(page.getByRole('heading', { name: /^Kế hoạch năm/ })).toBeVisible();
  }
}

test('province staff start 2027 from 2026; a phone files under the new theme; the 2027 report shows it', async ({
  browser,
  request,
}) => {
  const provinceUser = await createAccount(request, 'province', 'kon-tum');
  const districtUser = await createAccount(request, 'district', 'tu-mo-rong');
  const collaborator = await createAccount(request, 'collaborator', 'tu-mo-rong/dak-sao');

  const office = await browser.newContext(DESKTOP);
  const top = await office.newPage();
  await signIn(top, provinceUser);
  await planTo(top, 2026);
  await expect(
    top.getByRole('button', { name: 'Tạo kế hoạch năm 2027 từ năm 2026' }),
  ).toBeVisible();
  await top.getByRole('button', { name: 'Tạo kế hoạch năm 2027 từ năm 2026' }).click();
  await expect(top.getByRole('heading', { name: 'Kế hoạch năm 2027' })).toBeVisible();
  await top.getByLabel('Chủ đề 1').fill('Trẻ em tham gia phòng, chống bạo lực, xâm hại và bắt nạt');
  await top.getByLabel('Chủ đề mới').fill('Trẻ em tham gia chăm sóc sức khỏe tâm thần');
  await top.getByRole('button', { name: '+ Thêm chủ đề' }).click();
  await expect(top.getByLabel('Chủ đề 6')).toHaveValue(
    'Trẻ em tham gia chăm sóc sức khỏe tâm thần',
  );
  await shot(top, 'plan-editor', 1280);
  await shot(top, 'plan-editor-phone');
  await top.getByRole('button', { name: 'Lưu kế hoạch' }).click();
  await expect(top.getByRole('link', { name: /^2027 ·/ })).toContainText('6 chủ đề');
  await syncNow(top);

  // The collaborator's phone receives the plan, then files offline under the sixth theme.
  const phone = await browser.newContext(PHONE);
  const page = await phone.newPage();
  await signIn(page, collaborator);
  await waitForServiceWorker(page);
  await phone.setOffline(true);
  await page.goto('/recommendations/new');
  await page.getByLabel('Năm').selectOption('2027');
  await page.getByRole('radio', { name: /sức khỏe tâm thần/ }).check();
  await page.getByLabel('Nội dung').fill('Có phòng tư vấn tâm lý cho học sinh ở trường');
  await page.getByRole('button', { name: 'Lưu và xong' }).click();
  await phone.setOffline(false);
  await syncNow(page);

  const desk = await (await browser.newContext(DESKTOP)).newPage();
  // On 2 December 2026, with that year's plan, the district's home screen lists what is late for
  // the district: its forum and its report, since it has recorded no forum.
  await desk.clock.setFixedTime(new Date('2026-12-02T09:00:00+07:00'));
  await signIn(desk, districtUser);
  const reminders = desk.getByRole('region', { name: 'Nhắc việc' }).getByTestId('reminders');
  await expect(reminders).toContainText('Tổ chức Diễn đàn trẻ em cấp huyện');
  await expect(reminders).toContainText('30/06/2026: quá hạn 155 ngày');
  await shot(desk, 'home-reminders');
  await desk.goto('/reports');
  await desk.getByLabel('Năm', { exact: true }).selectOption('2027');
  const themes = desk.getByRole('table', { name: 'Kiến nghị theo chủ đề' });
  await expect(themes).toContainText('bạo lực, xâm hại và bắt nạt');
  await expect(themes.getByRole('row', { name: /sức khỏe tâm thần/ })).toContainText('1');
  await office.close();
  await phone.close();
});

test('a merger from 1 July 2025: 2023 reports by the old district, 2026 by the new commune', async ({
  browser,
  request,
}) => {
  const provinceUser = await createAccount(request, 'province', 'kon-tum');
  const office = await browser.newContext(DESKTOP);
  const top = await office.newPage();
  await signIn(top, provinceUser);
  // A 2023 forum in Xã Đắk Hà of Tu Mơ Rông.
  await top.goto('/forums/new');
  await top.getByLabel('Đơn vị', { exact: true }).selectOption({ value: 'tu-mo-rong/dak-ha' });
  await top.getByLabel('Ngày tổ chức').fill('15/05/2023');
  await top.getByLabel('Địa điểm').fill('Nhà rông Đắk Hà');
  await top.getByLabel('Đơn vị tổ chức').fill('UBND xã Đắk Hà');
  await top.getByLabel('Trạng thái', { exact: true }).selectOption({ label: 'Đã tổ chức' });
  await top.getByLabel('Tổng số trẻ em tham gia').fill('41');
  await top.getByRole('button', { name: 'Lưu', exact: true }).click();
  // Saved once the form has gone back to the list; leaving sooner would abandon the save.
  await expect(top).toHaveURL(/\/forums$/);
  await syncNow(top);

  // The administrator merges Đắk Hà and Đắk Na into a new commune directly under the province.
  const admin = await (await browser.newContext(DESKTOP)).newPage();
  await admin.goto('/');
  await admin.getByLabel('Tên đăng nhập').fill('admin');
  await admin.getByLabel('Mật khẩu', { exact: true }).fill(E2E_ADMIN_PASSWORD);
  await admin.getByRole('button', { name: 'Đăng nhập' }).click();
  await admin.getByRole('link', { name: 'Đơn vị hành chính' }).first().click();
  await admin.getByLabel('Tìm đơn vị (tên hoặc mã)').first().fill('tu-mo-rong/dak-ha');
  await admin.getByRole('button', { name: /Xã Đắk Hà.*tu-mo-rong\/dak-ha/ }).click();
  await admin.getByRole('button', { name: 'Sáp nhập', exact: true }).click();
  const merge = admin.getByRole('form', { name: /Sáp nhập Xã Đắk Hà/ });
  await merge.getByLabel('Tìm đơn vị (tên hoặc mã)').first().fill('dak-na');
  await merge.getByLabel('Cùng sáp nhập với (nếu có)').selectOption({ value: 'tu-mo-rong/dak-na' });
  await merge.getByLabel('Thành lập đơn vị mới từ các đơn vị này').check();
  await merge.getByLabel('Mã đơn vị (không dấu, không đổi về sau)').fill('dak-ha-moi');
  await merge.getByLabel('Tên đơn vị').fill('Xã Đắk Hà Mới');
  await merge.getByLabel('Đơn vị cấp trên của đơn vị mới').selectOption({ value: 'kon-tum' });
  await merge.getByLabel('Ngày có hiệu lực').fill('01/07/2025');
  await merge.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(merge).toHaveCount(0);
  // The tree reaches every device through sync, this one included.
  await syncNow(admin);
  await admin.goto('/admin/units');
  await admin.getByLabel('Hiện cả đơn vị đã sáp nhập, giải thể').check();
  await admin.getByLabel('Tìm đơn vị (tên hoặc mã)').first().fill('tu-mo-rong/dak-ha');
  await expect(admin.getByRole('button', { name: /Xã Đắk Hà .*→ Xã Đắk Hà Mới/ })).toBeVisible();
  await shot(admin, 'units', 1280);
  await shot(admin, 'units-phone');

  // A 2026 forum at the new commune.
  await syncNow(top);
  await top.goto('/forums/new');
  await top.getByLabel('Kế hoạch').selectOption({ value: 'kon-tum-2026' });
  await top.getByLabel('Đơn vị', { exact: true }).selectOption({ value: 'dak-ha-moi' });
  await top.getByLabel('Ngày tổ chức').fill('20/05/2026');
  await top.getByLabel('Địa điểm').fill('Hội trường xã Đắk Hà Mới');
  await top.getByLabel('Đơn vị tổ chức').fill('UBND xã Đắk Hà Mới');
  await top.getByLabel('Trạng thái', { exact: true }).selectOption({ label: 'Đã tổ chức' });
  await top.getByLabel('Tổng số trẻ em tham gia').fill('52');
  await top.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(top).toHaveURL(/\/forums$/);

  await top.goto('/reports');
  const forums = top.getByRole('table', { name: 'Diễn đàn theo đơn vị' });
  await top.getByLabel('Năm', { exact: true }).selectOption('2023');
  await expect(forums.getByRole('row', { name: /Huyện Tu Mơ Rông/ })).toContainText('41');
  await expect(forums).not.toContainText('Xã Đắk Hà Mới');
  await top.getByLabel('Năm', { exact: true }).selectOption('2026');
  await expect(forums.getByRole('row', { name: /Xã Đắk Hà Mới/ })).toContainText('52');
  await office.close();
});

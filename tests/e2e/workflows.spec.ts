// The field workflow of a collaborator on a phone, offline, running a training's attendance sheet,
// and the switch to English. The office workflows are in office-workflows.spec.ts.
// With SCREENSHOTS=1 it also saves the main screens at 360 px to docs/screenshots/ (`npm run screenshots`).
import { expect, test } from '@playwright/test';
import {
  createAccount,
  DESKTOP,
  PHONE,
  shot,
  signIn,
  syncNow,
  waitForServiceWorker,
} from './helpers.ts';

test('a collaborator keeps a training’s attendance sheet offline; names stay in the district', async ({
  browser,
  request,
}) => {
  const collaborator = await createAccount(request, 'collaborator', 'ia-h-drai/ia-dom');
  const districtUser = await createAccount(request, 'district', 'ia-h-drai');
  const provinceUser = await createAccount(request, 'province', 'kon-tum');

  const phone = await browser.newContext(PHONE);
  const page = await phone.newPage();
  await signIn(page, collaborator);
  await waitForServiceWorker(page);
  await shot(page, 'home');
  await phone.setOffline(true);

  // A small forum: the plan asks for 30 children at commune level, and the parts do not add up.
  // Both are warnings, not blocks: the forum is saved as it was.
  await page.getByRole('link', { name: '+ Thêm diễn đàn' }).click();
  await page.getByLabel('Địa điểm').fill('Nhà văn hóa thôn 2');
  await page.getByLabel('Đơn vị tổ chức').fill('UBND xã Ia Dom');
  await page.getByLabel('Ngày tổ chức').fill('02/06/2023');
  await page.getByLabel('Tổng số trẻ em tham gia').fill('24');
  await page.getByLabel('Trẻ em gái').fill('14');
  await page.getByLabel('Trẻ em trai').fill('12');
  const warnings = page.getByRole('list', { name: 'Lưu ý' });
  await expect(warnings).toContainText('Số trẻ em (24) ít hơn mức tối thiểu của kế hoạch (30).');
  await expect(warnings).toContainText('Số trẻ em gái và trai cộng lại lớn hơn tổng số trẻ em.');
  await shot(page, 'forum-form');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText('Nhà văn hóa thôn 2')).toBeVisible();
  await expect(page.getByText('Dự kiến · 24 trẻ em')).toBeVisible();

  // Quick entry at the forum, from its page: the theme, kind and addressee stay for the next
  // child's words, and both are linked to the forum.
  await page.getByText('Nhà văn hóa thôn 2').click();
  await page.getByRole('link', { name: '+ Ghi kiến nghị' }).click();
  await page.getByRole('radio', { name: /tai nạn thương tích/ }).check();
  await page.getByLabel('Nội dung').fill('Có người trông coi ở bến sông khi trẻ em đi học về.');
  await page.getByLabel('Cơ quan nhận').fill('UBND xã');
  await page.getByRole('button', { name: 'Lưu và ghi tiếp' }).click();
  await expect(page.getByText('Đã lưu 1 ý kiến. Mời ghi ý kiến tiếp theo.')).toBeVisible();
  await expect(page.getByRole('radio', { name: /tai nạn thương tích/ })).toBeChecked();
  await expect(page.getByLabel('Cơ quan nhận')).toHaveValue('UBND xã');
  await page.getByLabel('Nội dung').fill('Dạy bơi cho trẻ em vào mùa hè.');
  await page.getByLabel('Độ tuổi người nêu').selectOption({ label: '10–12 tuổi' });
  await shot(page, 'recommendation-entry');
  await page.getByRole('button', { name: 'Lưu và xong' }).click();
  // Back on the forum's page, which lists what was said at it.
  await expect(page.getByRole('heading', { name: /Ý kiến của trẻ em tại diễn đàn/ })).toContainText(
    '(2)',
  );
  await page.getByRole('link', { name: 'Kiến nghị', exact: true }).click();
  await expect(page.getByRole('heading', { name: /tai nạn thương tích/ })).toContainText('(2)');
  await shot(page, 'recommendations');

  await page.getByRole('link', { name: 'Tập huấn', exact: true }).click();
  await page.getByRole('link', { name: '+ Thêm tập huấn' }).click();
  await page.getByLabel('Chủ đề tập huấn').fill('Kỹ năng phòng, chống đuối nước');
  await page.getByLabel('Từ ngày').fill('12/06/2023');
  await page.getByLabel('Đến ngày (nếu nhiều ngày)').fill('13/06/2023');
  await page.getByLabel('Địa điểm').fill('Trường THCS Ia Dom');
  await page.getByLabel('Giảng viên').fill('Cán bộ Phòng LĐ-TB&XH');
  await page.getByRole('checkbox', { name: 'Người lớn chăm sóc trẻ em' }).check();
  await page.getByRole('button', { name: 'Lưu' }).click();

  // The attendance sheet: a child with the guardian's consent, then an adult, each in a few taps.
  await expect(page.getByRole('heading', { name: 'Kỹ năng phòng, chống đuối nước' })).toBeVisible();
  await page.getByLabel('Họ và tên').fill('Y Thị Hoa');
  await page.getByLabel('Năm sinh').fill('2010');
  await page.getByLabel('Dân tộc').fill('Gia Rai');
  await page.getByRole('radio', { name: 'Có', exact: true }).check();
  await page.getByRole('button', { name: 'Thêm vào danh sách' }).click();
  await expect(page.getByText('Đã thêm Y Thị Hoa.')).toBeVisible();
  await expect(page.getByLabel('Họ và tên')).toBeFocused();
  await page.getByLabel('Họ và tên').fill('A Thuận');
  await page.getByRole('radio', { name: 'Cha mẹ, người chăm sóc' }).check();
  await page.getByRole('radio', { name: 'Nam', exact: true }).check();
  await page.getByRole('button', { name: 'Thêm vào danh sách' }).click();
  await expect(page.getByText('Đã thêm A Thuận.')).toBeVisible();

  const list = page.getByRole('region', { name: 'Danh sách tham gia' });
  await expect(list).toContainText('(2)');
  await list.getByLabel('Y Thị Hoa có mặt ngày 12/06/2023').check();
  await list.getByLabel('A Thuận có mặt ngày 12/06/2023').check();
  await list.getByLabel('Y Thị Hoa có mặt ngày 13/06/2023').check();
  await expect(list).toContainText('12/06/2023: 2 có mặt · 13/06/2023: 1 có mặt');
  await expect(list).not.toContainText('chưa có ý kiến đồng ý');
  await shot(page, 'training-attendance');

  // The sheet to print for signatures: the listed people first, then numbered blank rows, a
  // signature column per day; the child's name is there for her own commune's collaborator.
  await page.getByRole('link', { name: 'In danh sách ký tên' }).click();
  await page.emulateMedia({ media: 'print' });
  const sheet = page.getByRole('table', { name: 'Danh sách ký tên' });
  await expect(sheet.getByRole('columnheader')).toHaveText([
    'STT',
    'Họ và tên',
    'Vai trò',
    'Giới tính',
    'Ký tên 12/06',
    'Ký tên 13/06',
  ]);
  await expect(sheet.locator('tbody tr')).toHaveCount(25);
  await expect(sheet.locator('tbody tr').nth(0)).toContainText('A Thuận');
  await expect(sheet.locator('tbody tr').nth(1)).toContainText('Y Thị HoaTrẻ emNữ');
  await expect(sheet.locator('tbody tr').nth(24)).toHaveText('25');
  await expect(page.getByRole('button', { name: 'In hoặc lưu PDF' })).toBeHidden();
  await shot(page, 'attendance-print');
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('link', { name: 'Về danh sách tham gia' }).click();

  // Search the attendance sheets, offline, without diacritics.
  await page.getByRole('link', { name: 'Tập huấn', exact: true }).click();
  await page.getByLabel('Tìm người tham gia').fill('y thi hoa');
  await expect(page.getByRole('region', { name: 'Kết quả tìm kiếm' })).toContainText('Y Thị Hoa');

  await phone.setOffline(false);
  await syncNow(page);

  // District staff see the child's name; province staff see it withheld, the adult's name kept.
  const office = await browser.newContext(DESKTOP);
  const desk = await office.newPage();
  await signIn(desk, districtUser);
  await desk.getByRole('link', { name: 'Tập huấn', exact: true }).click();
  await desk.getByRole('link', { name: /Kỹ năng phòng, chống đuối nước/ }).click();
  await expect(desk.getByRole('region', { name: 'Danh sách tham gia' })).toContainText('Y Thị Hoa');

  const province = await browser.newContext(DESKTOP);
  const top = await province.newPage();
  await signIn(top, provinceUser);
  await top.getByRole('link', { name: 'Tập huấn', exact: true }).click();
  await top.getByRole('link', { name: /Kỹ năng phòng, chống đuối nước/ }).click();
  const seen = top.getByRole('region', { name: 'Danh sách tham gia' });
  await expect(seen).toContainText('A Thuận');
  await expect(seen).toContainText('(ẩn tên trẻ em)');
  await expect(seen).not.toContainText('Y Thị Hoa');

  await phone.close();
  await office.close();
  await province.close();
});

test('a collaborator switches the app to English and back, on a phone', async ({
  browser,
  request,
}) => {
  const collaborator = await createAccount(request, 'collaborator', 'dak-ha/dak-la');
  const phone = await browser.newContext(PHONE);
  const page = await phone.newPage();
  await signIn(page, collaborator);
  // Collaborators do not forward: the screen is not offered to them.
  await page.getByRole('link', { name: 'Mục khác' }).click();
  await expect(page.getByRole('link', { name: 'Theo dõi trả lời kiến nghị' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Chuyển kiến nghị lên cấp trên' })).toHaveCount(0);
  await shot(page, 'more');

  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.getByRole('heading', { name: 'More' })).toBeVisible();
  await page.getByRole('link', { name: 'Home' }).click();
  await shot(page, 'home-english');
  await expect(page.getByRole('link', { name: '+ Record a recommendation' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Sync status/ })).toBeVisible();
  // The choice survives a reload.
  await page.reload();
  await expect(page.getByRole('link', { name: 'Trainings', exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'More' }).click();
  await page.getByRole('radio', { name: 'Tiếng Việt' }).check();
  await expect(page.getByRole('heading', { name: 'Mục khác' })).toBeVisible();
  await phone.close();
});

// Accounts without a programmer: an administrator creates a collaborator and resets a forgotten
// password on screen; the collaborator signs in with the one-time password and must choose their own.
import { expect, test, type Page } from '@playwright/test';
import { E2E_ADMIN_PASSWORD } from '../../playwright.config.ts';
import { DESKTOP, PHONE, shot } from './helpers.ts';

async function signInAs(page: Page, username: string, password: string) {
  await page.goto('/');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

test('an administrator creates a collaborator and resets the password; the collaborator must change it', async ({
  browser,
}) => {
  const office = await browser.newContext(DESKTOP);
  const desk = await office.newPage();
  await signInAs(desk, 'admin', E2E_ADMIN_PASSWORD);
  // The administrator's home offers administration, not field work.
  await expect(desk.getByRole('link', { name: 'Tài khoản người dùng' }).first()).toBeVisible();
  await expect(desk.getByRole('link', { name: '+ Thêm diễn đàn' })).toHaveCount(0);
  await desk.getByRole('link', { name: 'Tài khoản người dùng' }).first().click();

  const username = `ctv.iatoi.${Date.now().toString(36)}`;
  await desk.getByRole('button', { name: '+ Thêm tài khoản' }).click();
  const form = desk.getByRole('form', { name: 'Tài khoản' });
  await form.getByLabel('Tên đăng nhập').fill(username);
  await form.getByLabel('Họ và tên').fill('Y Bông');
  await form.getByLabel('Vai trò').selectOption({ label: 'Cộng tác viên cấp xã' });
  // A hundred communes: found by typing part of the name (without accents) or the code.
  await form.getByLabel('Tìm đơn vị (tên hoặc mã)').fill('ia toi');
  await form.getByLabel('Đơn vị', { exact: true }).selectOption({ value: 'ia-h-drai/ia-toi' });
  await form.getByRole('button', { name: 'Lưu' }).click();
  const first = await desk.locator('.one-time-password code').textContent();
  expect(first).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
  await desk.getByRole('button', { name: 'Đã ghi lại' }).click();

  // The collaborator forgot it: a new one-time password replaces the first.
  await desk.getByLabel('Tìm tài khoản (tên, tên đăng nhập, đơn vị)').fill(username);
  const row = desk.getByRole('listitem').filter({ hasText: username });
  await expect(row).toContainText('Xã Ia Tơi');
  await shot(desk, 'accounts', 1280);
  await row.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
  const second = await desk.locator('.one-time-password code').textContent();
  expect(second).not.toBe(first);

  // On the phone: the one-time password opens only the screen to choose a new one.
  const phone = await browser.newContext(PHONE);
  const page = await phone.newPage();
  // Nothing typed: each field says what it needs, before anything is sent.
  await page.goto('/');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByText('Bắt buộc nhập tên đăng nhập')).toBeVisible();
  await expect(page.getByText('Bắt buộc nhập mật khẩu')).toBeVisible();
  await expect(page.getByLabel('Tên đăng nhập')).toHaveAttribute('aria-invalid', 'true');
  await signInAs(page, username, first ?? '');
  await expect(page.getByText('Sai tên đăng nhập hoặc mật khẩu.')).toBeVisible();
  await signInAs(page, username, second ?? '');
  await expect(page.getByText('Bạn đang dùng mật khẩu tạm thời.', { exact: false })).toBeVisible();
  await page.getByLabel('Mật khẩu tạm thời').fill(second ?? '');
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill('1234567890');
  await page.getByLabel('Nhập lại mật khẩu mới').fill('1234567890');
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(page.getByText('Mật khẩu này quá phổ biến', { exact: false })).toBeVisible();
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill('bong-hoa-ia-toi-2026');
  await page.getByLabel('Nhập lại mật khẩu mới').fill('bong-hoa-ia-toi-2026');
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(page.getByRole('heading', { name: 'Xã Ia Tơi' })).toBeVisible();
  await expect(page.getByText('Kế hoạch tổ chức Diễn đàn trẻ em').first()).toBeVisible();
  await office.close();
  await phone.close();
});

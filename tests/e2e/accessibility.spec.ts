// Every screen for every hand: axe-core finds no serious or critical violation on any route, at
// 360 px, for each role that opens it (issue 21). Screens are visited as their users reach them.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { E2E_ADMIN_PASSWORD } from '../../playwright.config.ts';
import { createAccount, PHONE, signIn } from './helpers.ts';

const ROUTES: Record<'collaborator' | 'district' | 'province' | 'admin', string[]> = {
  collaborator: [
    '/',
    '/forums',
    '/forums/new',
    '/recommendations',
    '/recommendations/new',
    '/trainings',
    '/trainings/new',
    '/work-programme',
    '/reports',
    '/more',
    '/account',
    '/sync',
  ],
  district: [
    '/follow-up',
    '/follow-up/import',
    '/forwarding',
    '/reports/submissions',
    '/reports/letterhead',
  ],
  province: ['/plans', '/plans/kon-tum-2023', '/work-programme/import', '/reports'],
  admin: ['/admin/accounts', '/admin/units'],
};

async function violations(page: Page, route: string) {
  // Within the app, as a link does (wouter follows history.pushState): reloading the whole app
  // for each of 23 routes would cost most of this test's time and check nothing more.
  // The headings on screen now are marked, so the wait below is for the next screen's own.
  await page.evaluate((path) => {
    if (location.pathname === path) return;
    for (const heading of document.querySelectorAll<HTMLElement>('main h1, main h2'))
      heading.dataset['before'] = '';
    history.pushState(null, '', path);
  }, route);
  await expect(page).toHaveURL(route);
  await expect(
    page.locator('main h1:not([data-before]), main h2:not([data-before])').first(),
  ).toBeVisible();
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      route,
      rule: violation.id,
      impact: violation.impact,
      nodes: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
    }));
}

test('no serious or critical accessibility violation on any screen, at 360 px', async ({
  browser,
  request,
}) => {
  // axe-core walks every route of four roles on a 2-core machine: well beyond one test's usual 90 s.
  test.setTimeout(240_000);
  const found: Awaited<ReturnType<typeof violations>> = [];
  for (const [role, routes] of Object.entries(ROUTES)) {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    if (role === 'admin') {
      await page.goto('/');
      await page.getByLabel('Tên đăng nhập').fill('admin');
      await page.getByLabel('Mật khẩu', { exact: true }).fill(E2E_ADMIN_PASSWORD);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await expect(page.getByRole('link', { name: 'Tài khoản người dùng' }).first()).toBeVisible();
    } else {
      const unit = { collaborator: 'ia-h-drai/ia-dom', district: 'ia-h-drai', province: 'kon-tum' }[
        role
      ];
      await signIn(page, await createAccount(request, role, unit ?? 'kon-tum'));
    }
    for (const route of routes) found.push(...(await violations(page, route)));
    await context.close();
  }
  expect(found).toEqual([]);
});

// Compile and report: district staff make the district report offline and download every export;
// the province downloads its report across districts. Each file is opened and read back.
import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import readXlsxFile from 'read-excel-file/node';
import { readDocx } from '../../src/client/testing/office-files.ts';
import {
  createAccount,
  DESKTOP,
  recordRecommendations,
  shot,
  signIn,
  syncNow,
  waitForServiceWorker,
} from './helpers.ts';

async function download(page: Page, button: string): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = await file.path();
  return { file, bytes: await readFile(path) };
}

/** Waits until the service worker has kept the report libraries for offline use. */
async function officeToolsCached(page: Page) {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const cache = await caches.open('ddte-office');
          return (await cache.keys()).map((request) => new URL(request.url).pathname).join(' ');
        }),
      { timeout: 30_000 },
    )
    .toMatch(/office-docx-.*export\.worker-|export\.worker-.*office-docx-/);
}

test('district staff make the district report offline and download each export', async ({
  browser,
  request,
}) => {
  const districtUser = await createAccount(request, 'district', 'dak-to');
  const office = await browser.newContext(DESKTOP);
  const desk = await office.newPage();
  await signIn(desk, districtUser);
  await waitForServiceWorker(desk);

  // This year's district forum and two recommendations from it.
  await desk.goto('/forums/new');
  await desk.getByLabel('Địa điểm').fill('Hội trường UBND huyện Đắk Tô');
  await desk.getByLabel('Đơn vị tổ chức').fill('Phòng LĐ-TB&XH huyện Đắk Tô');
  await desk.getByLabel('Ngày tổ chức').fill('22/06/2023');
  await desk.getByLabel('Trạng thái', { exact: true }).selectOption({ label: 'Đã tổ chức' });
  await desk.getByLabel('Tổng số trẻ em tham gia').fill('52');
  await desk.getByLabel('Trẻ em gái').fill('27');
  await desk.getByLabel('Trẻ em trai').fill('25');
  await desk.getByLabel('Trẻ em dân tộc thiểu số').fill('38');
  await desk.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(desk.getByText('Hội trường UBND huyện Đắk Tô')).toBeVisible();
  for (const [theme, text] of [
    ['môi trường mạng', 'Tổ chức buổi học an toàn trên mạng cho học sinh THCS'],
    ['bạo lực, xâm hại', 'Có đường dây nóng của huyện dán ở mỗi lớp học'],
  ] as const) {
    await desk.goto('/recommendations/new');
    await desk.getByLabel('Diễn đàn', { exact: true }).selectOption({ index: 1 });
    await desk.getByRole('radio', { name: new RegExp(theme) }).check();
    await desk.getByLabel('Nội dung').fill(text);
    await desk.getByRole('button', { name: 'Lưu và xong' }).click();
    await expect(desk.getByText(text)).toBeVisible();
  }

  // Now controlled by the service worker, the device keeps the report tools; then the network goes.
  await desk.reload();
  await officeToolsCached(desk);
  await office.setOffline(true);
  await desk.goto('/reports');
  await expect(desk.getByRole('table', { name: 'Diễn đàn theo đơn vị' })).toContainText('52');
  await expect(desk.getByRole('img', { name: 'Kiến nghị theo chủ đề và loại' })).toBeVisible();

  const report = await download(desk, 'Báo cáo kết quả (.docx)');
  expect(report.file.suggestedFilename()).toBe('bao-cao-dien-dan-tre-em-2023.docx');
  const doc = readDocx(report.bytes);
  expect(doc.paragraphs).toEqual(
    expect.arrayContaining([
      'UBND HUYỆN ĐẮK TÔ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Kết quả tổ chức Diễn đàn trẻ em cấp huyện năm 2023',
      'Nơi nhận:',
    ]),
  );
  expect(doc.rows).toContainEqual(['Tổng cộng', '1', '0', '52', '27', '25', '38', '0']);
  expect(doc.paragraphs.join('\n')).toContain('Có đường dây nóng của huyện dán ở mỗi lớp học');

  const xlsx = await download(desk, 'Kiến nghị tổng hợp (.xlsx)');
  const sheets = await readXlsxFile(xlsx.bytes);
  expect(sheets[0]?.sheet).toBe('Tổng hợp');
  expect(sheets[0]?.data.at(-1)?.slice(0, 5)).toEqual(['Tổng cộng', 2, 0, 0, 2]);
  expect(sheets).toHaveLength(6);

  const csv = await download(desk, 'Kiến nghị (.csv)');
  expect(csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  expect(csv.bytes.toString('utf8')).toContain(
    'Tổ chức buổi học an toàn trên mạng cho học sinh THCS',
  );

  const full = await download(desk, 'Toàn bộ dữ liệu (.xlsx)');
  const fullSheets = await readXlsxFile(full.bytes);
  expect(fullSheets.map((s) => s.sheet)).toEqual(
    expect.arrayContaining(['Diễn đàn', 'Người tham gia tập huấn']),
  );

  // The print view: the same report, on the page.
  await desk.getByRole('link', { name: 'Xem bản in' }).click();
  await expect(desk.getByText('Độc lập - Tự do - Hạnh phúc')).toBeVisible();
  await expect(desk.getByRole('button', { name: 'In báo cáo' })).toBeVisible();
  await office.setOffline(false);
  await office.close();
});

test('province staff download the report across districts and the work programme', async ({
  browser,
  request,
}) => {
  const provinceUser = await createAccount(request, 'province', 'kon-tum');
  const office = await browser.newContext(DESKTOP);
  const top = await office.newPage();
  await signIn(top, provinceUser);
  await top.goto('/reports');
  await expect(top.getByRole('table', { name: 'Diễn đàn theo đơn vị' })).toContainText(
    'Huyện Ia H',
  );
  const province = await download(top, 'Báo cáo toàn tỉnh (.xlsx)');
  const sheets = await readXlsxFile(province.bytes);
  const districts = sheets.find((s) => s.sheet === 'Theo đơn vị');
  expect(districts?.data[0]?.slice(0, 3)).toEqual(['Đơn vị', 'Báo cáo', 'Diễn đàn đã tổ chức']);
  expect(districts?.data.map((row) => row[0])).toEqual(
    expect.arrayContaining(['Huyện Đắk Hà', 'Huyện Sa Thầy', 'Tổng cộng']),
  );
  expect(sheets.map((s) => s.sheet)).toContain('Kiến nghị chuyển lên');

  const programme = await download(top, 'Chương trình công tác (.xlsx)');
  const [activities] = await readXlsxFile(programme.bytes);
  expect(activities?.data[0]?.slice(0, 4)).toEqual([
    'STT',
    'Năm',
    'Nội dung hoạt động',
    'Cơ quan chủ trì',
  ]);
  expect(activities?.data.length).toBeGreaterThan(10);
  await office.close();
});

test('forwarded recommendations are shown as forwarded and counted once, on screen and in the files', async ({
  browser,
  request,
}) => {
  const districtUser = await createAccount(request, 'district', 'kon-plong');
  const provinceUser = await createAccount(request, 'province', 'kon-tum');
  const office = await browser.newContext(DESKTOP);
  const desk = await office.newPage();
  await signIn(desk, districtUser);
  await recordRecommendations(desk, [
    'Có thêm phao cứu sinh ở bến đò Kon Plông',
    'Cần phao cứu sinh ở bến đò của xã',
    'Mở lớp dạy bơi mùa hè cho trẻ em',
  ]);
  await desk.getByRole('link', { name: 'Chuyển kiến nghị lên cấp trên' }).first().click();
  await desk.getByText('Có thêm phao cứu sinh ở bến đò Kon Plông').click();
  await desk.getByText('Cần phao cứu sinh ở bến đò của xã').click();
  await desk.getByRole('button', { name: 'Gộp thành một' }).click();
  await desk.getByLabel('Nội dung sau khi gộp').fill('Có phao cứu sinh ở các bến đò');
  await desk.getByRole('button', { name: 'Gộp và chuyển' }).click();
  await expect(desk.getByText('Đã chuyển 2 ý kiến lên cấp tỉnh (1 bản ghi mới).')).toBeVisible();

  // Three things were said; one merged copy went up. Nothing counts twice.
  await desk.goto('/reports');
  const themes = desk.getByRole('table', { name: 'Kiến nghị theo chủ đề' });
  await expect(themes.getByRole('row').last()).toContainText('Tổng cộng');
  await expect(themes.getByRole('row').last()).toHaveText(/Tổng cộng\s*3\s*0\s*0\s*0\s*0\s*0\s*3/);
  await expect(
    desk.getByText('Đã chuyển lên cấp trên 1 kiến nghị (từ 2 ý kiến nêu trên, không tính thêm).'),
  ).toBeVisible();
  const report = await download(desk, 'Báo cáo kết quả (.docx)');
  const doc = readDocx(report.bytes);
  expect(doc.rows).toContainEqual(['Tổng cộng', '3', '0', '0', '3']);
  const csv = await download(desk, 'Kiến nghị (.csv)');
  expect(csv.bytes.toString('utf8').trim().split('\r\n')).toHaveLength(4);

  // The district sends its report; the province sees it sent, and its three recommendations once.
  await desk.getByRole('button', { name: 'Gửi báo cáo năm 2023' }).click();
  await expect(desk.getByText('Đã gửi, chờ cấp trên xem xét')).toBeVisible();
  await syncNow(desk);

  const province = await browser.newContext(DESKTOP);
  const top = await province.newPage();
  await signIn(top, provinceUser);
  await top.goto('/reports');
  const provinceReport = await download(top, 'Báo cáo toàn tỉnh (.xlsx)');
  const sheets = await readXlsxFile(provinceReport.bytes);
  const byUnit = sheets.find((sheet) => sheet.sheet === 'Theo đơn vị');
  const row = byUnit?.data.find((cells) => cells[0] === 'Huyện Kon Plông');
  expect(row?.[1]).toBe('Đã gửi');
  expect(row?.at(-1)).toBe(3);
  await top.goto('/reports/submissions');
  await expect(top.getByText('Huyện Kon Plông')).toBeVisible();
  await shot(top, 'report-submissions');
  await shot(top, 'report-submissions-office', 1280);
  await office.close();
  await province.close();
});

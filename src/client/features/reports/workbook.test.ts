import readXlsxFile from 'read-excel-file/node';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { recommendationData } from '../../../shared/testing/fixtures.ts';
import { reportFigures } from '../../../shared/reports/report-figures.ts';
import type { Plan } from '../../../shared/schemas/plan.ts';
import { PLAN_2023, reportInputOf } from '../../../shared/testing/report-year.ts';
import { UnitTree } from '../../../shared/units/unit-tree.ts';
import { nameForExport } from './data-sheets.ts';
import { recommendationSheets, sheetName, toCsv } from './workbook.ts';
import { writeXlsx } from './write-xlsx.ts';

const plan: Plan = {
  ...PLAN_2023,
  themes: [
    { code: 'violence-abuse', title: 'Trẻ em tham gia phòng, chống bạo lực, xâm hại trẻ em' },
    { code: 'online-safety', title: 'Trẻ em tham gia bảo vệ trẻ em trên môi trường mạng' },
  ],
  deadlines: [],
  minimumChildren: { commune: 0, district: 0, province: 0, national: 0 },
};
const tree = new UnitTree(
  [
    { id: 'dak-ha', name: 'Huyện Đắk Hà', type: 'district', level: 'district', parentCode: null },
    {
      id: 'dak-ha/dak-la',
      name: 'Xã Đắk La',
      type: 'commune',
      level: 'commune',
      parentCode: 'dak-ha',
    },
  ],
  '2023-12-31',
);
const names: Record<string, string> = { 'dak-ha': 'Huyện Đắk Hà', 'dak-ha/dak-la': 'Xã Đắk La' };
const unitName = (code: string) => names[code] ?? code;
const recommendations = [
  recommendationData('dak-ha/dak-la', {
    themeCode: 'online-safety',
    kind: 'message',
    text: 'Đừng chia sẻ mật khẩu',
  }),
  recommendationData('dak-ha', {
    themeCode: 'violence-abuse',
    responseStatus: 'implemented',
    text: 'Hộp thư góp ý',
  }),
  recommendationData('dak-ha', {
    themeCode: 'online-safety',
    responseStatus: 'not-possible',
    responseCause: 'Thiếu kinh phí',
    text: 'Wifi ở nhà văn hóa',
  }),
].map((r, index) => ({ ...r, id: `r${index}` }));

async function workbook() {
  const figures = reportFigures(
    reportInputOf({ tree, area: 'dak-ha', year: 2023, today: '2023-07-01', plan, recommendations }),
  );
  const blob = await writeXlsx(recommendationSheets(figures, recommendations, unitName));
  return readXlsxFile(Buffer.from(await blob.arrayBuffer()));
}

describe('recommendations workbook (.xlsx)', () => {
  it("opens with a summary sheet and one sheet per theme, named within Excel's limits", async () => {
    const sheets = await workbook();
    expect(sheets.map((s) => s.sheet)).toEqual([
      'Tổng hợp',
      '1. Phòng, chống bạo lực, xâm h…',
      '2. Bảo vệ trẻ em trên môi trườ…',
    ]);
    for (const sheet of sheets) expect(sheet.sheet.length).toBeLessThanOrEqual(31);
  });

  it('totals on the summary equal the rows of the theme sheets', async () => {
    const [summary, ...themes] = await workbook();
    const totals = summary?.data.at(-1);
    expect(totals?.[0]).toBe('Tổng cộng');
    expect(totals?.[4]).toBe(recommendations.length);
    const rowsInThemes = themes.reduce((sum, sheet) => sum + sheet.data.length - 1, 0);
    expect(rowsInThemes).toBe(recommendations.length);
    expect(summary?.data[2]).toEqual([
      'Trẻ em tham gia bảo vệ trẻ em trên môi trường mạng',
      1,
      0,
      1,
      2,
      0,
      0,
      1,
      1,
    ]);
  });

  it("writes each recommendation with its unit's name and its answer in words", async () => {
    const sheets = await workbook();
    const online = sheets[2]?.data;
    expect(online?.[0]?.slice(0, 6)).toEqual(['STT', 'Năm', 'Đơn vị', 'Cấp', 'Loại', 'Nội dung']);
    expect(online?.[2]).toEqual(
      expect.arrayContaining([
        2,
        2023,
        'Huyện Đắk Hà',
        'Wifi ở nhà văn hóa',
        'Chưa thể thực hiện',
        'Thiếu kinh phí',
      ]),
    );
  });
});

describe('CSV export', () => {
  it('starts with a byte order mark and quotes what needs quoting', async () => {
    const csv = await toCsv([
      ['Nội dung', 'Đơn vị'],
      ['Trẻ em nói: "an toàn, vui vẻ"', 'Xã Đắk La'],
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('Nội dung,Đơn vị\r\n"Trẻ em nói: ""an toàn, vui vẻ""",Xã Đắk La\r\n');
  });

  it('neutralises cells a spreadsheet would run as a formula (issue 17, hole 12)', async () => {
    const hostile = ['=HYPERLINK("http://x","bấm")', '+1+2', '-2+3', '@SUM(A1)', '\tx', '\rx'];
    const csv = await toCsv([hostile, ['an toàn = vui']]);
    const [first, second] = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data;
    expect(first).toHaveLength(hostile.length);
    for (const cell of first ?? []) expect(cell.startsWith("'"), cell).toBe(true);
    // Text that only contains such a sign further on is left as it is.
    expect(second).toEqual(['an toàn = vui']);
  });
});

describe("children's names in exports", () => {
  const child = { name: 'Y Thị Hoa', role: 'child' as const, unitCode: 'ia-h-drai/ia-dom' };
  it("keeps a child's name only where the exporter may read it", () => {
    expect(nameForExport(child, () => true)).toBe('Y Thị Hoa');
    expect(nameForExport(child, () => false)).toBe('(ẩn tên trẻ em)');
  });
  it("keeps adults' names", () => {
    expect(nameForExport({ ...child, role: 'adult' }, () => false)).toBe('Y Thị Hoa');
  });
  it('never names a sheet with characters Excel refuses', () => {
    expect(sheetName(0, 'A/B: [c]?')).toBe('1. A B   c  ');
  });
});

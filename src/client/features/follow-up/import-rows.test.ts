import { describe, expect, it } from 'vitest';
import { importRows, type Cell, type ImportContext } from './import-rows.ts';

const context: ImportContext = {
  units: [
    { id: 'dak-ha', name: 'Huyện Đắk Hà', level: 'district' },
    { id: 'dak-ha/ha-mon', name: 'Xã Hà Mòn', level: 'commune' },
    { id: 'sa-thay', name: 'Huyện Sa Thầy', level: 'district' },
    { id: 'dak-ha/dak-long', name: 'Xã Đắk Long', level: 'commune' },
    { id: 'kon-plong/dak-long', name: 'Xã Đắk Long', level: 'commune' },
  ],
  scope: new Set(['dak-ha', 'dak-ha/ha-mon', 'dak-ha/dak-long']),
  plans: [
    {
      year: 2023,
      themes: [
        { code: 'violence-abuse', title: 'Trẻ em tham gia phòng, chống bạo lực, xâm hại trẻ em' },
        { code: 'online-safety', title: 'Trẻ em tham gia bảo vệ trẻ em trên môi trường mạng' },
      ],
    },
  ],
  planIdOf: (year) => (year === 2023 ? 'kon-tum-2023' : null),
};

const HEADING: Cell[] = [
  'Năm',
  'Đơn vị',
  'Chủ đề',
  'Loại',
  'Nội dung kiến nghị',
  'Cơ quan nhận',
  'Kết quả',
  'Nguyên nhân',
];

describe('importRows', () => {
  it('reads headings written with or without diacritics and maps names to codes', async () => {
    const result = await importRows(
      [
        HEADING,
        [
          2022,
          'Xã Hà Mòn',
          2,
          'Sáng kiến',
          'Lắp camera ở cổng trường',
          'UBND xã',
          'Đang xem xét',
          '',
        ],
        [
          '2022',
          'dak-ha',
          'bao luc',
          '',
          'Có người lớn tư vấn ở trường',
          '',
          'Đã được đáp ứng',
          '',
        ],
      ],
      context,
    );
    expect(result.errors).toEqual([]);
    expect(result.rows.map((row) => row.data)).toMatchObject([
      {
        year: 2022,
        unitCode: 'dak-ha/ha-mon',
        level: 'commune',
        themeCode: 'online-safety',
        kind: 'initiative',
        responseStatus: 'in-progress',
        planId: null,
      },
      {
        unitCode: 'dak-ha',
        level: 'district',
        themeCode: 'violence-abuse',
        kind: 'recommendation',
        responseStatus: 'implemented',
      },
    ]);
  });

  it('names the row and column of every problem and imports nothing then', async () => {
    const result = await importRows(
      [
        HEADING,
        [2023, 'Huyện Đắk Hà', 1, 'Kiến nghị', 'Hợp lệ', '', '', ''],
        [2023, 'Huyện Sa Thầy', 1, 'Kiến nghị', 'Ngoài phạm vi', '', '', ''],
        ['hai nghìn', 'Huyện Đắk Hà', 9, 'Bài hát', '', '', 'Chưa thể thực hiện', ''],
      ],
      context,
    );
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { line: 3, column: 'Đơn vị', message: 'Đơn vị ngoài phạm vi của bạn' },
        { line: 4, column: 'Năm', message: 'Năm không hợp lệ' },
        { line: 4, column: 'Chủ đề', message: 'Chủ đề không có trong kế hoạch' },
        expect.objectContaining({ line: 4, column: 'Loại' }),
      ]),
    );
    expect(result.errors.some((error) => error.line === 2)).toBe(false);
  });

  it('applies the rule that a "not possible" answer gives its cause and solution', async () => {
    const result = await importRows(
      [HEADING, [2023, 'dak-ha', 1, '', 'Xây nhà văn hóa', '', 'Chưa thể thực hiện', '']],
      context,
    );
    expect(result.errors).toEqual([
      { line: 2, column: 'Nguyên nhân', message: 'Cần nêu nguyên nhân chưa thể thực hiện' },
      { line: 2, column: 'Giải pháp', message: 'Cần nêu giải pháp' },
    ]);
  });

  it('gives a row the same id on every import, and flags a row repeated in the file', async () => {
    const row: Cell[] = [2023, 'dak-ha', 1, '', 'Sân chơi an toàn', '', '', ''];
    const first = await importRows([HEADING, row], context);
    const again = await importRows([HEADING, [...row]], context);
    expect(first.rows[0]?.id).toBe(again.rows[0]?.id);
    expect(first.rows[0]?.id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    const twice = await importRows([HEADING, row, row], context);
    expect(twice.errors).toEqual([
      { line: 3, column: 'Nội dung kiến nghị', message: 'Trùng với dòng 2' },
    ]);
  });

  it("reads a commune name that repeats across districts as the one in the user's scope", async () => {
    const result = await importRows(
      [HEADING, [2023, 'Xã Đắk Long', 1, '', 'Sân chơi', '', '', '']],
      context,
    );
    expect(result.rows[0]?.data.unitCode).toBe('dak-ha/dak-long');
  });

  it('refuses a file without the required columns', async () => {
    const result = await importRows([['Ghi chú'], ['x']], context);
    expect(result.rows).toEqual([]);
    expect(result.errors.map((error) => error.column)).toEqual([
      'Năm',
      'Đơn vị',
      'Chủ đề',
      'Nội dung kiến nghị',
    ]);
  });
});

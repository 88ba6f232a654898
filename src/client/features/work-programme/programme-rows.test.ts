import { describe, expect, it } from 'vitest';
import { readDue, readProgramme } from './programme-rows.ts';

const HEADING = [
  'STT',
  'Nội dung hoạt động',
  'Cơ quan chủ trì',
  'Cơ quan phối hợp',
  'Thời hạn',
  'Kết quả',
];
const context = { year: 2027, unitCode: 'quang-ngai' };

describe('work programme from a spreadsheet', () => {
  it('reads due periods as offices write them', () => {
    expect(readDue('Tháng 3', 2027)).toBe('2027-03');
    expect(readDue('Quý IV/2027', 2027)).toBe('2027-Q4');
    expect(readDue('6 tháng cuối năm', 2027)).toBe('2027-H2');
    expect(readDue('15/3/2027', 2027)).toBe('2027-03-15');
    expect(readDue('Thực hiện thường xuyên', 2027)).toBe('ongoing');
  });

  it('recognises headings written without diacritics, in capitals or with a note after them', () => {
    const { rows, errors } = readProgramme(
      [
        [
          'TT',
          'NOI DUNG HOAT DONG',
          'Đơn vị chủ trì (ghi rõ)',
          'Don vi phoi hop',
          'Thời gian thực hiện',
          'Kết quả, sản phẩm',
        ],
        [1, 'Tổ chức Diễn đàn trẻ em cấp tỉnh', 'Sở Y tế', 'Tỉnh đoàn', 'Tháng 5', 'Báo cáo'],
      ],
      context,
    );
    expect(errors).toEqual([]);
    expect(rows[0]?.data).toMatchObject({
      no: 1,
      title: 'Tổ chức Diễn đàn trẻ em cấp tỉnh',
      lead: 'Sở Y tế',
      partners: ['Tỉnh đoàn'],
      due: '2027-05',
      output: 'Báo cáo',
    });
  });

  it('turns each row into an activity of the year, partners split on semicolons', () => {
    const { rows, errors } = readProgramme(
      [
        HEADING,
        [
          1,
          'Tổ chức Diễn đàn trẻ em cấp tỉnh',
          'Sở Y tế',
          'Tỉnh đoàn; Sở GD&ĐT',
          'Quý II',
          'Báo cáo kết quả',
        ],
        [2, 'Tập huấn kỹ năng', 'Sở Y tế', '', 'Tháng 5', ''],
      ],
      context,
    );
    expect(errors).toEqual([]);
    expect(rows.map((row) => [row.id, row.data.due, row.data.partners])).toEqual([
      ['wp-2027-01', '2027-Q2', ['Tỉnh đoàn', 'Sở GD&ĐT']],
      ['wp-2027-02', '2027-05', []],
    ]);
  });

  it('names the line and column of every problem, and imports nothing then', () => {
    const { rows, errors } = readProgramme(
      [HEADING, [1, '', 'Sở Y tế', '', 'Tháng 13', ''], [1, 'Lặp', 'Sở Y tế', '', '', '']],
      context,
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 2, column: 'Nội dung hoạt động' }),
        { line: 2, column: 'Thời hạn', message: 'Thời hạn không hợp lệ' },
      ]),
    );
    expect(rows.length).toBeLessThanOrEqual(1);
  });

  it('says which heading is missing', () => {
    expect(readProgramme([['STT', 'Nội dung']], context).errors).toEqual([
      { line: 1, column: 'Cơ quan chủ trì', message: 'Thiếu cột này' },
    ]);
  });
});

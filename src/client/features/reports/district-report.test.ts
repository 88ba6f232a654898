import { describe, expect, it } from 'vitest';
import { forumData, recommendationData } from '../../../shared/testing/fixtures.ts';
import type { Forum } from '../../../shared/schemas/forum.ts';
import type { Recommendation } from '../../../shared/schemas/recommendation.ts';
import { readDocx } from '../../testing/office-files.ts';
import { reportFigures } from './figures.ts';
import { reportDocx } from './report-docx.ts';
import { districtReportModel } from './report-model.ts';

const plan = {
  themes: [
    { code: 'violence-abuse', title: 'Trẻ em tham gia phòng, chống bạo lực, xâm hại trẻ em' },
    { code: 'online-safety', title: 'Trẻ em tham gia bảo vệ trẻ em trên môi trường mạng' },
  ],
  deadlines: [
    {
      code: 'district-forum',
      level: 'district' as const,
      title: 'Tổ chức Diễn đàn trẻ em cấp huyện',
      due: '2023-06-30',
    },
  ],
};
const units = [
  { id: 'dak-ha', name: 'Huyện Đắk Hà' },
  { id: 'dak-ha/dak-la', name: 'Xã Đắk La' },
];
const forums = [
  { ...forumData('dak-ha/dak-la'), childrenTotal: 35, girls: 18 },
  { ...forumData('dak-ha'), level: 'district', date: '2023-06-20', childrenTotal: 60, girls: 31 },
] as Forum[];
const said = [
  recommendationData('dak-ha/dak-la', {
    themeCode: 'online-safety',
    kind: 'message',
    text: 'Hãy nói không với bắt nạt trên mạng & giữ bí mật mật khẩu <an toàn>',
  }),
  recommendationData('dak-ha', {
    themeCode: 'violence-abuse',
    text: 'Có hộp thư góp ý ở mỗi trường',
  }),
] as Recommendation[];
const earlier = [
  recommendationData('dak-ha', {
    year: 2022,
    themeCode: 'violence-abuse',
    responseStatus: 'implemented',
  }),
  recommendationData('dak-ha', {
    year: 2022,
    themeCode: 'online-safety',
    responseStatus: 'not-possible',
    text: 'Lắp wifi miễn phí ở nhà văn hóa',
    responseCause: 'Chưa có kinh phí',
    responseSolution: 'Đề nghị xã hội hóa',
  }),
] as Recommendation[];

async function generate() {
  const figures = reportFigures({
    forums,
    recommendations: said,
    units,
    plan,
    today: '2023-07-10',
  });
  const model = districtReportModel({
    districtName: 'Huyện Đắk Hà',
    placeName: 'Đắk Hà',
    year: 2023,
    date: new Date(2023, 6, 10),
    figures,
    recommendations: said,
    earlier,
  });
  return readDocx(await reportDocx(model));
}

describe('district report (.docx)', () => {
  it('opens as a Word file laid out as Decree 30 asks: A4, 20/20/30/15 mm margins, national header', async () => {
    const doc = await generate();
    expect(doc.page).toEqual({
      width: 11906,
      height: 16838,
      top: 1134,
      bottom: 1134,
      left: 1701,
      right: 850,
    });
    const text = doc.paragraphs;
    expect(text.slice(0, 8)).toEqual(
      expect.arrayContaining([
        'UBND HUYỆN ĐẮK HÀ',
        'PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Đắk Hà, ngày 10 tháng 07 năm 2023',
      ]),
    );
    const title = text.indexOf('BÁO CÁO');
    expect(text[title + 1]).toBe('Kết quả tổ chức Diễn đàn trẻ em cấp huyện năm 2023');
    expect(text).toContain('Nơi nhận:');
    expect(text).toContain('TRƯỞNG PHÒNG');
  });

  it('carries the forum figures with totals that add up', async () => {
    const { rows } = await generate();
    const forumTable = rows.slice(rows.findIndex((r) => r[0] === 'Đơn vị'));
    expect(forumTable[1]).toEqual(['Xã Đắk La', '1', '0', '35', '18', '20', '2']);
    expect(forumTable[2]).toEqual(['Huyện Đắk Hà', '1', '0', '60', '31', '20', '2']);
    expect(forumTable[3]).toEqual(['Tổng cộng', '2', '0', '95', '49', '40', '4']);
  });

  it("groups what children said by theme, and reports last year's answers with cause and solution", async () => {
    const { rows, paragraphs } = await generate();
    const byTheme = rows.slice(rows.findIndex((r) => r[0] === 'Chủ đề'));
    expect(byTheme[1]).toEqual([
      'Trẻ em tham gia phòng, chống bạo lực, xâm hại trẻ em',
      '1',
      '0',
      '0',
      '1',
    ]);
    expect(byTheme[2]).toEqual([
      'Trẻ em tham gia bảo vệ trẻ em trên môi trường mạng',
      '0',
      '0',
      '1',
      '1',
    ]);
    expect(byTheme[3]).toEqual(['Tổng cộng', '1', '0', '1', '2']);
    // Text with XML's special characters survives as the child said it.
    expect(paragraphs).toContain(
      '- Thông điệp (Nữ, 13–15 tuổi): Hãy nói không với bắt nạt trên mạng & giữ bí mật mật khẩu <an toàn> (Cơ quan nhận: UBND xã)',
    );
    expect(
      paragraphs.some(
        (p) => p.includes('Lắp wifi miễn phí') && p.includes('Nguyên nhân: Chưa có kinh phí'),
      ),
    ).toBe(true);
  });
});

// Golden test of the generated .docx: Kon Rẫy's 2023 report (src/shared/testing/report-year.ts),
// read back from the file's XML, against the figures counted by hand beside the fixture.
import { describe, expect, it } from 'vitest';
import { reportFigures } from '../../../shared/reports/report-figures.ts';
import type { Letterhead } from '../../../shared/schemas/letterhead.ts';
import { konRay2023 } from '../../../shared/testing/report-year.ts';
import { readDocx } from '../../testing/office-files.ts';
import { reportDocx } from './report-docx.ts';
import { reportModel } from './report-model.ts';

async function generate(letterhead?: Letterhead) {
  const model = reportModel({
    figures: reportFigures(konRay2023()),
    areaName: 'Huyện Kon Rẫy',
    areaLevel: 'district',
    provinceName: 'Tỉnh Kon Tum',
    letterhead,
    date: new Date(2023, 6, 10),
  });
  return readDocx(await reportDocx(model));
}

const after = (rows: string[][], first: string) =>
  rows.slice(rows.findIndex((r) => r[0] === first));

describe('district report (.docx)', () => {
  it('is laid out as Decree 30 asks: A4, 20/20/30/15 mm margins, national header', async () => {
    const doc = await generate();
    expect(doc.page).toEqual({
      width: 11906,
      height: 16838,
      top: 1134,
      bottom: 1134,
      left: 1701,
      right: 850,
    });
    expect(doc.paragraphs.slice(0, 8)).toEqual(
      expect.arrayContaining([
        'UBND HUYỆN KON RẪY',
        'PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Kon Rẫy, ngày 10 tháng 07 năm 2023',
      ]),
    );
    const title = doc.paragraphs.indexOf('BÁO CÁO');
    expect(doc.paragraphs[title + 1]).toBe('Kết quả tổ chức Diễn đàn trẻ em cấp huyện năm 2023');
    expect(doc.paragraphs).toContain('Nơi nhận:');
    expect(doc.paragraphs).toContain('TRƯỞNG PHÒNG');
  });

  it('names the unit in running text as a document does, with boys beside girls', async () => {
    const { paragraphs } = await generate();
    expect(paragraphs).toContain(
      'Năm 2023, trên địa bàn huyện Kon Rẫy đã tổ chức 3 diễn đàn (1 diễn đàn đang dự kiến) với ' +
        '125 trẻ em tham gia, trong đó 65 trẻ em gái, 60 trẻ em trai, 85 trẻ em dân tộc thiểu số, ' +
        '5 trẻ em có hoàn cảnh đặc biệt, 3 trẻ em khuyết tật, 16 trẻ em thuộc hộ nghèo; 20 người lớn tham dự.',
    );
  });

  it('carries section I by unit, with totals that add up', async () => {
    const table = after((await generate()).rows, 'Đơn vị');
    expect(table.slice(0, 5)).toEqual([
      ['Đơn vị', 'Đã tổ chức', 'Dự kiến', 'Trẻ em', 'Gái', 'Trai', 'DTTS', 'HCĐB'],
      ['Xã Đăk Ruồng', '1', '0', '35', '18', '17', '20', '2'],
      ['Xã Đăk Tăng', '1', '1', '30', '16', '14', '25', '0'],
      ['Huyện Kon Rẫy', '1', '0', '60', '31', '29', '40', '3'],
      ['Tổng cộng', '3', '1', '125', '65', '60', '85', '5'],
    ]);
  });

  it('reports trainings and who attended, children counted and never named', async () => {
    const { rows, paragraphs } = await generate();
    expect(paragraphs).toContain(
      'Tổ chức 2 lớp tập huấn với 6 lượt người tham gia (4 người có mặt), trong đó 4 trẻ em ' +
        '(3 em gái, 1 em trai; 2 em có ý kiến đồng ý của cha mẹ, người giám hộ).',
    );
    expect(after(rows, 'Đối tượng').slice(1, 4)).toEqual([
      ['Trẻ em', '4', '3', '1', '3'],
      ['Cha mẹ, người chăm sóc', '1', '0', '1', '1'],
      ['Cán bộ', '1', '1', '0', '0'],
    ]);
    expect(paragraphs.join('\n')).not.toContain('Người a1');
  });

  it('counts each recommendation once, forwarded copies as forwarded, other themes apart', async () => {
    const { rows, paragraphs } = await generate();
    expect(after(rows, 'Chủ đề').slice(1, 5)).toEqual([
      ['Phòng, chống bạo lực, xâm hại trẻ em', '1', '0', '1', '2'],
      ['Phòng, chống tai nạn thương tích, đuối nước', '1', '1', '0', '2'],
      ['Chủ đề khác', '1', '0', '0', '1'],
      ['Tổng cộng', '3', '1', '1', '5'],
    ]);
    expect(paragraphs).toContain(
      'Đã tổng hợp, chuyển lên cấp trên 2 kiến nghị (từ 3 ý kiến của trẻ em nêu trên; không tính thêm vào tổng số).',
    );
  });

  it('answers for every earlier year, with cause and solution of what is not yet possible', async () => {
    const { rows, paragraphs } = await generate();
    expect(after(rows, 'Năm').slice(1, 4)).toEqual([
      ['2021', '1', '0', '1', '0', '2'],
      ['2022', '0', '1', '1', '1', '3'],
      ['Tổng cộng', '1', '1', '2', '1', '5'],
    ]);
    expect(paragraphs).toContain(
      '- Xây sân chơi (năm 2021). Nguyên nhân: Chưa có đất. Giải pháp: Dùng sân trường.',
    );
    expect(paragraphs).toContain(
      '- Lắp đèn đường (năm 2022). Nguyên nhân: Thiếu kinh phí. Giải pháp: chưa nêu.',
    );
  });

  it('shows each deadline unit by unit: who was late, who is missing', async () => {
    const { rows, paragraphs } = await generate();
    expect(after(rows, 'Nội dung').slice(1, 4)).toEqual([
      ['Tổ chức Diễn đàn trẻ em cấp xã', '31/05/2023', '1', '1', '0', '0'],
      ['Tổ chức Diễn đàn trẻ em cấp huyện', '30/06/2023', '1', '0', '0', '0'],
      ['Báo cáo kết quả Diễn đàn cấp huyện', '10/07/2023', '0', '1', '0', '0'],
    ]);
    expect(paragraphs).toContain(
      '- Tổ chức Diễn đàn trẻ em cấp xã: Xã Đăk Tăng — muộn (02/06/2023)',
    );
  });

  it('takes the issuer, signer and recipients from the unit’s letterhead, not from code', async () => {
    const { paragraphs } = await generate({
      unitCode: 'kon-ray',
      parentBody: 'UBND huyện Kon Rẫy',
      issuingBody: 'Phòng Văn hóa - Xã hội',
      numberSuffix: 'BC-VHXH',
      place: 'Đăk Rve',
      signerTitle: 'Phó Trưởng phòng',
      signerName: 'Y Hoa',
      recipients: ['Sở Y tế tỉnh Quảng Ngãi;', 'Lưu: VT, VHXH.'],
    });
    expect(paragraphs).toEqual(
      expect.arrayContaining([
        'PHÒNG VĂN HÓA - XÃ HỘI',
        'Số:       /BC-VHXH',
        'Đăk Rve, ngày 10 tháng 07 năm 2023',
        'PHÓ TRƯỞNG PHÒNG',
        'Y Hoa',
        '- Sở Y tế tỉnh Quảng Ngãi;',
      ]),
    );
  });
});

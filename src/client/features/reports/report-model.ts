// The district report («Báo cáo kết quả tổ chức Diễn đàn trẻ em cấp huyện») as a structure of
// sections, tables and lists, laid out as Decree 30/2020/NĐ-CP asks. One model, two renderings:
// the .docx (district-report-docx.ts) and the print view (report-view.tsx), so both say the same.
import type { Recommendation } from '../../../shared/schemas/recommendation.ts';
import { AGE_BAND_LABEL, GENDER_LABEL, KIND_LABEL, RESPONSE_LABEL } from '../../i18n/labels.ts';
import type { ReportFigures } from './figures.ts';

export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; header: string[]; rows: (string | number)[][]; totals?: (string | number)[] }
  | { kind: 'list'; items: string[] };

export interface Section {
  heading: string;
  blocks: Block[];
}

export interface ReportModel {
  /** Cơ quan, tổ chức chủ quản (the body above the issuer), in capitals. */
  parentBody: string;
  /** Tên cơ quan, tổ chức ban hành văn bản, in capitals. */
  issuingBody: string;
  number: string;
  placeAndDate: string;
  title: string;
  subtitle: string;
  sections: Section[];
  recipients: string[];
  signerTitle: string;
  signerName: string;
}

export interface DistrictReportInput {
  districtName: string;
  /** Without "Huyện"/"Thành phố": the place in the date line. */
  placeName: string;
  year: number;
  date: Date;
  figures: ReportFigures;
  /** This year's recommendations, in the district and its communes. */
  recommendations: Pick<
    Recommendation,
    'themeCode' | 'kind' | 'text' | 'addressee' | 'speakerAgeBand' | 'speakerGender' | 'level'
  >[];
  /** Earlier years' recommendations and their answers. */
  earlier: Pick<
    Recommendation,
    | 'themeCode'
    | 'text'
    | 'responseStatus'
    | 'responseText'
    | 'responseCause'
    | 'responseSolution'
    | 'year'
  >[];
}

const n = (value: number) => value.toLocaleString('vi-VN');

function placeAndDate(place: string, date: Date): string {
  const day = String(date.getDate()).padStart(2, '0');
  const month = String(date.getMonth() + 1).padStart(2, '0');
  return `${place}, ngày ${day} tháng ${month} năm ${date.getFullYear()}`;
}

function speaker(r: DistrictReportInput['recommendations'][number]): string {
  const parts = [
    r.speakerGender ? GENDER_LABEL[r.speakerGender] : null,
    r.speakerAgeBand ? AGE_BAND_LABEL[r.speakerAgeBand] : null,
  ].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

export function districtReportModel(input: DistrictReportInput): ReportModel {
  const { figures } = input;
  const total = figures.total;
  const communeRows = figures.units.filter((unit) => unit.unitCode.includes('/'));
  const district = figures.units.find((unit) => !unit.unitCode.includes('/'));
  const themeTitle = new Map(figures.themes.map((theme) => [theme.themeCode, theme.title]));

  const forumsSection: Section = {
    heading: 'I. KẾT QUẢ TỔ CHỨC DIỄN ĐÀN TRẺ EM',
    blocks: [
      {
        kind: 'paragraph',
        text:
          `Năm ${input.year}, trên địa bàn ${input.districtName} đã tổ chức ${n(total.held)} diễn đàn ` +
          `(${n(total.planned)} diễn đàn đang dự kiến) với ${n(total.children)} trẻ em tham gia, trong đó ` +
          `${n(total.girls)} trẻ em gái, ${n(total.ethnicMinority)} trẻ em dân tộc thiểu số, ` +
          `${n(total.specialCircumstances)} trẻ em có hoàn cảnh đặc biệt, ${n(total.withDisabilities)} trẻ em ` +
          `khuyết tật, ${n(total.poorHouseholds)} trẻ em thuộc hộ nghèo; ${n(total.adults)} người lớn tham dự.`,
      },
      {
        kind: 'table',
        header: [
          'Đơn vị',
          'Đã tổ chức',
          'Dự kiến',
          'Trẻ em',
          'Trẻ em gái',
          'Dân tộc thiểu số',
          'HCĐB',
        ],
        rows: [...communeRows, ...(district ? [district] : [])].map((unit) => [
          unit.name,
          unit.held,
          unit.planned,
          unit.children,
          unit.girls,
          unit.ethnicMinority,
          unit.specialCircumstances,
        ]),
        totals: [
          'Tổng cộng',
          total.held,
          total.planned,
          total.children,
          total.girls,
          total.ethnicMinority,
          total.specialCircumstances,
        ],
      },
    ],
  };

  const saidSection: Section = {
    heading: 'II. Ý KIẾN, KIẾN NGHỊ, SÁNG KIẾN, THÔNG ĐIỆP CỦA TRẺ EM',
    blocks: [
      {
        kind: 'table',
        header: ['Chủ đề', 'Kiến nghị', 'Sáng kiến', 'Thông điệp', 'Tổng số'],
        rows: figures.themes.map((theme) => [
          theme.title,
          theme.byKind.recommendation,
          theme.byKind.initiative,
          theme.byKind.message,
          theme.total,
        ]),
        totals: [
          'Tổng cộng',
          ...(['recommendation', 'initiative', 'message'] as const).map((kind) =>
            figures.themes.reduce((sum, theme) => sum + theme.byKind[kind], 0),
          ),
          figures.recommendations,
        ],
      },
      ...figures.themes.flatMap((theme, index): Block[] => {
        const items = input.recommendations.filter((r) => r.themeCode === theme.themeCode);
        if (items.length === 0) return [];
        return [
          { kind: 'paragraph', text: `${index + 1}. ${theme.title}` },
          {
            kind: 'list',
            items: items.map(
              (r) =>
                `${KIND_LABEL[r.kind]}${speaker(r)}: ${r.text}` +
                (r.addressee ? ` (Cơ quan nhận: ${r.addressee})` : ''),
            ),
          },
        ];
      }),
    ],
  };

  const statusRows = figures.themes.map((theme) => {
    const earlier = input.earlier.filter((r) => r.themeCode === theme.themeCode);
    const count = (status: Recommendation['responseStatus']) =>
      earlier.filter((r) => r.responseStatus === status).length;
    return [
      theme.title,
      count('implemented'),
      count('in-progress'),
      count('not-possible'),
      count('pending'),
    ];
  });
  const notPossible = input.earlier.filter((r) => r.responseStatus === 'not-possible');
  const followUpSection: Section = {
    heading: 'III. KẾT QUẢ GIẢI QUYẾT CÁC KIẾN NGHỊ CỦA TRẺ EM NĂM TRƯỚC',
    blocks: [
      {
        kind: 'table',
        header: [
          'Chủ đề',
          RESPONSE_LABEL.implemented,
          RESPONSE_LABEL['in-progress'],
          RESPONSE_LABEL['not-possible'],
          RESPONSE_LABEL.pending,
        ],
        rows: statusRows,
        totals: [
          'Tổng cộng',
          ...[1, 2, 3, 4].map((column) =>
            statusRows.reduce((sum, row) => sum + Number(row[column]), 0),
          ),
        ],
      },
      ...(notPossible.length > 0
        ? [
            { kind: 'paragraph' as const, text: 'Các kiến nghị chưa thể thực hiện:' },
            {
              kind: 'list' as const,
              items: notPossible.map(
                (r) =>
                  `${r.text} (${themeTitle.get(r.themeCode) ?? r.themeCode}, năm ${r.year}). ` +
                  `Nguyên nhân: ${r.responseCause || 'chưa nêu'}. Giải pháp: ${r.responseSolution || 'chưa nêu'}.`,
              ),
            },
          ]
        : []),
    ],
  };

  const deadlinesSection: Section = {
    heading: 'IV. TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH',
    blocks: [
      {
        kind: 'table',
        header: ['Nội dung', 'Thời hạn', 'Kết quả'],
        rows: figures.deadlines.map((deadline) => [
          deadline.title,
          deadline.due.split('-').reverse().join('/'),
          deadline.state === 'met'
            ? 'Đã thực hiện'
            : deadline.state === 'missed'
              ? 'Chưa thực hiện, quá hạn'
              : 'Đang thực hiện',
        ]),
      },
    ],
  };

  const parent = input.districtName
    .toUpperCase()
    .replace(/^HUYỆN /, 'UBND HUYỆN ')
    .replace(/^THÀNH PHỐ /, 'UBND THÀNH PHỐ ');
  return {
    parentBody: parent,
    issuingBody: 'PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
    number: 'Số:       /BC-LĐTBXH',
    placeAndDate: placeAndDate(input.placeName, input.date),
    title: 'BÁO CÁO',
    subtitle: `Kết quả tổ chức Diễn đàn trẻ em cấp huyện năm ${input.year}`,
    sections: [forumsSection, saidSection, followUpSection, deadlinesSection],
    recipients: [
      'Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum;',
      `UBND ${input.districtName.replace(/^Huyện /, 'huyện ')};`,
      'Lưu: VT.',
    ],
    signerTitle: 'TRƯỞNG PHÒNG',
    signerName: '',
  };
}

// The sections of a unit's report (I–V), each from one section of the shared figures. Kept apart
// from report-model.ts, which adds the header, recipients and signature around them.
import { forumFigures } from '../../../shared/reports/forums-section.ts';
import { OTHER_THEMES } from '../../../shared/reports/recommendations-section.ts';
import { viNumber as n } from '../../../shared/text/unit-names.ts';
import {
  AGE_BAND_LABEL,
  ATTENDEE_ROLE_LABEL,
  GENDER_LABEL,
  KIND_LABEL,
  RESPONSE_LABEL,
} from '../../i18n/labels.ts';
import type { Block, ReportModelInput, Section } from './report-types.ts';

export function forumsSection(input: ReportModelInput, where: string): Section {
  const { rows, total } = input.figures.forums;
  return {
    heading: 'I. KẾT QUẢ TỔ CHỨC DIỄN ĐÀN TRẺ EM',
    blocks: [
      {
        kind: 'paragraph',
        text:
          `Năm ${input.figures.year}, ${where} đã tổ chức ${n(total.held)} diễn đàn ` +
          `(${n(total.planned)} diễn đàn đang dự kiến) với ${n(total.childrenTotal)} trẻ em tham gia, trong đó ` +
          `${n(total.girls)} trẻ em gái, ${n(total.boys)} trẻ em trai, ${n(total.ethnicMinority)} trẻ em dân tộc thiểu số, ` +
          `${n(total.specialCircumstances)} trẻ em có hoàn cảnh đặc biệt, ${n(total.withDisabilities)} trẻ em ` +
          `khuyết tật, ${n(total.poorHouseholds)} trẻ em thuộc hộ nghèo; ${n(total.adults)} người lớn tham dự.`,
      },
      {
        kind: 'table',
        header: ['Đơn vị', 'Đã tổ chức', 'Dự kiến', 'Trẻ em', 'Gái', 'Trai', 'DTTS', 'HCĐB'],
        rows: rows.map((row) => [row.name, ...forumFigures(row)]),
        totals: ['Tổng cộng', ...forumFigures(total)],
      },
    ],
  };
}

export function trainingsSection(input: ReportModelInput): Section {
  const { trainings } = input.figures;
  const child = trainings.byRole.child;
  const roles = (['child', 'adult', 'collaborator', 'official'] as const).filter(
    (role) => trainings.byRole[role].total > 0,
  );
  return {
    heading: 'II. CÔNG TÁC TẬP HUẤN',
    blocks: [
      {
        kind: 'paragraph',
        text:
          `Tổ chức ${n(trainings.trainings)} lớp tập huấn với ${n(trainings.attendees)} lượt người tham gia ` +
          `(${n(trainings.present)} người có mặt), trong đó ${n(child.total)} trẻ em ` +
          `(${n(child.byGender.female)} em gái, ${n(child.byGender.male)} em trai; ` +
          `${n(trainings.childrenWithConsent)} em có ý kiến đồng ý của cha mẹ, người giám hộ).`,
      },
      ...(roles.length > 0
        ? [
            {
              kind: 'table' as const,
              header: ['Đối tượng', 'Tổng số', 'Nữ', 'Nam', 'Có mặt'],
              rows: roles.map((role) => [
                ATTENDEE_ROLE_LABEL[role],
                trainings.byRole[role].total,
                trainings.byRole[role].byGender.female,
                trainings.byRole[role].byGender.male,
                trainings.byRole[role].present,
              ]),
              totals: [
                'Tổng cộng',
                trainings.attendees,
                roles.reduce((sum, role) => sum + trainings.byRole[role].byGender.female, 0),
                roles.reduce((sum, role) => sum + trainings.byRole[role].byGender.male, 0),
                trainings.present,
              ],
            },
          ]
        : []),
    ],
  };
}

export function saidSection(input: ReportModelInput): Section {
  const { recommendations } = input.figures;
  const themeTitle = new Map(recommendations.themes.map((theme) => [theme.themeCode, theme.title]));
  const known = new Set(recommendations.themes.map((theme) => theme.themeCode));
  const speaker = (r: (typeof recommendations.said)[number]) => {
    const parts = [
      r.speakerGender ? GENDER_LABEL[r.speakerGender] : null,
      r.speakerAgeBand ? AGE_BAND_LABEL[r.speakerAgeBand] : null,
    ].filter(Boolean);
    return parts.length > 0 ? ` (${parts.join(', ')})` : '';
  };
  return {
    heading: 'III. Ý KIẾN, KIẾN NGHỊ, SÁNG KIẾN, THÔNG ĐIỆP CỦA TRẺ EM',
    blocks: [
      {
        kind: 'table',
        header: ['Chủ đề', 'Kiến nghị', 'Sáng kiến', 'Thông điệp', 'Tổng số'],
        rows: recommendations.themes.map((theme) => [
          theme.title,
          theme.byKind.recommendation,
          theme.byKind.initiative,
          theme.byKind.message,
          theme.total,
        ]),
        totals: [
          'Tổng cộng',
          recommendations.total.byKind.recommendation,
          recommendations.total.byKind.initiative,
          recommendations.total.byKind.message,
          recommendations.total.total,
        ],
      },
      ...(recommendations.forwarded.copies > 0
        ? [
            {
              kind: 'paragraph' as const,
              text:
                `Đã tổng hợp, chuyển lên cấp trên ${n(recommendations.forwarded.copies)} kiến nghị ` +
                `(từ ${n(recommendations.forwarded.sources)} ý kiến của trẻ em nêu trên; không tính thêm vào tổng số).`,
            },
          ]
        : []),
      ...recommendations.themes.flatMap((theme, index): Block[] => {
        const items = recommendations.said.filter((r) =>
          theme.themeCode === OTHER_THEMES
            ? !known.has(r.themeCode)
            : r.themeCode === theme.themeCode,
        );
        if (items.length === 0) return [];
        return [
          {
            kind: 'paragraph',
            text: `${index + 1}. ${themeTitle.get(theme.themeCode) ?? theme.title}`,
          },
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
}

export function followUpSection(input: ReportModelInput): Section {
  const { followUp } = input.figures;
  const row = (label: string | number, figures: (typeof followUp)['total']) => [
    label,
    figures.byStatus.implemented,
    figures.byStatus['in-progress'],
    figures.byStatus['not-possible'],
    figures.byStatus.pending,
    figures.total,
  ];
  return {
    heading: 'IV. KẾT QUẢ GIẢI QUYẾT KIẾN NGHỊ CỦA TRẺ EM CÁC NĂM TRƯỚC',
    blocks:
      followUp.total.total === 0
        ? [{ kind: 'paragraph', text: 'Không có kiến nghị của các năm trước.' }]
        : [
            {
              kind: 'table',
              header: [
                'Năm',
                RESPONSE_LABEL.implemented,
                RESPONSE_LABEL['in-progress'],
                RESPONSE_LABEL['not-possible'],
                RESPONSE_LABEL.pending,
                'Tổng số',
              ],
              rows: followUp.years.map((year) => row(year.year, year)),
              totals: row('Tổng cộng', followUp.total),
            },
            ...(followUp.notPossible.length > 0
              ? [
                  { kind: 'paragraph' as const, text: 'Các kiến nghị chưa thể thực hiện:' },
                  {
                    kind: 'list' as const,
                    items: followUp.notPossible.map(
                      (r) =>
                        `${r.text} (năm ${r.year}). Nguyên nhân: ${r.responseCause || 'chưa nêu'}. ` +
                        `Giải pháp: ${r.responseSolution || 'chưa nêu'}.`,
                    ),
                  },
                ]
              : []),
          ],
  };
}

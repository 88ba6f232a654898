// A unit's report of a year («Báo cáo kết quả tổ chức Diễn đàn trẻ em») as sections, tables and
// lists, laid out as Decree 30/2020/NĐ-CP asks. One model, two renderings: the .docx
// (report-docx.ts) and the print view (print-page.tsx), so both say the same. Every number comes
// from the shared report figures (src/shared/reports), whose definitions are in docs/reports.md.
import type { UnitLevel } from '../../../shared/schemas/unit.ts';
import { inRunningText, placeName } from '../../../shared/text/unit-names.ts';
import type { ReportModel, ReportModelInput } from './report-types.ts';
import {
  followUpSection,
  forumsSection,
  saidSection,
  trainingsSection,
} from './report-sections.ts';
import { deadlinesSection } from './report-deadlines.ts';

const LEVEL_WORD: Record<UnitLevel, string> = {
  commune: 'xã',
  district: 'huyện',
  province: 'tỉnh',
};

/** The children's-affairs agency above a unit, as it was named on the report's date. */
function childrenAgency(date: Date): string {
  // Children's affairs moved from the labour department to the health department in 2025.
  return date.getFullYear() >= 2025 ? 'Sở Y tế' : 'Sở Lao động - Thương binh và Xã hội';
}

/** What the unit's letterhead says, or what a unit of its level wrote before any was set. */
function issuer(input: ReportModelInput) {
  const own = input.letterhead;
  const upper = (text: string) => text.toLocaleUpperCase('vi-VN');
  const runningName = inRunningText(input.areaName);
  const fallback = {
    district: {
      parentBody: `UBND ${runningName}`,
      issuingBody:
        input.date.getFullYear() >= 2025
          ? 'Phòng Văn hóa - Xã hội'
          : 'Phòng Lao động - Thương binh và Xã hội',
      signerTitle: 'Trưởng phòng',
    },
    commune: { parentBody: '', issuingBody: `UBND ${runningName}`, signerTitle: 'Chủ tịch' },
    province: {
      parentBody: `UBND ${runningName}`,
      issuingBody: childrenAgency(input.date),
      signerTitle: 'Giám đốc',
    },
  }[input.areaLevel];
  return {
    parentBody: upper(own ? own.parentBody : fallback.parentBody),
    issuingBody: upper(own?.issuingBody ?? fallback.issuingBody),
    numberSuffix: own?.numberSuffix || 'BC',
    place: own?.place ?? placeName(input.areaName),
    signerTitle: upper(own?.signerTitle ?? fallback.signerTitle),
    signerName: own?.signerName ?? '',
    recipients:
      own && own.recipients.length > 0
        ? own.recipients
        : [
            `${childrenAgency(input.date)} ${inRunningText(input.provinceName)};`,
            ...(input.areaLevel === 'province' ? [] : [`UBND ${runningName};`]),
            'Lưu: VT.',
          ],
  };
}

function placeAndDate(place: string, date: Date): string {
  const day = String(date.getDate()).padStart(2, '0');
  const month = String(date.getMonth() + 1).padStart(2, '0');
  return `${place}, ngày ${day} tháng ${month} năm ${date.getFullYear()}`;
}

export function reportModel(input: ReportModelInput): ReportModel {
  const who = issuer(input);
  const where = `trên địa bàn ${inRunningText(input.areaName)}`;
  return {
    parentBody: who.parentBody,
    issuingBody: who.issuingBody,
    number: `Số:       /${who.numberSuffix}`,
    placeAndDate: placeAndDate(who.place, input.date),
    title: 'BÁO CÁO',
    subtitle: `Kết quả tổ chức Diễn đàn trẻ em cấp ${LEVEL_WORD[input.areaLevel]} năm ${input.figures.year}`,
    sections: [
      forumsSection(input, where),
      trainingsSection(input),
      saidSection(input),
      followUpSection(input),
      deadlinesSection(input),
    ],
    recipients: who.recipients,
    signerTitle: who.signerTitle,
    signerName: who.signerName,
  };
}

// Each export the dashboard offers: build the file on the device, hand it to the browser, and note
// it for the audit log (reported to the server on the next sync).
import { forumFigures } from '../../../shared/reports/forums-section.ts';
import type { PublicUser } from '../../../shared/schemas/user.ts';
import { seesChildNames } from '../../../shared/units/scope.ts';
import { downloadFile } from '../../ui/download.ts';
import { buildWorkbook } from './build-workbook.ts';
import { DOCX, note, XLSX } from './export-note.ts';
import type { ReportData } from './report-data.ts';
import { reportDocx } from './report-docx.ts';
import { reportModel } from './report-model.ts';
import { compareSheet } from './compare.ts';
import {
  RECOMMENDATION_HEADER,
  recommendationRow,
  toCsv,
  type CellValue,
  type SheetRows,
} from './workbook.ts';
import { attendeeSheet, forumSheet } from './data-sheets.ts';

/** The unit's report of the year as a document (the .docx and the print view both show it). */
export function documentOf(data: ReportData, date = new Date()) {
  return reportModel({
    figures: data.figures,
    areaName: data.areaName,
    areaLevel: data.areaLevel,
    provinceName: data.provinceName,
    letterhead: data.letterhead,
    date,
  });
}

/** This year's recommendations within the area, every year's forwarded copies excluded. */
const saidThisYear = (data: ReportData) => data.figures.recommendations.said;

export async function exportDistrictReport(data: ReportData, user: PublicUser) {
  const bytes = await reportDocx(documentOf(data));
  downloadFile(
    `bao-cao-dien-dan-tre-em-${data.year}.docx`,
    new Blob([new Uint8Array(bytes)]),
    DOCX,
  );
  await note(user, 'district-report', 'docx', saidThisYear(data).length);
}

export async function exportRecommendationsCsv(data: ReportData, user: PublicUser) {
  const name = (code: string) => data.unitNames[code] ?? code;
  const themes = new Map(data.figures.recommendations.themes.map((t) => [t.themeCode, t.title]));
  const rows: CellValue[][] = [
    ['Chủ đề', ...RECOMMENDATION_HEADER],
    ...saidThisYear(data).map((r, index) => [
      themes.get(r.themeCode) ?? 'Chủ đề khác',
      ...recommendationRow(r, index, name),
    ]),
  ];
  downloadFile(`kien-nghi-${data.year}.csv`, await toCsv(rows), 'text/csv;charset=utf-8');
  await note(user, 'recommendations', 'csv', saidThisYear(data).length);
}

function attendeeRows(data: ReportData) {
  const topic = new Map(data.input.trainings.map((t) => [t.id, t.topic]));
  return data.input.attendees.map((a) => ({ ...a, training: topic.get(a.trainingId) ?? '' }));
}

/** Compiled recommendations (summary + a sheet per theme); the full data adds forums and people. */
export async function exportWorkbook(
  data: ReportData,
  user: PublicUser,
  full: boolean,
  onProgress: (done: number) => void,
) {
  const name = (code: string) => data.unitNames[code] ?? code;
  const forums = data.input.forums.filter((f) => f.date.startsWith(String(data.year)));
  const extra: SheetRows[] = full
    ? [
        forumSheet(forums, name),
        attendeeSheet(attendeeRows(data), (unit) => seesChildNames(data.tree, user, unit), name),
      ]
    : [];
  const blob = await buildWorkbook(
    {
      figures: data.figures,
      recommendations: saidThisYear(data),
      unitNames: data.unitNames,
      extra,
    },
    onProgress,
  );
  downloadFile(`${full ? 'du-lieu' : 'kien-nghi'}-${data.year}.xlsx`, blob, XLSX);
  await note(user, full ? 'full-data' : 'recommendations', 'xlsx', saidThisYear(data).length);
}

/**
 * The province's report: the units below it side by side (districts, or communes after 2025),
 * which have sent their report and when, what was forwarded, and the year before beside this one.
 */
export async function exportProvinceReport(
  data: ReportData,
  previous: ReportData | undefined,
  user: PublicUser,
  onProgress: (done: number) => void,
) {
  const { figures } = data;
  const sent = new Map(data.input.submissions.map((s) => [s.unitCode, s]));
  const rows: SheetRows = {
    name: 'Theo đơn vị',
    rows: [
      [
        'Đơn vị',
        'Báo cáo',
        'Diễn đàn đã tổ chức',
        'Dự kiến',
        'Trẻ em',
        'Trẻ em gái',
        'Trẻ em trai',
        'Dân tộc thiểu số',
        'HCĐB',
        'Kiến nghị',
      ],
      ...figures.forums.rows.map((row) => [
        row.name,
        row.unitCode === data.area ? '' : sent.has(row.unitCode) ? 'Đã gửi' : 'Chưa gửi',
        ...forumFigures(row),
        figures.recommendations.byRow[row.unitCode] ?? 0,
      ]),
      ['Tổng cộng', '', ...forumFigures(figures.forums.total), figures.recommendations.total.total],
    ],
  };
  const name = (code: string) => data.unitNames[code] ?? code;
  const forwarded = data.input.recommendations.filter(
    (r) =>
      r.year === data.year && r.sourceIds.length > 0 && data.tree.isWithin(r.unitCode, data.area),
  );
  const forwardedSheet: SheetRows = {
    name: 'Kiến nghị chuyển lên',
    rows: [
      RECOMMENDATION_HEADER,
      ...forwarded.map((r, index) => recommendationRow(r, index, name)),
    ],
  };
  const extra = [rows, forwardedSheet, ...(previous ? [compareSheet(previous, data)] : [])];
  const blob = await buildWorkbook(
    { figures, recommendations: saidThisYear(data), unitNames: data.unitNames, extra },
    onProgress,
  );
  downloadFile(`bao-cao-tinh-${data.year}.xlsx`, blob, XLSX);
  await note(user, 'province-report', 'xlsx', saidThisYear(data).length);
}

// Each export the dashboard offers: build the file on the device, hand it to the browser, and note
// it for the audit log (reported to the server on the next sync).
import type { Activity, ActivityStatus } from '../../../shared/schemas/activity.ts';
import type { ExportRecord } from '../../../shared/schemas/export-record.ts';
import type { PublicUser } from '../../../shared/schemas/user.ts';
import { seesChildNames } from '../../../shared/units/scope.ts';
import { db } from '../../runtime.ts';
import { noteExport } from '../../sync/export-reports.ts';
import { downloadFile } from '../../ui/download.ts';
import { buildWorkbook } from './build-workbook.ts';
import type { ReportData } from './report-data.ts';
import { reportDocx } from './report-docx.ts';
import { reportModel } from './report-model.ts';
import { compareSheet } from './compare.ts';
import {
  attendeeSheet,
  forumSheet,
  recommendationRow,
  toCsv,
  type CellValue,
  type SheetRows,
} from './workbook.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function note(
  user: PublicUser,
  kind: ExportRecord['kind'],
  format: ExportRecord['format'],
  rows: number,
) {
  await noteExport(db, { kind, format, unitCode: user.unitCode, rows });
}

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
    [
      'Chủ đề',
      'STT',
      'Năm',
      'Đơn vị',
      'Cấp',
      'Loại',
      'Nội dung',
      'Cơ quan nhận',
      'Độ tuổi',
      'Giới tính',
      'Kết quả trả lời',
      'Nội dung trả lời',
      'Nguyên nhân',
      'Giải pháp',
      'Đã chuyển lên',
    ],
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
        row.held,
        row.planned,
        row.childrenTotal,
        row.girls,
        row.boys,
        row.ethnicMinority,
        row.specialCircumstances,
        figures.recommendations.byRow[row.unitCode] ?? 0,
      ]),
      [
        'Tổng cộng',
        '',
        figures.forums.total.held,
        figures.forums.total.planned,
        figures.forums.total.childrenTotal,
        figures.forums.total.girls,
        figures.forums.total.boys,
        figures.forums.total.ethnicMinority,
        figures.forums.total.specialCircumstances,
        figures.recommendations.total.total,
      ],
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
      [
        'STT',
        'Năm',
        'Đơn vị',
        'Cấp',
        'Loại',
        'Nội dung',
        'Cơ quan nhận',
        'Độ tuổi',
        'Giới tính',
        'Kết quả trả lời',
        'Nội dung trả lời',
        'Nguyên nhân',
        'Giải pháp',
        'Đã chuyển lên',
      ],
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

/** The work programme's status: each activity with its lead agency, due period and status. */
export async function exportWorkProgramme(
  user: PublicUser,
  dueLabel: (due: string) => string,
  statusLabel: (status: ActivityStatus) => string,
  overdue: (a: Pick<Activity, 'due' | 'status'>) => boolean,
) {
  const activities = (await db.activities.toArray()).sort((a, b) => a.year - b.year || a.no - b.no);
  const sheet: SheetRows = {
    name: 'Chương trình công tác',
    rows: [
      [
        'STT',
        'Năm',
        'Nội dung hoạt động',
        'Cơ quan chủ trì',
        'Cơ quan phối hợp',
        'Thời hạn',
        'Trạng thái',
        'Quá hạn',
        'Tiến độ, ghi chú',
      ],
      ...activities.map((a) => [
        a.no,
        a.year,
        a.title,
        a.lead,
        a.partners.join('; '),
        dueLabel(a.due),
        statusLabel(a.status),
        overdue(a) ? 'Quá hạn' : '',
        a.progressNote,
      ]),
    ],
  };
  const { writeXlsx } = await import('./write-xlsx.ts');
  downloadFile('chuong-trinh-cong-tac.xlsx', await writeXlsx([sheet]), XLSX);
  await note(user, 'work-programme', 'xlsx', activities.length);
}

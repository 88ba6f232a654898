// Each export the dashboard offers: build the file on the device, hand it to the browser, and note
// it for the audit log (reported to the server on the next sync).
import type { ExportRecord } from '../../../shared/schemas/export-record.ts';
import type { PublicUser } from '../../../shared/schemas/user.ts';
import { db } from '../../runtime.ts';
import { noteExport } from '../../sync/export-reports.ts';
import { downloadFile } from '../../ui/download.ts';
import { buildWorkbook } from './build-workbook.ts';
import type { ReportData } from './report-data.ts';
import { reportDocx } from './report-docx.ts';
import { districtReportModel } from './report-model.ts';
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

export function districtModel(data: ReportData, user: PublicUser) {
  const districtName = data.unitNames[user.unitCode] ?? user.unitCode;
  return districtReportModel({
    districtName,
    placeName: districtName.replace(/^(Huyện|Thành phố) /, ''),
    year: data.year,
    date: new Date(),
    figures: data.figures,
    recommendations: data.recommendations,
    earlier: data.earlier,
  });
}

export async function exportDistrictReport(data: ReportData, user: PublicUser) {
  const bytes = await reportDocx(districtModel(data, user));
  downloadFile(`bao-cao-dien-dan-tre-em-${data.year}.docx`, bytes as BlobPart, DOCX);
  await note(user, 'district-report', 'docx', data.recommendations.length);
}

export async function exportRecommendationsCsv(data: ReportData, user: PublicUser) {
  const name = (code: string) => data.unitNames[code] ?? code;
  const themes = new Map(data.figures.themes.map((t) => [t.themeCode, t.title]));
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
    ...data.recommendations.map((r, index) => [
      themes.get(r.themeCode) ?? r.themeCode,
      ...recommendationRow(r, index, name),
    ]),
  ];
  downloadFile(`kien-nghi-${data.year}.csv`, await toCsv(rows), 'text/csv;charset=utf-8');
  await note(user, 'recommendations', 'csv', data.recommendations.length);
}

async function attendeeRows() {
  const [trainings, attendees] = await Promise.all([
    db.trainings.toArray(),
    db.attendees.toArray(),
  ]);
  const topic = new Map(trainings.map((t) => [t.id, t.topic]));
  return attendees.map((a) => ({ ...a, training: topic.get(a.trainingId) ?? '' }));
}

/** Compiled recommendations (summary + a sheet per theme); the full data adds forums and people. */
export async function exportWorkbook(
  data: ReportData,
  user: PublicUser,
  full: boolean,
  onProgress: (done: number) => void,
) {
  const name = (code: string) => data.unitNames[code] ?? code;
  const extra: SheetRows[] = full
    ? [forumSheet(data.forums, name), attendeeSheet(await attendeeRows(), user, name)]
    : [];
  const blob = await buildWorkbook(
    {
      figures: data.figures,
      recommendations: data.recommendations,
      unitNames: data.unitNames,
      extra,
    },
    onProgress,
  );
  downloadFile(`${full ? 'du-lieu' : 'kien-nghi'}-${data.year}.xlsx`, blob, XLSX);
  await note(user, full ? 'full-data' : 'recommendations', 'xlsx', data.recommendations.length);
}

/** The province's report: districts side by side, who has reported, and what was forwarded. */
export async function exportProvinceReport(
  data: ReportData,
  user: PublicUser,
  onProgress: (done: number) => void,
) {
  const reported = (code: string) =>
    data.forums.some(
      (f) => f.unitCode === code && f.level === 'district' && f.status === 'reported',
    );
  const districts: SheetRows = {
    name: 'Các huyện',
    rows: [
      [
        'Đơn vị',
        'Đã báo cáo',
        'Diễn đàn đã tổ chức',
        'Dự kiến',
        'Trẻ em',
        'Trẻ em gái',
        'Dân tộc thiểu số',
        'HCĐB',
        'Kiến nghị',
      ],
      ...data.figures.units.map((unit) => [
        unit.name,
        unit.unitCode.includes('/') || unit.unitCode === user.unitCode
          ? ''
          : reported(unit.unitCode)
            ? 'Đã báo cáo'
            : 'Chưa báo cáo',
        unit.held,
        unit.planned,
        unit.children,
        unit.girls,
        unit.ethnicMinority,
        unit.specialCircumstances,
        data.recommendations.filter(
          (r) => r.unitCode === unit.unitCode || r.unitCode.startsWith(`${unit.unitCode}/`),
        ).length,
      ]),
      [
        'Tổng cộng',
        '',
        data.figures.total.held,
        data.figures.total.planned,
        data.figures.total.children,
        data.figures.total.girls,
        data.figures.total.ethnicMinority,
        data.figures.total.specialCircumstances,
        data.recommendations.length,
      ],
    ],
  };
  const name = (code: string) => data.unitNames[code] ?? code;
  const forwarded = data.recommendations.filter(
    (r) => r.level === 'province' || r.level === 'national',
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
  const blob = await buildWorkbook(
    {
      figures: data.figures,
      recommendations: data.recommendations,
      unitNames: data.unitNames,
      extra: [districts, forwardedSheet],
    },
    onProgress,
  );
  downloadFile(`bao-cao-tinh-${data.year}.xlsx`, blob, XLSX);
  await note(user, 'province-report', 'xlsx', data.recommendations.length);
}

/** The work programme's status: each activity with its lead agency, due period and status. */
export async function exportWorkProgramme(
  user: PublicUser,
  dueLabel: (due: string) => string,
  statusLabel: (status: string) => string,
  overdue: (a: { due: string; status: string }) => boolean,
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

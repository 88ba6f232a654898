import type { AppDatabase } from '../../../src/client/db/db.ts';
import type { EntityRows } from '../../../src/client/db/schema.ts';
import { reportDocx } from '../../../src/client/features/reports/report-docx.ts';
import { reportModel } from '../../../src/client/features/reports/report-model.ts';
import { recommendationSheets } from '../../../src/client/features/reports/workbook.ts';
import { writeXlsx } from '../../../src/client/features/reports/write-xlsx.ts';
import { reportFigures } from '../../../src/shared/reports/report-figures.ts';
import type { ReportInput } from '../../../src/shared/reports/report-input.ts';
import { PLAN_2023, reportInputOf } from '../../../src/shared/testing/report-year.ts';
import { UnitTree } from '../../../src/shared/units/unit-tree.ts';
import { round } from '../timing.ts';

/**
 * The district report (.docx) and the province workbook (.xlsx) for the recommendations on the
 * device (50,000 after measureAt(50_000)), timed from the device's data to the file's bytes.
 */
export async function measureReports(app: AppDatabase) {
  const plan = {
    ...PLAN_2023,
    themes: [
      'violence-abuse',
      'injury-accident',
      'online-safety',
      'climate-disaster',
      'child-labour',
    ].map((code, index) => ({ code, title: `Chủ đề ${index + 1}` })),
    deadlines: [],
  };
  const tree = new UnitTree(
    [
      {
        id: 'ia-h-drai',
        name: "Huyện Ia H'Drai",
        type: 'district',
        level: 'district',
        parentCode: null,
      },
    ],
    '2023-12-31',
  );
  const input = (recommendations: EntityRows['recommendation'][]): ReportInput =>
    reportInputOf({
      tree,
      area: 'ia-h-drai',
      year: 2023,
      today: '2023-07-10',
      plan,
      recommendations,
    });
  const districtReport = async (recommendations: EntityRows['recommendation'][]) => {
    const model = reportModel({
      figures: reportFigures(input(recommendations)),
      areaName: "Huyện Ia H'Drai",
      areaLevel: 'district',
      provinceName: 'Tỉnh Kon Tum',
      letterhead: undefined,
      date: new Date(),
    });
    return reportDocx(model);
  };
  // A district's usual year first (5,000), then all the device holds.
  const smallStart = performance.now();
  await districtReport(await app.recommendations.limit(5_000).toArray());
  const docx5kMs = performance.now() - smallStart;
  const docxStart = performance.now();
  const recommendations = await app.recommendations.toArray();
  const docx = await districtReport(recommendations);
  const docxMs = performance.now() - docxStart;
  const xlsxStart = performance.now();
  const rows = await app.recommendations.toArray();
  const sheets = recommendationSheets(reportFigures(input(rows)), rows, (code) => code);
  const xlsx = await writeXlsx(sheets);
  const xlsxMs = performance.now() - xlsxStart;
  return {
    recommendations: recommendations.length,
    docx5kSeconds: round(docx5kMs / 1000),
    docxSeconds: round(docxMs / 1000),
    docxKb: Math.round(docx.byteLength / 1024),
    xlsxSeconds: round(xlsxMs / 1000),
    xlsxKb: Math.round(xlsx.size / 1024),
  };
}

// Two years side by side: the same figures, each from its own year's report (its own plan, its
// own unit tree), so a leader sees what changed. On screen and in the province's workbook.
import type { ReportData } from './report-data.ts';
import type { SheetRows } from './workbook.ts';

export interface CompareRow {
  label: string;
  values: [number, number];
}

export function compareRows(before: ReportData, after: ReportData): CompareRow[] {
  const row = (label: string, pick: (data: ReportData) => number): CompareRow => ({
    label,
    values: [pick(before), pick(after)],
  });
  return [
    row('Diễn đàn đã tổ chức', (d) => d.figures.forums.total.held),
    row('Trẻ em tham gia', (d) => d.figures.forums.total.childrenTotal),
    row('Trẻ em gái', (d) => d.figures.forums.total.girls),
    row('Trẻ em trai', (d) => d.figures.forums.total.boys),
    row('Trẻ em dân tộc thiểu số', (d) => d.figures.forums.total.ethnicMinority),
    row('Kiến nghị', (d) => d.figures.recommendations.total.byKind.recommendation),
    row('Sáng kiến', (d) => d.figures.recommendations.total.byKind.initiative),
    row('Thông điệp', (d) => d.figures.recommendations.total.byKind.message),
    row('Kiến nghị đã chuyển lên cấp trên', (d) => d.figures.recommendations.forwarded.copies),
    row('Lớp tập huấn', (d) => d.figures.trainings.trainings),
    row('Trẻ em dự tập huấn', (d) => d.figures.trainings.byRole.child.total),
  ];
}

export function compareSheet(before: ReportData, after: ReportData): SheetRows {
  return {
    name: `So sánh ${before.year}-${after.year}`,
    rows: [
      ['Chỉ tiêu', before.year, after.year, 'Tăng, giảm'],
      ...compareRows(before, after).map(({ label, values: [a, b] }) => [label, a, b, b - a]),
    ],
  };
}

// Everything a year's report needs, read from the device: the records it holds (the server sent
// only the user's scope), the unit tree of the report's day, the plan and the unit's letterhead;
// then the figures, computed by the shared report functions (docs/reports.md).
import { reportDay, type ReportInput } from '../../../shared/reports/report-input.ts';
import { reportFigures, type ReportFigures } from '../../../shared/reports/report-figures.ts';
import type { Letterhead } from '../../../shared/schemas/letterhead.ts';
import type { UnitLevel } from '../../../shared/schemas/unit.ts';
import type { Viewer } from '../../../shared/units/scope.ts';
import { UnitTree } from '../../../shared/units/unit-tree.ts';
import type { AppDatabase } from '../../runtime.ts';
import type { EntityRows } from '../../db/schema.ts';
import { recommendationsUpTo } from '../../db/queries.ts';

export interface ReportData {
  year: number;
  plan: EntityRows['plan'] | undefined;
  /** The unit the report is for: the user's own (an administrator's: its province). */
  area: string;
  areaName: string;
  areaLevel: UnitLevel;
  provinceName: string;
  tree: UnitTree;
  unitNames: Record<string, string>;
  input: ReportInput;
  figures: ReportFigures;
  letterhead: Letterhead | undefined;
}

export async function loadReportData(
  database: AppDatabase,
  user: Viewer,
  year: number,
  today: string,
): Promise<ReportData> {
  const [units, plans, forums, recommendations, trainings, attendees, attendance, submissions] =
    await Promise.all([
      database.units.toArray(),
      database.plans.where('year').equals(year).toArray(),
      database.forums.toArray(),
      recommendationsUpTo(database, year).toArray(),
      database.trainings.toArray(),
      database.attendees.toArray(),
      database.attendance.toArray(),
      database.submissions.where('year').equals(year).toArray(),
    ]);
  const plan = plans[0];
  const tree = new UnitTree(units, reportDay(year, today, plan));
  const area = tree.has(user.unitCode) ? user.unitCode : (plan?.unitCode ?? user.unitCode);
  const letterheads = await database.letterheads.where('unitCode').equals(area).toArray();
  const input: ReportInput = {
    tree,
    area,
    year,
    today,
    plan,
    forums,
    recommendations,
    trainings,
    attendees,
    attendance,
    submissions,
  };
  const areaState = tree.get(area);
  return {
    year,
    plan,
    area,
    areaName: tree.name(area),
    areaLevel: areaState?.level ?? 'province',
    provinceName: tree.name(tree.rootOf(area)),
    tree,
    unitNames: Object.fromEntries(tree.all().map((unit) => [unit.code, unit.name])),
    input,
    figures: reportFigures(input),
    letterhead: letterheads[0],
  };
}

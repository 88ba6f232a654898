// Everything a report of one year needs, read from the device: the units of the user's scope,
// their forums and recommendations, and earlier years' recommendations with their answers.
import type { PublicUser } from '../../../shared/schemas/user.ts';
import type { AppDatabase } from '../../db/db.ts';
import type { EntityRows } from '../../db/schema.ts';
import { reportFigures, type ReportFigures } from './figures.ts';

export interface ReportData {
  year: number;
  plan: EntityRows['plan'] | undefined;
  /** The rows of the figures: communes and the district for district staff, districts for the province. */
  rowUnits: EntityRows['unit'][];
  unitNames: Record<string, string>;
  forums: EntityRows['forum'][];
  recommendations: EntityRows['recommendation'][];
  earlier: EntityRows['recommendation'][];
  figures: ReportFigures;
}

function inScope(user: PublicUser, unitCode: string): boolean {
  if (user.role === 'province' || user.role === 'admin') return true;
  return unitCode === user.unitCode || unitCode.startsWith(`${user.unitCode}/`);
}

export async function loadReportData(
  database: AppDatabase,
  user: PublicUser,
  year: number,
  today: string,
): Promise<ReportData> {
  const [units, plans, forums, recommendations, earlier] = await Promise.all([
    database.units.toArray(),
    database.plans.where('year').equals(year).toArray(),
    database.forums.filter((f) => f._year === year && inScope(user, f.unitCode)).toArray(),
    database.recommendations
      .where('year')
      .equals(year)
      .filter((r) => inScope(user, r.unitCode))
      .toArray(),
    database.recommendations
      .where('year')
      .below(year)
      .filter((r) => inScope(user, r.unitCode))
      .toArray(),
  ]);
  const live = units.filter((unit) => !unit.retired);
  const rowUnits =
    user.role === 'province' || user.role === 'admin'
      ? live.filter((unit) => unit.level === 'district' || unit.level === 'province')
      : live.filter((unit) => unit.id === user.unitCode || unit.parentCode === user.unitCode);
  const plan = plans[0];
  return {
    year,
    plan,
    rowUnits,
    unitNames: Object.fromEntries(units.map((unit) => [unit.id, unit.name])),
    forums,
    recommendations,
    earlier,
    figures: reportFigures({ forums, recommendations, units: rowUnits, plan, today }),
  };
}

// What a year's report is computed from: the records the device holds (already limited to the
// user's scope by the server) and the unit tree on the report's day. Pure data, no database.
import type { Forum } from '../schemas/forum.ts';
import type { Plan } from '../schemas/plan.ts';
import type { Recommendation } from '../schemas/recommendation.ts';
import type { Submission } from '../schemas/submission.ts';
import type { Attendance, Attendee, Training } from '../schemas/training.ts';
import type { UnitTree } from '../units/unit-tree.ts';

type WithId<T> = T & { id: string };

export interface ReportInput {
  /** The unit tree on the report's day (docs/units.md § Which day). */
  tree: UnitTree;
  /** The unit the report is for (a district, a province, a commune). */
  area: string;
  year: number;
  /** Today, for what is late and what is still open. */
  today: string;
  plan: Plan | undefined;
  forums: WithId<Forum>[];
  /** Every year's: this year's for section II, earlier ones for section III. */
  recommendations: WithId<Recommendation>[];
  trainings: WithId<Training>[];
  attendees: WithId<Attendee>[];
  attendance: WithId<Attendance>[];
  submissions: WithId<Submission>[];
}

/** The day a year's report stands on: the plan's `unitsAsOf`, else 31 December (or today). */
export function reportDay(year: number, today: string, plan?: Pick<Plan, 'unitsAsOf'>): string {
  if (plan?.unitsAsOf) return plan.unitsAsOf;
  const end = `${year}-12-31`;
  return end < today ? end : today;
}

export const yearOfDate = (date: string) => Number(date.slice(0, 4));

/** The ISO date `days` after `iso` (calendar days, no time zone involved). */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Whether a record's unit lies within the report's area (the area itself included). */
export const inArea = (input: Pick<ReportInput, 'tree' | 'area'>, unitCode: string) =>
  input.tree.isWithin(unitCode, input.area);

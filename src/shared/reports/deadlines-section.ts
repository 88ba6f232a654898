// Section IV: the plan's deadlines, unit by unit. One definition (docs/reports.md § IV): for each
// deadline, every unit that had to meet it — the plan's target units, else every unit of the
// deadline's level within the area on the report's day — is "met" (by the date), "late" (after),
// "missing" (not yet, and the date has passed) or "open" (not yet, the date still ahead). A forum
// deadline is met by a held forum of that level at the unit; a report deadline by the unit's report
// sent up (its first sending); a report due within N days is due N days after the unit's forum.
import { deadlineKind } from '../plans/deadline-kind.ts';
import type { Deadline } from '../schemas/plan.ts';
import { addDays, inArea, yearOfDate, type ReportInput } from './report-input.ts';

export type DeadlineState = 'met' | 'late' | 'missing' | 'open';

export interface DeadlineUnit {
  unitCode: string;
  name: string;
  state: DeadlineState;
  /** When it was met (a date), if it was. */
  on: string | null;
  /** Its own due date (differs from the deadline's for "within N days" reports). */
  due: string;
}

export interface DeadlineRow {
  code: string;
  title: string;
  due: string;
  units: DeadlineUnit[];
  counts: Record<DeadlineState, number>;
}

function targets(input: ReportInput, deadline: Deadline): string[] {
  const listed = deadline.targetUnits ?? [];
  const pool =
    listed.length > 0
      ? listed
      : input.tree
          .active()
          .filter(
            (unit) => unit.level === (deadline.level === 'national' ? 'province' : deadline.level),
          )
          .map((unit) => unit.code);
  return pool.filter((code) => input.tree.has(code) && inArea(input, code));
}

function firstHeld(input: ReportInput, unitCode: string, deadline: Deadline): string | null {
  const dates = input.forums
    .filter(
      (forum) =>
        forum.unitCode === unitCode &&
        forum.level === deadline.level &&
        forum.status !== 'planned' &&
        yearOfDate(forum.date) === input.year,
    )
    .map((forum) => forum.date)
    .sort();
  return dates[0] ?? null;
}

function firstSent(input: ReportInput, unitCode: string): string | null {
  const sent = input.submissions.find((s) => s.unitCode === unitCode && s.year === input.year);
  return sent ? sent.firstSubmittedAt.slice(0, 10) : null;
}

function stateOf(on: string | null, due: string, today: string): DeadlineState {
  if (on !== null) return on <= due ? 'met' : 'late';
  return today > due ? 'missing' : 'open';
}

export function deadlinesSection(input: ReportInput): DeadlineRow[] {
  return (input.plan?.deadlines ?? []).flatMap((deadline) => {
    const units = targets(input, deadline).map((unitCode): DeadlineUnit => {
      const report = deadlineKind(deadline) === 'report';
      const forumDay = firstHeld(input, unitCode, deadline);
      const due =
        report && deadline.withinDays && forumDay
          ? ([addDays(forumDay, deadline.withinDays), deadline.due].sort()[0] ?? deadline.due)
          : deadline.due;
      const on = report ? firstSent(input, unitCode) : forumDay;
      return {
        unitCode,
        name: input.tree.name(unitCode),
        state: stateOf(on, due, input.today),
        on,
        due,
      };
    });
    if (units.length === 0) return [];
    const counts: Record<DeadlineState, number> = { met: 0, late: 0, missing: 0, open: 0 };
    for (const unit of units) counts[unit.state] += 1;
    return [{ code: deadline.code, title: deadline.title, due: deadline.due, units, counts }];
  });
}

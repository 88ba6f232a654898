// What the home screen reminds a unit of: the plan's deadlines that fall on it in the next 14 days or
// have passed unmet, forums it planned for the coming days, and, for a district or the province, how
// many units below it are late. Deadlines are judged exactly as the report's section on deadlines judges them
// (deadlines-section.ts), so the reminder and the signed report never disagree.
import { deadlinesSection } from './deadlines-section.ts';
import { addDays, type ReportInput } from './report-input.ts';

export const REMINDER_DAYS = 14;

export interface Reminder {
  /** `deadline`: the unit's own; `below`: units below it that are late; `forum`: a planned forum. */
  kind: 'deadline' | 'below' | 'forum';
  title: string;
  due: string;
  state: 'soon' | 'late';
  /** How many units (for `below`), else 1. */
  n: number;
  /** The forum to open (for `forum`). */
  forumId?: string;
}

export type ReminderInput = Pick<
  ReportInput,
  'tree' | 'area' | 'year' | 'today' | 'plan' | 'forums' | 'submissions'
>;

export function remindersFor(input: ReminderInput, days = REMINDER_DAYS): Reminder[] {
  const horizon = addDays(input.today, days);
  const reminders: Reminder[] = [];
  const rows = deadlinesSection({
    ...input,
    recommendations: [],
    trainings: [],
    attendees: [],
    attendance: [],
  });
  /** Late, due within the horizon, or nothing to remind of yet. */
  const timing = (due: string, late: boolean): Reminder['state'] | null =>
    late ? 'late' : due >= input.today && due <= horizon ? 'soon' : null;
  for (const row of rows) {
    for (const unit of row.units.filter((candidate) => candidate.unitCode === input.area)) {
      // A deadline met (on time or late) needs no reminder.
      if (unit.state !== 'missing' && unit.state !== 'open') continue;
      const state = timing(unit.due, unit.state === 'missing');
      if (state) reminders.push({ kind: 'deadline', title: row.title, due: unit.due, state, n: 1 });
    }
    const lateBelow = row.units.filter(
      (unit) => unit.unitCode !== input.area && unit.state === 'missing',
    ).length;
    if (lateBelow > 0)
      reminders.push({
        kind: 'below',
        title: row.title,
        due: row.due,
        state: 'late',
        n: lateBelow,
      });
  }
  for (const forum of input.forums) {
    if (forum.status !== 'planned' || !input.tree.isWithin(forum.unitCode, input.area)) continue;
    const state = timing(forum.date, forum.date < input.today);
    if (state)
      reminders.push({
        kind: 'forum',
        title: forum.venue,
        due: forum.date,
        state,
        n: 1,
        forumId: forum.id,
      });
  }
  // Late first, then by date: what is already overdue is what a leader asks about.
  return reminders.sort(
    (a, b) => (a.state === b.state ? 0 : a.state === 'late' ? -1 : 1) || a.due.localeCompare(b.due),
  );
}

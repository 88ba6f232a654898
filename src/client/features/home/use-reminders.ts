// The home screen's reminders for the user's unit, from the device's forums and reports of this year
// (the rule itself is shared: src/shared/reports/reminders.ts).
import { useLiveQuery } from 'dexie-react-hooks';
import type { Plan } from '../../../shared/schemas/plan.ts';
import { remindersFor, type Reminder } from '../../../shared/reports/reminders.ts';
import { db } from '../../runtime.ts';
import { useUnitTree } from '../../ui/use-scope.ts';

export function useReminders(area: string, plan: Plan | undefined, today: string): Reminder[] {
  const tree = useUnitTree(today);
  const year = Number(today.slice(0, 4));
  const records = useLiveQuery(
    async () => ({
      forums: await db.forums
        .where('date')
        .between(`${year}-01-01`, `${year}-12-31`, true, true)
        .toArray(),
      submissions: await db.submissions.where('year').equals(year).toArray(),
    }),
    [year],
  );
  if (!records || plan?.year !== year) return [];
  return remindersFor({ tree, area, year, today, plan, ...records });
}

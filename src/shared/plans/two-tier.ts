// A plan copied into a year whose unit tree has no districts (from 1 July 2025: province → commune).
// District deadlines have no one left to meet them: the district forum becomes the commune's, and the
// district's report becomes the commune report the reform asks for — to the province within 15 days
// after the commune's own forum (the report is due by the earlier of that and the plan's date).
import type { Deadline } from '../schemas/plan.ts';
import type { UnitLevel } from '../schemas/unit.ts';
import { deadlineKind } from './deadline-kind.ts';

export const COMMUNE_REPORT_DAYS = 15;

const COMMUNE_FORUM: Omit<Deadline, 'due'> = {
  code: 'commune-forum',
  level: 'commune',
  kind: 'forum',
  title: 'Tổ chức Diễn đàn trẻ em cấp xã',
};
const COMMUNE_REPORT: Omit<Deadline, 'due'> = {
  code: 'commune-report',
  level: 'commune',
  kind: 'report',
  title: `Ủy ban nhân dân cấp xã báo cáo kết quả Diễn đàn trẻ em về tỉnh trong ${COMMUNE_REPORT_DAYS} ngày sau Diễn đàn`,
  withinDays: COMMUNE_REPORT_DAYS,
};

/** The deadlines as a year with these unit levels can meet them (unchanged while districts exist). */
export function fitDeadlinesToLevels(
  deadlines: readonly Deadline[],
  levels: ReadonlySet<UnitLevel>,
): Deadline[] {
  if (levels.has('district') || !levels.has('commune')) return [...deadlines];
  const kept = deadlines.filter((deadline) => deadline.level !== 'district');
  const has = (code: string) => kept.some((deadline) => deadline.code === code);
  const added: Deadline[] = [];
  for (const deadline of deadlines.filter((entry) => entry.level === 'district')) {
    const replacement = deadlineKind(deadline) === 'report' ? COMMUNE_REPORT : COMMUNE_FORUM;
    if (has(replacement.code) || added.some((entry) => entry.code === replacement.code)) continue;
    added.push({ ...replacement, due: deadline.due });
  }
  return [...kept, ...added].sort((a, b) => a.due.localeCompare(b.due));
}

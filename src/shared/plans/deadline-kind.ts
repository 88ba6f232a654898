// A deadline's kind, without the plan's zod schema: the home screen's reminders judge deadlines on
// the first screen, and must not bring zod into the start chunk with them.
import type { Deadline, DeadlineKind } from '../schemas/plan.ts';

/** A deadline's kind, from its field or, for plans made before it existed, from its code. */
export function deadlineKind(deadline: Pick<Deadline, 'kind' | 'code'>): DeadlineKind {
  return deadline.kind ?? (deadline.code.endsWith('report') ? 'report' : 'forum');
}

// Which units have sent their report, and when (DHIS2 calls these reporting rates): for every unit
// that owes a report this year — the targets of the plan's report deadlines within the area — its
// report's state (on time, late, missing, not yet due) and its review (accepted, returned).
import { deadlineKind } from '../plans/deadline-kind.ts';
import type { SubmissionStatus } from '../schemas/submission.ts';
import { deadlinesSection, type DeadlineState } from './deadlines-section.ts';
import type { ReportInput } from './report-input.ts';

export interface CompletenessRow {
  unitCode: string;
  name: string;
  due: string;
  state: DeadlineState;
  sentOn: string | null;
  review: SubmissionStatus | null;
  submissionId: string | null;
}

export interface Completeness {
  rows: CompletenessRow[];
  /** Share of the units that owe a report which have sent it, and sent it on time (0–1). */
  sent: number;
  onTime: number;
}

export function completeness(input: ReportInput): Completeness {
  const reports = deadlinesSection({
    ...input,
    plan: input.plan && {
      ...input.plan,
      deadlines: input.plan.deadlines.filter((deadline) => deadlineKind(deadline) === 'report'),
    },
  });
  const rows = reports.flatMap((deadline) =>
    deadline.units
      .filter((unit) => unit.unitCode !== input.area)
      .map((unit): CompletenessRow => {
        const submission = input.submissions.find(
          (s) => s.unitCode === unit.unitCode && s.year === input.year,
        );
        return {
          unitCode: unit.unitCode,
          name: unit.name,
          due: unit.due,
          state: unit.state,
          sentOn: unit.on,
          review: submission?.status ?? null,
          submissionId: submission?.id ?? null,
        };
      }),
  );
  const owed = rows.filter((row) => row.state !== 'open' || row.sentOn !== null);
  const share = (count: number) => (owed.length === 0 ? 0 : count / owed.length);
  return {
    rows,
    sent: share(owed.filter((row) => row.sentOn !== null).length),
    onTime: share(owed.filter((row) => row.state === 'met').length),
  };
}

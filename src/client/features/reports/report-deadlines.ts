// Section V of a unit's report: each deadline of the plan, and unit by unit who met it, was late or
// has not done it yet (shared/reports/deadlines-section.ts counts them).
import type { Block, ReportModelInput, Section } from './report-types.ts';

const STATE_WORD = {
  met: 'đúng hạn',
  late: 'muộn',
  missing: 'chưa thực hiện',
  open: 'chưa đến hạn',
};

export function deadlinesSection(input: ReportModelInput): Section {
  return {
    heading: 'V. TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH',
    blocks: [
      {
        kind: 'table',
        header: ['Nội dung', 'Thời hạn', 'Đúng hạn', 'Muộn', 'Chưa thực hiện', 'Chưa đến hạn'],
        rows: input.figures.deadlines.map((deadline) => [
          deadline.title,
          deadline.due.split('-').reverse().join('/'),
          deadline.counts.met,
          deadline.counts.late,
          deadline.counts.missing,
          deadline.counts.open,
        ]),
      },
      ...input.figures.deadlines.flatMap((deadline): Block[] => {
        const behind = deadline.units.filter(
          (unit) => unit.state === 'late' || unit.state === 'missing',
        );
        return behind.length === 0
          ? []
          : [
              {
                kind: 'list',
                items: behind.map(
                  (unit) =>
                    `${deadline.title}: ${unit.name} — ${STATE_WORD[unit.state]}` +
                    (unit.on ? ` (${unit.on.split('-').reverse().join('/')})` : ''),
                ),
              },
            ];
      }),
    ],
  };
}

// Every figure of a year's report, from one function per section (docs/reports.md). The screen,
// the .docx, the .xlsx, the frozen copy a unit sends up and the tests all read this.
import { deadlinesSection, type DeadlineRow } from './deadlines-section.ts';
import { followUpSection, type FollowUpSection } from './follow-up-section.ts';
import { forumsSection, type ForumsSection } from './forums-section.ts';
import { recommendationsSection, type RecommendationsSection } from './recommendations-section.ts';
import type { ReportInput } from './report-input.ts';
import { trainingsSection, type TrainingsSection } from './trainings-section.ts';

export interface ReportFigures {
  area: string;
  year: number;
  forums: ForumsSection;
  recommendations: RecommendationsSection;
  followUp: FollowUpSection;
  deadlines: DeadlineRow[];
  trainings: TrainingsSection;
  /** What to put right before signing (unknown themes, answers without a solution). */
  warnings: string[];
}

export function reportFigures(input: ReportInput): ReportFigures {
  const recommendations = recommendationsSection(input);
  const followUp = followUpSection(input);
  const warnings = [
    ...recommendations.unknownThemes.map(
      (code) =>
        `Có kiến nghị thuộc chủ đề "${code}" không có trong kế hoạch năm ${input.year}: được tính vào "Chủ đề khác".`,
    ),
    ...(followUp.missingSolution > 0
      ? [`${followUp.missingSolution} kiến nghị "chưa thể thực hiện" chưa nêu giải pháp.`]
      : []),
  ];
  return {
    area: input.area,
    year: input.year,
    forums: forumsSection(input),
    recommendations,
    followUp,
    deadlines: deadlinesSection(input),
    trainings: trainingsSection(input),
    warnings,
  };
}

// Section III: how earlier recommendations were answered. One definition (docs/reports.md § III):
// every original recommendation of an earlier year within the area, by year and by its answer as
// it stands; those "not yet possible" listed with their cause and solution, and flagged when the
// solution is missing. Earlier years' themes are their own plans', so this section goes by year.
import {
  RESPONSE_STATUSES,
  type Recommendation,
  type ResponseStatus,
} from '../schemas/recommendation.ts';
import { inArea, type ReportInput } from './report-input.ts';
import { isForwardedCopy } from './recommendations-section.ts';

export interface FollowUpYear {
  year: number;
  byStatus: Record<ResponseStatus, number>;
  total: number;
}

export interface FollowUpSection {
  years: FollowUpYear[];
  total: FollowUpYear;
  notPossible: Pick<
    Recommendation,
    'year' | 'themeCode' | 'text' | 'responseCause' | 'responseSolution' | 'unitCode'
  >[];
  /** "Not yet possible" answers that do not say what will be done: to complete before signing. */
  missingSolution: number;
}

const emptyYear = (year: number): FollowUpYear => ({
  year,
  byStatus: { pending: 0, implemented: 0, 'in-progress': 0, 'not-possible': 0 },
  total: 0,
});

export function followUpSection(input: ReportInput): FollowUpSection {
  const years = new Map<number, FollowUpYear>();
  const total = emptyYear(0);
  const notPossible: FollowUpSection['notPossible'] = [];
  for (const r of input.recommendations) {
    if (r.year >= input.year || isForwardedCopy(r) || !inArea(input, r.unitCode)) continue;
    const row = years.get(r.year) ?? emptyYear(r.year);
    years.set(r.year, row);
    for (const target of [row, total]) {
      target.byStatus[r.responseStatus] += 1;
      target.total += 1;
    }
    if (r.responseStatus === 'not-possible') notPossible.push(r);
  }
  return {
    years: [...years.values()].sort((a, b) => a.year - b.year),
    total,
    notPossible: notPossible.sort((a, b) => a.year - b.year),
    missingSolution: notPossible.filter((r) => r.responseSolution.trim() === '').length,
  };
}

export const STATUSES = RESPONSE_STATUSES;

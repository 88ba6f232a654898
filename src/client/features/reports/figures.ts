// The numbers every report and the dashboard show, computed from records alone, so the screen, the
// .docx, the .xlsx and the tests all agree. Pure functions: no database, no clock.
import type { Forum } from '../../../shared/schemas/forum.ts';
import type { Plan } from '../../../shared/schemas/plan.ts';
import {
  RECOMMENDATION_KINDS,
  type Recommendation,
  type RecommendationKind,
  type ResponseStatus,
} from '../../../shared/schemas/recommendation.ts';

export interface UnitFigures {
  unitCode: string;
  name: string;
  planned: number;
  held: number;
  reported: number;
  children: number;
  girls: number;
  boys: number;
  ethnicMinority: number;
  specialCircumstances: number;
  withDisabilities: number;
  poorHouseholds: number;
  adults: number;
}

export interface ThemeFigures {
  themeCode: string;
  title: string;
  byKind: Record<RecommendationKind, number>;
  total: number;
  byStatus: Record<ResponseStatus, number>;
}

export type DeadlineState = 'met' | 'missed' | 'open';

export interface DeadlineFigures {
  code: string;
  title: string;
  due: string;
  state: DeadlineState;
}

export interface ReportFigures {
  units: UnitFigures[];
  total: UnitFigures;
  themes: ThemeFigures[];
  recommendations: number;
  deadlines: DeadlineFigures[];
}

type ForumLike = Pick<Forum, 'unitCode' | 'level' | 'date' | 'status'> &
  Pick<
    Forum,
    | 'childrenTotal'
    | 'girls'
    | 'boys'
    | 'ethnicMinority'
    | 'specialCircumstances'
    | 'withDisabilities'
    | 'poorHouseholds'
    | 'adults'
  >;
type RecommendationLike = Pick<Recommendation, 'themeCode' | 'kind' | 'responseStatus'>;

const emptyUnit = (unitCode: string, name: string): UnitFigures => ({
  unitCode,
  name,
  planned: 0,
  held: 0,
  reported: 0,
  children: 0,
  girls: 0,
  boys: 0,
  ethnicMinority: 0,
  specialCircumstances: 0,
  withDisabilities: 0,
  poorHouseholds: 0,
  adults: 0,
});

function addForum(figures: UnitFigures, forum: ForumLike) {
  if (forum.status === 'planned') {
    figures.planned += 1;
    return;
  }
  // Held and reported forums both took place: their children count.
  figures.held += 1;
  if (forum.status === 'reported') figures.reported += 1;
  figures.children += forum.childrenTotal;
  figures.girls += forum.girls;
  figures.boys += forum.boys;
  figures.ethnicMinority += forum.ethnicMinority;
  figures.specialCircumstances += forum.specialCircumstances;
  figures.withDisabilities += forum.withDisabilities;
  figures.poorHouseholds += forum.poorHouseholds;
  figures.adults += forum.adults;
}

/**
 * A deadline is met when a forum of its level took place by its date ("…-report" deadlines: when
 * one was reported), missed when its date has passed without, and open before then.
 */
function deadlineState(
  deadline: Plan['deadlines'][number],
  forums: ForumLike[],
  today: string,
): DeadlineState {
  const ofLevel = forums.filter((forum) => forum.level === deadline.level);
  const met = deadline.code.endsWith('report')
    ? ofLevel.some((forum) => forum.status === 'reported')
    : ofLevel.some((forum) => forum.status !== 'planned' && forum.date <= deadline.due);
  if (met) return 'met';
  return today > deadline.due ? 'missed' : 'open';
}

/**
 * Figures for `units` (each forum counts for the unit itself or, for a district row, any of its
 * communes), the plan's themes, and its deadlines.
 */
export function reportFigures(input: {
  forums: ForumLike[];
  recommendations: RecommendationLike[];
  units: { id: string; name: string }[];
  plan: Pick<Plan, 'themes' | 'deadlines'> | undefined;
  today: string;
}): ReportFigures {
  const rows = input.units.map((unit) => emptyUnit(unit.id, unit.name));
  const total = emptyUnit('', 'Tổng cộng');
  for (const forum of input.forums) {
    const row =
      rows.find((r) => forum.unitCode === r.unitCode) ??
      rows.find((r) => forum.unitCode.startsWith(`${r.unitCode}/`));
    if (!row) continue;
    addForum(row, forum);
    addForum(total, forum);
  }
  const themes: ThemeFigures[] = (input.plan?.themes ?? []).map((theme) => ({
    themeCode: theme.code,
    title: theme.title,
    byKind: { recommendation: 0, initiative: 0, message: 0 },
    total: 0,
    byStatus: { pending: 0, implemented: 0, 'in-progress': 0, 'not-possible': 0 },
  }));
  const byCode = new Map(themes.map((theme) => [theme.themeCode, theme]));
  for (const recommendation of input.recommendations) {
    const theme = byCode.get(recommendation.themeCode);
    if (!theme) continue;
    theme.byKind[recommendation.kind] += 1;
    theme.byStatus[recommendation.responseStatus] += 1;
    theme.total += 1;
  }
  return {
    units: rows,
    total,
    themes,
    recommendations: themes.reduce((sum, theme) => sum + theme.total, 0),
    deadlines: (input.plan?.deadlines ?? []).map((deadline) => ({
      code: deadline.code,
      title: deadline.title,
      due: deadline.due,
      state: deadlineState(deadline, input.forums, input.today),
    })),
  };
}

export const KINDS = RECOMMENDATION_KINDS;

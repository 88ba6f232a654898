// Section II: what children said this year. One definition (docs/reports.md § II): a
// recommendation counts once, where it was first said — an original (no `sourceIds`) of the year
// within the area. A forwarded copy (made by forwarding, with `sourceIds`) is counted as forwarded,
// never as new. Themes follow the year's plan; one filed under a theme not in it counts under
// "other themes", with a warning naming the theme.
import {
  RECOMMENDATION_KINDS,
  type Recommendation,
  type RecommendationKind,
  type ResponseStatus,
} from '../schemas/recommendation.ts';
import { countsUnder, reportRows } from '../units/scope.ts';
import { inArea, type ReportInput } from './report-input.ts';

export const OTHER_THEMES = '(other)';

export interface ThemeRow {
  themeCode: string;
  title: string;
  byKind: Record<RecommendationKind, number>;
  /** How this year's recommendations have been answered so far. */
  byStatus: Record<ResponseStatus, number>;
  total: number;
}

export interface RecommendationsSection {
  themes: ThemeRow[];
  total: ThemeRow;
  /** Originals per report row (for the province's table by district). */
  byRow: Record<string, number>;
  /** Copies sent up by forwarding: how many, and how many originals they carry. */
  forwarded: { copies: number; sources: number };
  /** Originals of the year, in the order they were said, for the report's list. */
  said: Recommendation[];
  /** Theme codes used that the plan does not have. */
  unknownThemes: string[];
}

const emptyTheme = (themeCode: string, title: string): ThemeRow => ({
  themeCode,
  title,
  byKind: { recommendation: 0, initiative: 0, message: 0 },
  byStatus: { pending: 0, implemented: 0, 'in-progress': 0, 'not-possible': 0 },
  total: 0,
});

export const isForwardedCopy = (r: Pick<Recommendation, 'sourceIds'>) => r.sourceIds.length > 0;

export function recommendationsSection(input: ReportInput): RecommendationsSection {
  const themes = (input.plan?.themes ?? []).map((theme) => emptyTheme(theme.code, theme.title));
  const byCode = new Map(themes.map((row) => [row.themeCode, row]));
  const other = emptyTheme(OTHER_THEMES, 'Chủ đề khác');
  const total = emptyTheme('', 'Tổng cộng');
  const rows = reportRows(input.tree, input.area);
  const byRow: Record<string, number> = Object.fromEntries(rows.map((code) => [code, 0]));
  const unknown = new Set<string>();
  const forwarded = { copies: 0, sources: 0 };
  const said: Recommendation[] = [];
  for (const r of input.recommendations) {
    if (r.year !== input.year || !inArea(input, r.unitCode)) continue;
    if (isForwardedCopy(r)) {
      forwarded.copies += 1;
      forwarded.sources += r.sourceIds.length;
      continue;
    }
    const theme = byCode.get(r.themeCode);
    if (!theme) unknown.add(r.themeCode);
    for (const row of [theme ?? other, total]) {
      row.byKind[r.kind] += 1;
      row.byStatus[r.responseStatus] += 1;
      row.total += 1;
    }
    const under = countsUnder(input.tree, r.unitCode, rows);
    if (under !== undefined) byRow[under] = (byRow[under] ?? 0) + 1;
    said.push(r);
  }
  return {
    themes: other.total > 0 ? [...themes, other] : themes,
    total,
    byRow,
    forwarded,
    said,
    unknownThemes: [...unknown].sort(),
  };
}

export const KINDS = RECOMMENDATION_KINDS;

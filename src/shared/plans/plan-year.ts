// A new year's plan from last year's, and the rules of changing a plan's themes (docs/plans.md):
// a theme keeps its code for life, so rewording it never orphans its recommendations; a theme that
// has recommendations is retired, not removed.
import type { Deadline, Plan, Theme } from '../schemas/plan.ts';
import type { UnitLevel } from '../schemas/unit.ts';
import { fitDeadlinesToLevels } from './two-tier.ts';

/** The same day `years` later; 29 February becomes 28 February in a common year. */
export function shiftYear(iso: string, years: number): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

export const planId = (unitCode: string, year: number) => `${unitCode}-${year}`;

/**
 * Next year's plan: the same themes (same codes) and deadlines a year later, and no document yet.
 * Given the levels of that year's unit tree, deadlines follow them (two-tier years: two-tier.ts).
 */
export function copyPlan(
  from: Plan,
  toYear: number,
  unitCode: string,
  levels?: ReadonlySet<UnitLevel>,
): Plan {
  const years = toYear - from.year;
  const shifted = from.deadlines.map((deadline): Deadline => ({
    ...deadline,
    due: shiftYear(deadline.due, years),
  }));
  return {
    ...from,
    unitCode,
    year: toYear,
    title: from.title.replace(String(from.year), String(toYear)),
    themes: from.themes.filter((theme) => theme.retired !== true).map((theme) => ({ ...theme })),
    deadlines: levels ? fitDeadlinesToLevels(shifted, levels) : shifted,
    documentNumber: '',
    documentDate: null,
    unitsAsOf: from.unitsAsOf ? shiftYear(from.unitsAsOf, years) : null,
  };
}

/** A code for a new theme, unlike any the plan has had. */
export function newThemeCode(themes: readonly Theme[], title: string): string {
  const base =
    title
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/đ/gi, 'd')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .split('-')
      .slice(0, 4)
      .join('-') || 'chu-de';
  let code = base;
  for (let n = 2; themes.some((theme) => theme.code === code); n++) code = `${base}-${n}`;
  return code;
}

/**
 * What is wrong with a change of themes: a theme removed while recommendations are filed under it.
 * (Reworded and reordered themes keep their codes, and so their recommendations.)
 */
export function themeProblems(
  before: readonly Theme[],
  after: readonly Theme[],
  inUse: ReadonlySet<string>,
): string[] {
  const kept = new Set(after.map((theme) => theme.code));
  return before
    .filter((theme) => !kept.has(theme.code) && inUse.has(theme.code))
    .map(
      (theme) =>
        `Chủ đề «${theme.title}» đã có kiến nghị nên không xóa được; hãy chọn «Ngừng dùng» để giữ cho báo cáo.`,
    );
}

/** The plan of a year, or the newest before it (the year of a screen, of a record). */
export function planOfYear<P extends Pick<Plan, 'year'>>(
  plans: readonly P[],
  year: number,
): P | undefined {
  return (
    [...plans].sort((a, b) => b.year - a.year).find((plan) => plan.year <= year) ?? plans.at(-1)
  );
}

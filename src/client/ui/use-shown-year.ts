// The year the screens show, chosen once and kept across screens (and visits): by default the
// current plan's year — this year's plan, or the newest before it.
import type { Table } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useSyncExternalStore } from 'react';
import { planOfYear } from '../../shared/plans/plan-year.ts';
import { usePlans } from './use-scope.ts';

const KEY = 'ddte:shown-year';
const listeners = new Set<() => void>();

function read(): number | null {
  try {
    const stored = Number(localStorage.getItem(KEY));
    return Number.isInteger(stored) && stored > 2000 ? stored : null;
  } catch {
    return null;
  }
}

export function setShownYear(year: number) {
  try {
    localStorage.setItem(KEY, String(year));
  } catch {
    // Storage full: the choice holds for this screen only.
  }
  listeners.forEach((listener) => listener());
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The current plan's year: this year's plan, or the newest before it. */
export function useCurrentPlanYear(): number {
  const plans = usePlans();
  const thisYear = new Date().getFullYear();
  return planOfYear(plans, thisYear)?.year ?? thisYear;
}

/** The year to show with these plans: the one chosen, if a plan has it, else the current plan's. */
export function shownYearOf(plans: readonly { year: number }[], chosen = read()): number {
  const thisYear = new Date().getFullYear();
  if (chosen !== null && plans.some((plan) => plan.year === chosen)) return chosen;
  return planOfYear(plans, thisYear)?.year ?? thisYear;
}

export function useShownYear(): [number, (year: number) => void] {
  const chosen = useSyncExternalStore(subscribe, read);
  const plans = usePlans();
  return [shownYearOf(plans, chosen), setShownYear];
}

/**
 * The shown year and, newest first by `index`, up to `limit` rows of that year (undefined while the
 * device answers, so "none yet" is said only once it has).
 */
export function useRowsOfShownYear<R>(
  table: Table<R, string>,
  index: string,
  yearOf: (row: R) => number | undefined,
  limit: number,
): { year: number; rows: R[] | undefined } {
  const [year] = useShownYear();
  const rows = useLiveQuery(
    () =>
      table
        .orderBy(index)
        .reverse()
        .filter((row) => yearOf(row) === year)
        .limit(limit)
        .toArray(),
    [table, year],
  );
  return { year, rows };
}

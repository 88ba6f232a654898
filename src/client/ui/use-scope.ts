// What the signed-in user may pick and see on this device: the same scope rule the server applies
// (src/shared/units/scope.ts), over the unit tree the device holds, on today's date.
import { useLiveQuery } from 'dexie-react-hooks';
import { maySee, type Viewer } from '../../shared/units/scope.ts';
import { UnitTree } from '../../shared/units/unit-tree.ts';
import type { EntityRows } from '../db/schema.ts';
import { todayIso } from '../i18n/dates.ts';
import { db } from '../runtime.ts';

const EMPTY_TREE = new UnitTree([], '1970-01-01');

/** The unit tree on `day` (today unless a report asks for a year's), kept current by live query. */
export function useUnitTree(day?: string): UnitTree {
  const on = day ?? todayIso();
  return useLiveQuery(async () => new UnitTree(await db.units.toArray(), on), [on], EMPTY_TREE);
}

/**
 * Units that exist today and that the user may see: where a record of theirs can be placed. An
 * administrator, who keeps no records, may pick any unit (for accounts).
 */
export function useUnitsInScope(user: Viewer): EntityRows['unit'][] {
  return useLiveQuery(
    async () => unitsInScope(await db.units.toArray(), user),
    [user.role, user.unitCode, user.id],
    [],
  );
}

/** Of these units, those that exist today and that the user may see (the hook's rule, read once). */
export function unitsInScope(units: EntityRows['unit'][], user: Viewer): EntityRows['unit'][] {
  const tree = new UnitTree(units, todayIso());
  return units.filter(
    (unit) =>
      tree.get(unit.id)?.active === true && (user.role === 'admin' || maySee(tree, user, unit.id)),
  );
}

export function useUnitName(code: string | undefined): string {
  return (
    useLiveQuery(async () => (code ? (await db.units.get(code))?.name : undefined), [code]) ??
    code ??
    ''
  );
}

/** Plans, newest year first, read once. */
export const newestFirst = () => db.plans.orderBy('year').reverse().toArray();

/** Plans, newest year first: the first is the active one. */
export function usePlans(): EntityRows['plan'][] {
  return useLiveQuery(newestFirst, [], []);
}

/**
 * The same, but undefined until the device has answered: a form computes its defaults (the plan,
 * the year) once, so it must wait for the plans rather than default to none.
 */
export function useLoadedPlans(): EntityRows['plan'][] | undefined {
  return useLiveQuery(newestFirst, []);
}

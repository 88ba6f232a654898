// What the signed-in user may pick: units in their scope, and the plans.
import { useLiveQuery } from 'dexie-react-hooks';
import type { PublicUser } from '../../shared/schemas/user.ts';
import type { EntityRows } from '../db/schema.ts';
import { db } from '../runtime.ts';

export function useUnitsInScope(user: PublicUser): EntityRows['unit'][] {
  return useLiveQuery(
    async () => {
      const all = (await db.units.toArray()).filter((unit) => !unit.retired);
      if (user.role === 'province' || user.role === 'admin') return all;
      if (user.role === 'collaborator') return all.filter((unit) => unit.id === user.unitCode);
      return all.filter((unit) => unit.id === user.unitCode || unit.parentCode === user.unitCode);
    },
    [user.role, user.unitCode],
    [],
  );
}

export function useUnitName(code: string | undefined): string {
  return (
    useLiveQuery(async () => (code ? (await db.units.get(code))?.name : undefined), [code]) ??
    code ??
    ''
  );
}

const newestFirst = () => db.plans.orderBy('year').reverse().toArray();

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

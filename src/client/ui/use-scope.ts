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

/** Plans, newest year first: the first is the active one. */
export function usePlans(): EntityRows['plan'][] {
  return useLiveQuery(() => db.plans.orderBy('year').reverse().toArray(), [], []);
}

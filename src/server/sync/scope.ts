// Who may see and write which unit's records. Enforced by the server on every read and write.
import { sql } from 'drizzle-orm';
import type { Role } from '../../shared/schemas/user.ts';
import type { Executor } from '../db/client.ts';

export interface Viewer {
  id: string;
  role: Role;
  unitCode: string;
}

export interface Scope {
  /** Every unit (province staff). */
  all: boolean;
  /** The units whose records this viewer sees, when not all. */
  units: ReadonlySet<string>;
}

export async function childUnits(db: Executor, unitCode: string): Promise<string[]> {
  const result = await db.execute<{ id: string }>(
    sql`SELECT id FROM records WHERE entity = 'unit' AND NOT deleted AND data->>'parentCode' = ${unitCode}`,
  );
  return result.rows.map((row) => row.id);
}

export async function resolveScope(db: Executor, viewer: Viewer): Promise<Scope> {
  switch (viewer.role) {
    case 'province':
      return { all: true, units: new Set() };
    case 'district':
      return {
        all: false,
        units: new Set([viewer.unitCode, ...(await childUnits(db, viewer.unitCode))]),
      };
    case 'collaborator':
      return { all: false, units: new Set([viewer.unitCode]) };
    case 'admin':
      // Accounts and units only: no field records.
      return { all: false, units: new Set() };
  }
}

export function inScope(scope: Scope, unitCode: string): boolean {
  return scope.all || scope.units.has(unitCode);
}

/** A short key that changes when the viewer's scope changes, so a pull cursor from the old scope restarts. */
export function scopeKey(viewer: Viewer): string {
  let hash = 0;
  for (const char of `${viewer.role}:${viewer.unitCode}`)
    hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return (hash >>> 0).toString(36);
}

/** Whether `manager` may act for `account` (push its device's file, reset it): district staff for their communes' collaborators, province for all field staff. */
export async function canManage(db: Executor, manager: Viewer, account: Viewer): Promise<boolean> {
  if (manager.id === account.id) return true;
  if (account.role === 'admin') return manager.role === 'admin';
  if (manager.role === 'admin' || manager.role === 'province') return true;
  if (manager.role === 'district' && account.role === 'collaborator') {
    return inScope(await resolveScope(db, manager), account.unitCode);
  }
  return false;
}

// The one rule of who may see, write and count what (docs/security.md § Scope). The server's push
// and pull, the app's screens and every report call these functions over the same unit tree.
import type { Role } from '../schemas/user.ts';
import type { UnitLevel } from '../schemas/unit.ts';
import type { UnitTree } from './unit-tree.ts';

export interface Viewer {
  id: string;
  role: Role;
  unitCode: string;
}

/** The tier of unit each role works at: an account's role must fit its unit. */
export const LEVEL_OF_ROLE: Record<Role, UnitLevel> = {
  collaborator: 'commune',
  district: 'district',
  province: 'province',
  admin: 'province',
};

const FIELD_ROLES: ReadonlySet<Role> = new Set(['collaborator', 'district', 'province']);

export function isFieldRole(role: Role): boolean {
  return FIELD_ROLES.has(role);
}

/**
 * Whether the viewer sees the records of `unitCode`: field staff see their own unit and every unit
 * below it (a collaborator's commune has none), through the units that ended and were taken over.
 * Administrators keep accounts and units, not field records.
 */
export function maySee(tree: UnitTree, viewer: Viewer, unitCode: string): boolean {
  if (!isFieldRole(viewer.role)) return false;
  return tree.has(unitCode) && tree.isWithin(unitCode, viewer.unitCode);
}

/** Writing follows seeing: a record can be written only at a unit the writer may see. */
export function mayWrite(tree: UnitTree, viewer: Viewer, unitCode: string): boolean {
  return maySee(tree, viewer, unitCode);
}

/**
 * The area a child's name stays within: the district that holds the unit, or, where there is no
 * district (a commune directly under the province, from July 2025), the commune itself; a record of
 * the province itself stays with the province.
 */
export function privacyArea(tree: UnitTree, unitCode: string): string {
  return (
    tree.nearestAt(unitCode, 'district')?.code ??
    tree.nearestAt(unitCode, 'commune')?.code ??
    unitCode
  );
}

/** Whether the viewer may read a child's name recorded at `unitCode`. */
export function seesChildNames(tree: UnitTree, viewer: Viewer, unitCode: string): boolean {
  return (
    maySee(tree, viewer, unitCode) && tree.isWithin(viewer.unitCode, privacyArea(tree, unitCode))
  );
}

/** Every unit whose records the viewer sees (for the change feed's filter). */
export function visibleUnits(tree: UnitTree, viewer: Viewer): string[] {
  if (!isFieldRole(viewer.role) || !tree.has(viewer.unitCode)) return [];
  return tree.unitsWithin(viewer.unitCode);
}

/**
 * The report row a unit's records count under, among `rows` (a district's communes and itself; a
 * province's districts and the communes directly under it): the row that is the unit or holds it.
 * The most specific row wins, so a district's own records count under the district and a
 * commune's under the commune.
 */
export function countsUnder(
  tree: UnitTree,
  unitCode: string,
  rows: readonly string[],
): string | undefined {
  if (rows.includes(unitCode)) return unitCode;
  for (const ancestor of tree.ancestors(unitCode))
    if (rows.includes(ancestor.code)) return ancestor.code;
  // A unit that ended counts under the row that took it over.
  return rows.find((row) => tree.isWithin(unitCode, row));
}

/**
 * The units a report for `area` has a row for: the units directly below it on the tree's day,
 * and the area itself (its own forums), in that order.
 */
export function reportRows(tree: UnitTree, area: string): string[] {
  return [
    ...tree
      .children(area)
      .filter((child) => child.active)
      .map((child) => child.code),
    area,
  ];
}

/**
 * Whether `manager` may act for `account` (create, change, reset it, push its device's file): an
 * administrator for everyone; province staff for district staff and collaborators within their
 * province; district staff for the collaborators of their communes.
 */
export function mayManage(
  tree: UnitTree,
  manager: Viewer,
  account: Pick<Viewer, 'id' | 'role' | 'unitCode'>,
): boolean {
  if (manager.id === account.id) return true;
  if (manager.role === 'admin') return true;
  if (account.role === 'admin') return false;
  // Not each other: one province account cannot take over another.
  if (manager.role === 'province')
    return account.role !== 'province' && tree.isWithin(account.unitCode, manager.unitCode);
  if (manager.role === 'district' && account.role === 'collaborator')
    return tree.isWithin(account.unitCode, manager.unitCode);
  return false;
}

/** Whether an account's role fits its unit's tier (a collaborator works at a commune, …). */
export function roleFitsUnit(tree: UnitTree, role: Role, unitCode: string): boolean {
  const unit = tree.get(unitCode);
  return unit !== undefined && unit.level === LEVEL_OF_ROLE[role];
}

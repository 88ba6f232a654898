// A child's name never leaves the child's district: whoever may not see it receives the record
// counted, not described (shared/privacy/child-data.ts), decided by what the server holds.
import type { EntityName } from '../../shared/entities.ts';
import {
  holdsChildData,
  redactedChildRecord,
  redactedConflict,
} from '../../shared/privacy/child-data.ts';
import { seesChildNames, type Viewer } from '../../shared/units/scope.ts';
import type { UnitTree } from '../../shared/units/unit-tree.ts';

/**
 * Whether the viewer, who sees `unitCode`, receives this record whole: anything but children's data,
 * and children's data only inside the child's district. The feed and file downloads both ask this.
 */
export function seesInFull(
  tree: UnitTree,
  viewer: Viewer,
  entity: EntityName,
  unitCode: string,
  data: Record<string, unknown>,
): boolean {
  return !holdsChildData(entity, data) || seesChildNames(tree, viewer, unitCode);
}

export function redactFor(
  tree: UnitTree,
  viewer: Viewer,
  entity: EntityName,
  unitCode: string,
  data: Record<string, unknown>,
): Record<string, unknown> {
  if (entity === 'conflict')
    return seesChildNames(tree, viewer, unitCode) ? data : redactedConflict(data);
  return seesInFull(tree, viewer, entity, unitCode, data)
    ? data
    : redactedChildRecord(entity, data);
}

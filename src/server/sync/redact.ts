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

export function redactFor(
  tree: UnitTree,
  viewer: Viewer,
  entity: EntityName,
  unitCode: string,
  data: Record<string, unknown>,
): Record<string, unknown> {
  if (entity !== 'attendee' && entity !== 'attachment' && entity !== 'conflict') return data;
  if (seesChildNames(tree, viewer, unitCode)) return data;
  if (entity === 'conflict') return redactedConflict(data);
  return holdsChildData(entity, data) ? redactedChildRecord(entity, data) : data;
}

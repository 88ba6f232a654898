// Rules that need the unit tree as well as the record: checked by the form on the device and by the
// server on every write, with the same words.
import type { EntityName } from '../entities.ts';
import type { Level } from '../schemas/fields.ts';
import type { UnitTree } from '../units/unit-tree.ts';
import { oneOf } from '../one-of.ts';

export interface RuleIssue {
  path: PropertyKey[];
  message: string;
}

/** The forum levels a unit holds: a commune holds commune forums, … a province also the national. */
export function forumLevelsOf(tree: UnitTree, unitCode: string): Level[] {
  const level = tree.get(unitCode)?.level;
  if (level === undefined) return [];
  return level === 'province' ? ['province', 'national'] : [level];
}

export function treeRules(
  entity: EntityName,
  data: Record<string, unknown>,
  tree: UnitTree,
): RuleIssue[] {
  if (entity !== 'forum') return [];
  const unitCode = typeof data['unitCode'] === 'string' ? data['unitCode'] : '';
  const level = data['level'];
  const allowed = forumLevelsOf(tree, unitCode);
  if (typeof level === 'string' && allowed.length > 0 && oneOf(allowed, level) === undefined) {
    return [{ path: ['level'], message: 'Cấp diễn đàn không khớp với cấp của đơn vị' }];
  }
  return [];
}

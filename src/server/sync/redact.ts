// A child's name on a training sign-in list never leaves the child's district: staff above the
// district (province) and administrators receive the record with the name withheld.
import type { EntityName } from '../../shared/entities.ts';
import { REDACTED_NAME } from '../../shared/schemas/training.ts';
import type { Viewer } from './scope.ts';

const SEES_CHILD_NAMES = new Set(['collaborator', 'district']);

export function redactFor(
  viewer: Viewer,
  entity: EntityName,
  data: Record<string, unknown>,
): Record<string, unknown> {
  if (SEES_CHILD_NAMES.has(viewer.role)) return data;
  if (entity === 'attendee' && data['role'] === 'child') return { ...data, name: REDACTED_NAME };
  if (entity === 'conflict' && data['entity'] === 'attendee' && data['field'] === 'name') {
    return { ...data, keptValue: REDACTED_NAME, lostValue: REDACTED_NAME };
  }
  return data;
}

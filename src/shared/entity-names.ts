// The names of the synced entities, without their schemas: code that only needs to recognise a
// name (the device's pull) does not have to load zod and every schema with it.
import { oneOf } from './one-of.ts';

export const ENTITY_NAMES = [
  'unit',
  'plan',
  'activity',
  'forum',
  'recommendation',
  'training',
  'attendee',
  'attendance',
  'conflict',
  'submission',
  'letterhead',
  'progress',
  'attachment',
] as const;
export type EntityName = (typeof ENTITY_NAMES)[number];

export function isEntityName(name: string): name is EntityName {
  return oneOf(ENTITY_NAMES, name) !== undefined;
}

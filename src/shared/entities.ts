// The registry of synced entities: one place that says what each record is, who may write it
// through sync, and whether every signed-in user sees it (reference data) or only its unit's scope.
import type { z } from 'zod/mini';
import type { Role } from './schemas/user.ts';
import { activitySchema } from './schemas/activity.ts';
import { conflictSchema } from './schemas/conflict.ts';
import { forumSchema } from './schemas/forum.ts';
import { planSchema } from './schemas/plan.ts';
import { recommendationRules, recommendationSchema } from './schemas/recommendation.ts';
import { attendanceSchema, attendeeSchema, trainingSchema } from './schemas/training.ts';
import { unitSchema } from './schemas/unit.ts';
import { letterheadSchema } from './schemas/letterhead.ts';
import { progressSchema } from './schemas/progress.ts';
import { attachmentRules, attachmentSchema } from './schemas/attachment.ts';
import { submissionSchema } from './schemas/submission.ts';

import { ENTITY_NAMES, isEntityName, type EntityName } from './entity-names.ts';

export { ENTITY_NAMES, isEntityName, type EntityName };

const FIELD_STAFF: readonly Role[] = ['collaborator', 'district', 'province'];

export interface EntityDef {
  /** Any object schema: the registry is heterogeneous, and each use narrows by entity. */
  schema: z.ZodMiniObject<z.core.$ZodShape, z.core.$ZodObjectConfig>;
  /** Reference data visible to every signed-in user, whatever their unit. */
  shared: boolean;
  /** Roles that may write it through sync (still only inside their scope). */
  writers: readonly Role[];
  /** Rules across fields, checked on the whole record after a merge. */
  rules?: (data: never) => { path: PropertyKey[]; message: string }[];
}

/** Field work: kept in its unit's scope, written by the staff who work there. */
const fieldRecord = (schema: EntityDef['schema'], rules?: EntityDef['rules']): EntityDef => ({
  schema,
  shared: false,
  writers: FIELD_STAFF,
  ...(rules ? { rules } : {}),
});

/** Reference data: seen by every signed-in user, written by `writers` only. */
const reference = (schema: EntityDef['schema'], writers: readonly Role[]): EntityDef => ({
  schema,
  shared: true,
  writers,
});

export const ENTITIES: Record<EntityName, EntityDef> = {
  unit: reference(unitSchema, []),
  plan: reference(planSchema, ['province']),
  activity: reference(activitySchema, ['province']),
  forum: fieldRecord(forumSchema),
  recommendation: fieldRecord(recommendationSchema, recommendationRules),
  training: fieldRecord(trainingSchema),
  attendee: fieldRecord(attendeeSchema),
  attendance: fieldRecord(attendanceSchema),
  // Conflicts are written by the server's merge and resolved through /api/conflicts only.
  conflict: { schema: conflictSchema, shared: false, writers: [] },
  submission: fieldRecord(submissionSchema),
  letterhead: fieldRecord(letterheadSchema),
  progress: fieldRecord(progressSchema),
  attachment: fieldRecord(attachmentSchema, attachmentRules),
};

/** The unit a record belongs to, for scope checks. Units are their own scope; reference data the province's. */
export function recordUnitCode(
  entity: EntityName,
  id: string,
  data: Record<string, unknown>,
): string {
  if (entity === 'unit') return id;
  const unitCode = data['unitCode'];
  return typeof unitCode === 'string' ? unitCode : '';
}

/** Validates a whole record of an entity: its schema, then its cross-field rules. */
export function validateRecord(entity: EntityName, data: unknown) {
  const def = ENTITIES[entity];
  const parsed = def.schema.safeParse(data);
  if (!parsed.success) return { success: false as const, issues: parsed.error.issues };
  // The registry keeps each entity's rules beside its schema, and this data passed that schema.
  const issues = def.rules?.(parsed.data as never) ?? [];
  return issues.length > 0
    ? { success: false as const, issues }
    : { success: true as const, data: parsed.data };
}

// Mutation names and their argument schemas, used by the client to build the outbox and by the
// server to re-validate every mutation with exactly the same rules.
import { z } from 'zod/mini';
import { ENTITIES, type EntityName } from './entities.ts';
import { recommendationResponseSchema } from './schemas/recommendation.ts';
import { submissionReviewSchema } from './schemas/submission.ts';
import { recordId } from './schemas/record-id.ts';
import type { Role } from './schemas/user.ts';

export interface MutationDef<E extends EntityName = EntityName> {
  entity: E;
  op: 'upsert' | 'delete';
  patch: z.ZodMiniType<Record<string, unknown>> | null;
  /** The patch may hold any field of the record (the entity's own upsert), not only some. */
  anyField?: true;
  /** Narrower than the entity's writers when the mutation is a privileged action. */
  writers: readonly Role[];
  /**
   * Whose unit the record must be: `own`, the author's unit itself (a unit sends its own report);
   * `below`, a unit strictly below the author's (the level above reviews it).
   */
  unitRule?: 'own' | 'below';
}

const upsert = <E extends EntityName>(entity: E): MutationDef<E> => ({
  entity,
  op: 'upsert',
  patch: z.partial(ENTITIES[entity].schema),
  anyField: true,
  writers: ENTITIES[entity].writers,
});
const remove = <E extends EntityName>(entity: E): MutationDef<E> => ({
  entity,
  op: 'delete',
  patch: null,
  writers: ENTITIES[entity].writers,
});

export const MUTATIONS = {
  'plan.upsert': upsert('plan'),
  'activity.upsert': upsert('activity'),
  'forum.upsert': upsert('forum'),
  'forum.delete': remove('forum'),
  'recommendation.upsert': upsert('recommendation'),
  'recommendation.delete': remove('recommendation'),
  'recommendation.respond': {
    entity: 'recommendation',
    op: 'upsert',
    patch: z.partial(recommendationResponseSchema),
    writers: ['district', 'province'],
  },
  'training.upsert': upsert('training'),
  'training.delete': remove('training'),
  'attendee.upsert': upsert('attendee'),
  'attendee.delete': remove('attendee'),
  'attendance.set': upsert('attendance'),
  'submission.submit': { ...upsert('submission'), unitRule: 'own' },
  'submission.review': {
    entity: 'submission',
    op: 'upsert',
    patch: z.partial(submissionReviewSchema),
    writers: ['district', 'province'],
    unitRule: 'below',
  },
  'letterhead.upsert': { ...upsert('letterhead'), unitRule: 'own' },
  'progress.upsert': { ...upsert('progress'), unitRule: 'own' },
  'attachment.upsert': upsert('attachment'),
  'attachment.delete': remove('attachment'),
} as const satisfies Record<string, MutationDef>;

export type MutationName = keyof typeof MUTATIONS;

export function isMutationName(name: string): name is MutationName {
  return Object.hasOwn(MUTATIONS, name);
}

export const MUTATION_NAMES: readonly MutationName[] =
  Object.keys(MUTATIONS).filter(isMutationName);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null);

export const upsertArgsSchema = z.strictObject({
  id: recordId(),
  // Only that it is an object: each mutation's own patch schema checks every field next, and a
  // record schema would walk the fields once more for every change a push carries.
  patch: z.custom<Record<string, unknown>>(isPlainObject, 'Thay đổi phải là một đối tượng'),
  /** The record version the device had when it made the change; 0 for a new record. */
  baseVersion: z.int().check(z.minimum(0)),
});
export type UpsertArgs = z.infer<typeof upsertArgsSchema>;

export const deleteArgsSchema = z.strictObject({ id: recordId() });
export type DeleteArgs = z.infer<typeof deleteArgsSchema>;

// The HTTP sync contract (docs/sync-protocol.md), as schemas both sides parse.
import { z } from 'zod/mini';
import { ENTITY_NAMES } from './entity-names.ts';
import { HLC_PATTERN } from './hlc.ts';
import { recordId } from './schemas/record-id.ts';

import {
  DEFAULT_PULL_LIMIT,
  MAX_PULL_LIMIT,
  MAX_PUSH_MUTATIONS,
  PROTOCOL_VERSION,
} from './protocol-limits.ts';

export { DEFAULT_PULL_LIMIT, MAX_PULL_LIMIT, MAX_PUSH_MUTATIONS, PROTOCOL_VERSION };

/** What every request says of itself: the protocol it speaks and the device it comes from. */
const fromDevice = {
  protocolVersion: z.literal(PROTOCOL_VERSION, {
    error: `Phiên bản giao thức không được hỗ trợ (cần ${PROTOCOL_VERSION}); hãy cập nhật ứng dụng`,
  }),
  clientId: z.uuid('clientId không hợp lệ'),
};

/** What every answer tells the device: how far its own mutations have been applied. */
const acknowledged = { lastMutationId: z.int() };

export const mutationSchema = z.strictObject({
  id: z.int().check(z.minimum(1), z.maximum(Number.MAX_SAFE_INTEGER)),
  name: z.string().check(z.maxLength(60)),
  args: z.unknown(),
  hlc: z.string().check(z.regex(HLC_PATTERN, 'Dấu thời gian không hợp lệ')),
});
export type Mutation = z.infer<typeof mutationSchema>;

export const pushRequestSchema = z.strictObject({
  ...fromDevice,
  /** Offline transfer by file: the account whose device made the mutations (docs/sync-protocol.md). */
  authorId: z.optional(z.uuid('authorId không hợp lệ')),
  mutations: z
    .array(mutationSchema)
    .check(z.maxLength(MAX_PUSH_MUTATIONS, `Tối đa ${MAX_PUSH_MUTATIONS} thay đổi mỗi lần gửi`)),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

// Answers are plain objects, not strict ones: a newer server may add a field an older app ignores.
export const rejectionSchema = z.object({ id: z.int(), code: z.string(), message: z.string() });
export type Rejection = z.infer<typeof rejectionSchema>;

export const pushResponseSchema = z.object({
  ...acknowledged,
  rejected: z.array(rejectionSchema),
  /** Present when the device's clock ran ahead of the server's and its stamps were clamped. */
  clockAheadMs: z.optional(z.number()),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

export const pullRequestSchema = z.strictObject({
  ...fromDevice,
  cursor: z.nullable(z.string().check(z.maxLength(200))),
  limit: z.optional(z.int().check(z.minimum(1), z.maximum(MAX_PULL_LIMIT))),
});
export type PullRequest = z.infer<typeof pullRequestSchema>;

export const changeSchema = z.strictObject({
  entity: z.enum(ENTITY_NAMES),
  id: recordId(),
  op: z.enum(['put', 'delete']),
  version: z.int(),
  data: z.optional(z.record(z.string(), z.unknown())),
});
export type Change = z.infer<typeof changeSchema>;

export const pullResponseSchema = z.object({
  ...acknowledged,
  cursor: z.string(),
  hasMore: z.boolean(),
  /** The cursor was issued for another scope: drop the records held and take the feed again. */
  reset: z.optional(z.boolean()),
  changes: z.array(changeSchema),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

/** RFC 9457 problem details, as every error of the API is answered. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.optional(z.string()),
  errors: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
});
export type Problem = z.infer<typeof problemSchema>;

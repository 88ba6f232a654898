// Offline transfer by file (docs/sync-protocol.md § Offline transfer): a device's unsent outbox,
// carried to the district office and pushed there on the author's behalf. The file keeps the
// device's clientId and mutation ids, so the server applies each mutation once, whoever pushes it.
import { z } from 'zod/mini';
import { mutationSchema, PROTOCOL_VERSION, type Mutation } from './protocol.ts';
import { sha256Hex } from './sha256.ts';

export const OUTBOX_FILE_FORMAT = 'ddte-outbox';

export const outboxFileSchema = z.strictObject({
  format: z.literal(OUTBOX_FILE_FORMAT, { error: 'Không phải tệp dữ liệu chưa gửi của ứng dụng' }),
  formatVersion: z.literal(1, { error: 'Tệp được tạo bởi phiên bản ứng dụng khác' }),
  protocolVersion: z.literal(PROTOCOL_VERSION, { error: 'Tệp được tạo bởi phiên bản khác' }),
  clientId: z.uuid(),
  authorId: z.uuid(),
  authorUsername: z.string().check(z.maxLength(100)),
  unitCode: z.string().check(z.maxLength(120)),
  createdAt: z.iso.datetime(),
  counts: z.strictObject({
    total: z.int().check(z.minimum(0)),
    byEntity: z.record(z.string(), z.int().check(z.minimum(0))),
  }),
  /** SHA-256 (hex) of JSON.stringify(mutations): a file damaged on the way is refused whole. */
  checksum: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  mutations: z.array(mutationSchema).check(z.maxLength(200_000)),
});
export type OutboxFile = z.infer<typeof outboxFileSchema>;

export async function checksumOf(mutations: Mutation[]): Promise<string> {
  return sha256Hex(new TextEncoder().encode(JSON.stringify(mutations)));
}

/** Counts per entity, from the mutation names ("forum.upsert" → forum). */
export function countByEntity(mutations: Pick<Mutation, 'name'>[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { name } of mutations) {
    const entity = name.split('.')[0] ?? name;
    counts[entity] = (counts[entity] ?? 0) + 1;
  }
  return counts;
}

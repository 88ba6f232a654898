// Export the unsent outbox to a file, and import such a file on a district office's device.
import {
  checksumOf,
  countByEntity,
  OUTBOX_FILE_FORMAT,
  outboxFileSchema,
  type OutboxFile,
} from '../../shared/outbox-file.ts';
import {
  PROTOCOL_VERSION,
  pushResponseSchema,
  type Mutation,
  type PushResponse,
} from '../../shared/protocol.ts';
import type { PublicUser } from '../../shared/schemas/user.ts';
import { ensureClientId } from '../db/client-id.ts';
import { mutationIds } from '../db/mutation-ids.ts';
import type { AppDatabase } from '../db/db.ts';
import type { ApiClient } from './api.ts';
import { PUSH_BATCH } from './push.ts';

/** A file that cannot be imported, with the reason in Vietnamese. */
export class OutboxFileError extends Error {}

export async function buildOutboxFile(
  database: AppDatabase,
  author: Pick<PublicUser, 'id' | 'username' | 'unitCode'>,
  now = new Date(),
): Promise<OutboxFile> {
  const [entries, ids] = await Promise.all([
    database.outbox.orderBy('id').toArray(),
    mutationIds(database),
  ]);
  const mutations: Mutation[] = entries.map(({ id, name, args, hlc }) => ({
    id: ids.toWire(id),
    name,
    args,
    hlc,
  }));
  return {
    format: OUTBOX_FILE_FORMAT,
    formatVersion: 1,
    protocolVersion: PROTOCOL_VERSION,
    clientId: await ensureClientId(database),
    authorId: author.id,
    authorUsername: author.username,
    unitCode: author.unitCode,
    createdAt: now.toISOString(),
    counts: { total: mutations.length, byEntity: countByEntity(mutations) },
    checksum: await checksumOf(mutations),
    mutations,
  };
}

export function outboxFileName(file: Pick<OutboxFile, 'authorUsername' | 'createdAt'>): string {
  const stamp = file.createdAt.slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return `du-lieu-chua-gui-${file.authorUsername.replace(/[^\w.-]/g, '_')}-${stamp}.json`;
}

async function gunzip(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}

/** Reads and checks a file (plain or gzipped JSON); refuses it whole when anything is off. */
export async function readOutboxFile(bytes: Uint8Array<ArrayBuffer>): Promise<OutboxFile> {
  let text: string;
  try {
    text =
      bytes[0] === 0x1f && bytes[1] === 0x8b
        ? await gunzip(bytes)
        : new TextDecoder().decode(bytes);
  } catch {
    throw new OutboxFileError('Không giải nén được tệp.');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new OutboxFileError('Tệp không đúng định dạng (không phải JSON).');
  }
  const parsed = outboxFileSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new OutboxFileError(
      `Tệp không hợp lệ: ${first ? `${first.path.join('.')} – ${first.message}` : 'sai cấu trúc'}.`,
    );
  }
  const file = parsed.data;
  if (file.counts.total !== file.mutations.length)
    throw new OutboxFileError(
      `Tệp thiếu dữ liệu: ghi ${file.counts.total} thay đổi nhưng chỉ có ${file.mutations.length}.`,
    );
  if ((await checksumOf(file.mutations)) !== file.checksum)
    throw new OutboxFileError('Tệp đã bị hỏng hoặc bị sửa (mã kiểm tra không khớp).');
  file.mutations.forEach((mutation, index) => {
    const previous = file.mutations[index - 1];
    if (previous && mutation.id !== previous.id + 1)
      throw new OutboxFileError('Tệp không liền mạch (thiếu thay đổi ở giữa).');
  });
  return file;
}

export interface ImportResult {
  total: number;
  lastMutationId: number;
  rejected: PushResponse['rejected'];
}

/** Pushes a file's mutations for its author. Safe to repeat: the server skips what it applied. */
export async function pushOutboxFile(
  api: ApiClient,
  file: OutboxFile,
  onProgress: (sent: number) => void = () => undefined,
): Promise<ImportResult> {
  const rejected: PushResponse['rejected'] = [];
  let lastMutationId = 0;
  for (let start = 0; start < file.mutations.length; start += PUSH_BATCH) {
    const batch = file.mutations.slice(start, start + PUSH_BATCH);
    const response = await api.post(
      '/api/sync/push',
      {
        protocolVersion: PROTOCOL_VERSION,
        clientId: file.clientId,
        authorId: file.authorId,
        mutations: batch,
      },
      pushResponseSchema,
    );
    rejected.push(...response.rejected);
    lastMutationId = response.lastMutationId;
    onProgress(Math.min(start + batch.length, file.mutations.length));
  }
  return { total: file.mutations.length, lastMutationId, rejected };
}

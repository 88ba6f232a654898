// Attachments' bytes: uploaded in pieces that resume after a dropped connection, stored once by
// SHA-256, downloaded by whoever may read an attachment record naming them (docs/decisions/0010).
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { z } from 'zod/mini';
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_TYPES,
  looksLike,
  SHA256_HEX,
  UPLOAD_CHUNK_BYTES,
} from '../../shared/files/limits.ts';
import type { UploadStatus } from '../../shared/responses.ts';
import { maySee, type Viewer } from '../../shared/units/scope.ts';
import type { Executor } from '../db/client.ts';
import type { AppDeps } from '../deps.ts';
import { HttpProblem, parseOr400 } from '../http/problem.ts';
import { seesInFull } from '../sync/redact.ts';
import { loadUnitTree } from '../units/load-tree.ts';

/** Unfinished uploads one account may hold at a time, and how long one is kept untouched. */
const MAX_OPEN_UPLOADS = 50;
const STALE_UPLOAD = '7 days';

const hashParams = z.strictObject({
  sha256: z.string().check(z.regex(SHA256_HEX, 'Mã tệp không hợp lệ')),
});
const pieceQuery = z.strictObject({
  offset: z.string().check(z.regex(/^\d{1,8}$/)),
  size: z.string().check(z.regex(/^\d{1,8}$/)),
  mime: z.enum(ATTACHMENT_TYPES, { error: 'Chỉ nhận ảnh JPEG, PNG, WebP hoặc tệp PDF' }),
});

async function statusOf(db: Executor, sha256: string): Promise<UploadStatus> {
  const rows = await db.execute<{ complete: boolean; received: number }>(sql`
    SELECT true AS complete, size AS received FROM files WHERE sha256 = ${sha256}
    UNION ALL
    SELECT false, received FROM file_uploads WHERE sha256 = ${sha256}`);
  const row = rows.rows.find((candidate) => candidate.complete) ?? rows.rows[0];
  return row
    ? { received: row.received, complete: row.complete }
    : { received: 0, complete: false };
}

/**
 * Whether the viewer may read the file: some live attachment record names it that the viewer
 * receives whole (its unit in scope; children's files only inside the child's district).
 */
async function mayDownload(db: Executor, viewer: Viewer, sha256: string): Promise<boolean> {
  const rows = await db.execute<{ unit_code: string; data: Record<string, unknown> }>(sql`
    SELECT unit_code, data FROM records
    WHERE entity = 'attachment' AND NOT deleted AND data->>'sha256' = ${sha256}`);
  if (rows.rows.length === 0) return false;
  const tree = await loadUnitTree(db);
  return rows.rows.some(
    (row) =>
      maySee(tree, viewer, row.unit_code) &&
      seesInFull(tree, viewer, 'attachment', row.unit_code, row.data),
  );
}

/**
 * Joins the pieces, checks the bytes are what the device said, and keeps the file. False when they
 * are not: the pieces are dropped and the device starts again.
 */
async function finish(
  tx: Executor,
  sha256: string,
  mime: string,
  userId: string,
): Promise<boolean> {
  const pieces = await tx.execute<{ bytes: Buffer }>(
    sql`SELECT bytes FROM file_pieces WHERE sha256 = ${sha256} ORDER BY "offset"`,
  );
  const bytes = Buffer.concat(pieces.rows.map((row) => row.bytes));
  await tx.execute(sql`DELETE FROM file_uploads WHERE sha256 = ${sha256}`);
  const digest = createHash('sha256').update(bytes).digest('hex');
  if (digest !== sha256 || !looksLike(mime, bytes.subarray(0, 12))) return false;
  await tx.execute(sql`
    INSERT INTO files (sha256, mime, size, bytes, created_by)
    VALUES (${sha256}, ${mime}, ${bytes.length}, ${bytes}, ${userId})
    ON CONFLICT (sha256) DO NOTHING`);
  return true;
}

export async function fileRoutes(app: FastifyInstance, { db }: AppDeps) {
  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: UPLOAD_CHUNK_BYTES },
    (_request, body, done) => done(null, body),
  );

  app.get('/files/:sha256/status', async (request) => {
    const { sha256 } = parseOr400(hashParams, request.params);
    return statusOf(db.orm, sha256);
  });

  /** One piece of a file, at the offset the server expects next. */
  app.put('/files/:sha256', async (request) => {
    const { viewer } = request;
    const { sha256 } = parseOr400(hashParams, request.params);
    const query = parseOr400(pieceQuery, request.query);
    const offset = Number(query.offset);
    const size = Number(query.size);
    if (size < 1 || size > ATTACHMENT_MAX_BYTES)
      throw new HttpProblem(
        413,
        'Tệp lớn hơn 5 MB',
        `a file may hold at most ${ATTACHMENT_MAX_BYTES} bytes`,
      );
    const piece = request.body;
    if (!Buffer.isBuffer(piece) || piece.length === 0)
      throw new HttpProblem(
        400,
        'Thiếu nội dung tệp',
        'send the piece as application/octet-stream',
      );
    if (offset + piece.length > size)
      throw new HttpProblem(400, 'Phần tệp vượt quá kích thước đã khai', 'offset + piece > size');
    const status = await db.orm.transaction(async (tx): Promise<UploadStatus | 'damaged'> => {
      if ((await statusOf(tx, sha256)).complete) return { received: size, complete: true };
      await tx.execute(sql`
        INSERT INTO file_uploads (sha256, mime, size, user_id) VALUES (${sha256}, ${query.mime}, ${size}, ${viewer.id})
        ON CONFLICT (sha256) DO NOTHING`);
      // One writer per file at a time: two devices sending the same photo take turns.
      const upload = (
        await tx.execute<{ mime: string; size: number; received: number }>(sql`
          SELECT mime, size, received FROM file_uploads WHERE sha256 = ${sha256} FOR UPDATE`)
      ).rows[0];
      if (!upload) throw new HttpProblem(409, 'Tệp đã được gửi xong', 'ask for the status again');
      if (upload.size !== size || upload.mime !== query.mime)
        throw new HttpProblem(409, 'Tệp đang được gửi với thông tin khác', 'size or type differ');
      if (offset !== upload.received)
        throw new HttpProblem(
          409,
          'Phần tệp không nối tiếp phần đã nhận',
          `the server holds ${upload.received} bytes; send from there`,
        );
      if (offset === 0) {
        const open = await tx.execute<{ count: number }>(sql`
          SELECT count(*)::int AS count FROM file_uploads
          WHERE user_id = ${viewer.id} AND received > 0 AND updated_at > now() - ${STALE_UPLOAD}::interval`);
        if ((open.rows[0]?.count ?? 0) >= MAX_OPEN_UPLOADS)
          throw new HttpProblem(
            429,
            'Quá nhiều tệp đang gửi dở',
            'finish the files under way first',
          );
        // Pieces left by uploads abandoned for a week are dropped here rather than by a timer.
        await tx.execute(
          sql`DELETE FROM file_uploads WHERE updated_at < now() - ${STALE_UPLOAD}::interval`,
        );
      }
      await tx.execute(
        sql`INSERT INTO file_pieces (sha256, "offset", bytes) VALUES (${sha256}, ${offset}, ${piece})`,
      );
      const received = offset + piece.length;
      await tx.execute(
        sql`UPDATE file_uploads SET received = ${received}, updated_at = now() WHERE sha256 = ${sha256}`,
      );
      if (received < size) return { received, complete: false };
      return (await finish(tx, sha256, upload.mime, viewer.id))
        ? { received, complete: true }
        : 'damaged';
    });
    if (status === 'damaged')
      throw new HttpProblem(
        422,
        'Tệp bị hỏng trên đường truyền',
        'the bytes do not match the file’s hash or type; send it again from the start',
        undefined,
        'urn:ddte:file-damaged',
      );
    return status;
  });

  app.get('/files/:sha256', async (request, reply) => {
    const { sha256 } = parseOr400(hashParams, request.params);
    // Not found and not allowed look the same: a hash alone reveals nothing.
    if (!(await mayDownload(db.orm, request.viewer, sha256)))
      throw new HttpProblem(404, 'Không tìm thấy tệp');
    const file = (
      await db.orm.execute<{ mime: string; bytes: Buffer }>(
        sql`SELECT mime, bytes FROM files WHERE sha256 = ${sha256}`,
      )
    ).rows[0];
    if (!file)
      throw new HttpProblem(
        404,
        'Tệp chưa được gửi lên',
        'the device that took it has not sent it yet',
        undefined,
        'urn:ddte:file-not-uploaded',
      );
    return reply.type(file.mime).header('content-disposition', 'attachment').send(file.bytes);
  });
}

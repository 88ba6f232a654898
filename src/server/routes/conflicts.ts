// Conflicts: values that lost a same-field merge, for reviewers to keep or restore. Restoring is a
// write like any other (write/server-write.ts): the same scope, schema and children's-data rules.
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { z } from 'zod/mini';
import { isMutationName, type MutationName } from '../../shared/mutations.ts';
import { recommendationResponseSchema } from '../../shared/schemas/recommendation.ts';
import { maySee, visibleUnits } from '../../shared/units/scope.ts';
import { audit } from '../audit.ts';
import type { AppDeps } from '../deps.ts';
import { HttpProblem, parseOr400 } from '../http/problem.ts';
import { loadRecords, recordKey } from '../sync/records-store.ts';
import { redactFor } from '../sync/redact.ts';
import { lockRecords } from '../sync/versions.ts';
import { writeAsUser, writeReferenceData } from '../sync/write/server-write.ts';
import { loadUnitTree } from '../units/load-tree.ts';

const RESOLVERS = new Set(['district', 'province']);
const PAGE = 200;
const listQuery = z.strictObject({
  resolved: z.optional(z.enum(['true', 'false'])),
  /** Conflicts older than this version: the next page. */
  before: z.optional(z.string().check(z.regex(/^\d{1,15}$/))),
});
const resolveBody = z.strictObject({
  /** kept: the merged value stays; restored: the value that lost is put back. */
  choice: z.enum(['kept', 'restored'], {
    error: 'Chọn giữ giá trị hiện tại hoặc khôi phục giá trị bị thay',
  }),
});
const RESPONSE_FIELDS = new Set(Object.keys(recommendationResponseSchema.shape));

/** The mutation a restore is: an agency's answer is a response, anything else an upsert. */
function restoreMutation(entity: string, field: string): MutationName | undefined {
  const name =
    entity === 'recommendation' && RESPONSE_FIELDS.has(field)
      ? 'recommendation.respond'
      : `${entity}.upsert`;
  return isMutationName(name) ? name : undefined;
}

export async function conflictRoutes(app: FastifyInstance, { db }: AppDeps) {
  app.get('/conflicts', async (request) => {
    const { viewer } = request;
    if (!RESOLVERS.has(viewer.role)) throw new HttpProblem(403, 'Không có quyền');
    const { resolved, before } = parseOr400(listQuery, request.query);
    const tree = await loadUnitTree(db.orm);
    const units = visibleUnits(tree, viewer);
    // Scope first, then the page: a district never misses its own conflicts behind others'.
    const rows = await db.orm.execute<{
      id: string;
      unit_code: string;
      version: string;
      data: Record<string, unknown>;
    }>(sql`
      SELECT id, unit_code, version::text AS version, data FROM records
      WHERE entity = 'conflict' AND NOT deleted
        AND (data->>'resolved')::boolean = ${resolved === 'true'}
        AND unit_code IN (SELECT jsonb_array_elements_text(${JSON.stringify(units)}::jsonb))
        AND version < ${before ? Number(before) : Number.MAX_SAFE_INTEGER}
      ORDER BY version DESC LIMIT ${PAGE}`);
    return rows.rows.map((row) => ({
      id: row.id,
      version: Number(row.version),
      ...redactFor(tree, viewer, 'conflict', row.unit_code, row.data),
    }));
  });

  app.post('/conflicts/:id/resolve', async (request) => {
    const { viewer } = request;
    if (!RESOLVERS.has(viewer.role)) throw new HttpProblem(403, 'Không có quyền');
    const { id } = parseOr400(z.strictObject({ id: z.uuid() }), request.params);
    const { choice } = parseOr400(resolveBody, request.body);
    return db.orm.transaction(async (tx) => {
      await lockRecords(tx, [{ entity: 'conflict', id }]);
      const conflict = (await loadRecords(tx, [{ entity: 'conflict', id }])).get(
        recordKey('conflict', id),
      );
      const tree = await loadUnitTree(tx);
      if (!conflict?.data || conflict.deleted || !maySee(tree, viewer, conflict.unitCode))
        throw new HttpProblem(404, 'Không tìm thấy xung đột');
      if (conflict.data['resolved'] === true)
        throw new HttpProblem(409, 'Xung đột này đã được xử lý');
      if (choice === 'restored') {
        const field = String(conflict.data['field']);
        const name = restoreMutation(String(conflict.data['entity']), field);
        if (!name) throw new HttpProblem(403, 'Không khôi phục được giá trị này');
        await writeAsUser(tx, viewer, {
          name,
          id: String(conflict.data['recordId']),
          patch: { [field]: conflict.data['lostValue'] },
        });
      }
      await writeReferenceData(tx, {
        entity: 'conflict',
        id,
        patch: { resolved: true, resolvedBy: viewer.id, resolution: choice },
        actorId: viewer.id,
      });
      await audit(tx, {
        userId: viewer.id,
        action: 'conflict-resolve',
        entity: 'conflict',
        recordId: id,
        detail: { choice },
        ip: request.ip,
      });
      return { id, resolved: true, resolution: choice };
    });
  });
}

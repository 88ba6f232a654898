import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { z } from 'zod/mini';
import { isEntityName } from '../../shared/entities.ts';
import type { AppDeps } from '../app.ts';
import { audit } from '../audit.ts';
import { HttpProblem, parseOr400 } from '../http/problem.ts';
import { loadRecords, recordKey } from '../sync/records-store.ts';
import { redactFor } from '../sync/redact.ts';
import { inScope, resolveScope } from '../sync/scope.ts';
import { serverUpsert } from '../sync/server-write.ts';

const RESOLVERS = new Set(['district', 'province']);
const listQuery = z.strictObject({ resolved: z.optional(z.enum(['true', 'false'])) });
const resolveBody = z.strictObject({
  /** kept: the merged value stays; restored: the value that lost is put back. */
  choice: z.enum(['kept', 'restored'], {
    error: 'Chọn giữ giá trị hiện tại hoặc khôi phục giá trị bị thay',
  }),
});

export async function conflictRoutes(app: FastifyInstance, { db }: AppDeps) {
  app.get('/conflicts', async (request) => {
    const { viewer } = request;
    if (!RESOLVERS.has(viewer.role)) throw new HttpProblem(403, 'Không có quyền');
    const { resolved } = parseOr400(listQuery, request.query);
    const scope = await resolveScope(db.orm, viewer);
    const rows = await db.orm.execute<{
      id: string;
      unit_code: string;
      data: Record<string, unknown>;
    }>(sql`
      SELECT id, unit_code, data FROM records
      WHERE entity = 'conflict' AND NOT deleted
        AND (data->>'resolved')::boolean = ${resolved === 'true'}
      ORDER BY version DESC LIMIT 500`);
    return rows.rows
      .filter((row) => inScope(scope, row.unit_code))
      .map((row) => ({ id: row.id, ...redactFor(viewer, 'conflict', row.data) }));
  });

  app.post('/conflicts/:id/resolve', async (request) => {
    const { viewer } = request;
    if (!RESOLVERS.has(viewer.role)) throw new HttpProblem(403, 'Không có quyền');
    const { id } = parseOr400(z.strictObject({ id: z.uuid() }), request.params);
    const { choice } = parseOr400(resolveBody, request.body);
    return db.orm.transaction(async (tx) => {
      const conflict = (await loadRecords(tx, [{ entity: 'conflict', id }])).get(
        recordKey('conflict', id),
      );
      const scope = await resolveScope(tx, viewer);
      if (!conflict?.data || !inScope(scope, conflict.unitCode))
        throw new HttpProblem(404, 'Không tìm thấy xung đột');
      if (conflict.data['resolved'] === true)
        throw new HttpProblem(409, 'Xung đột này đã được xử lý');
      const entity = String(conflict.data['entity']);
      const field = String(conflict.data['field']);
      if (choice === 'restored' && isEntityName(entity)) {
        await serverUpsert(
          tx,
          {
            entity,
            id: String(conflict.data['recordId']),
            patch: { [field]: conflict.data['lostValue'] },
            actorId: viewer.id,
          },
          { mustExist: true },
        );
      }
      await serverUpsert(tx, {
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

import type { FastifyInstance } from 'fastify';
import { desc, lt } from 'drizzle-orm';
import { z } from 'zod/mini';
import { exportRecordSchema } from '../../shared/schemas/export-record.ts';
import type { AppDeps } from '../deps.ts';
import { audit } from '../audit.ts';
import { auditLog } from '../db/schema.ts';
import { HttpProblem, parseOr400 } from '../http/problem.ts';
import { maySee } from '../../shared/units/scope.ts';
import { loadUnitTree } from '../units/load-tree.ts';

const query = z.strictObject({
  before: z.optional(z.string().check(z.regex(/^\d{1,15}$/))),
  limit: z.optional(z.string().check(z.regex(/^\d{1,4}$/))),
});

const FIELD_ROLES = new Set(['collaborator', 'district', 'province']);

export async function auditRoutes(app: FastifyInstance, { db }: AppDeps) {
  app.get('/audit', async (request) => {
    if (request.viewer.role !== 'province' && request.viewer.role !== 'admin') {
      throw new HttpProblem(403, 'Không có quyền', 'the audit log is for province staff');
    }
    const { before, limit } = parseOr400(query, request.query);
    const rows = await db.orm
      .select()
      .from(auditLog)
      .where(before ? lt(auditLog.id, Number(before)) : undefined)
      .orderBy(desc(auditLog.id))
      .limit(Math.min(Number(limit ?? 200), 1000));
    return rows;
  });

  // Exports are made on the device, offline; the device reports each one here when it can, so the
  // audit log says who took which data out (the report is queued on the device until then).
  app.post('/audit/exports', async (request, reply) => {
    const { viewer } = request;
    if (!FIELD_ROLES.has(viewer.role)) throw new HttpProblem(403, 'Không có quyền');
    const entry = parseOr400(exportRecordSchema, request.body);
    if (!maySee(await loadUnitTree(db.orm), viewer, entry.unitCode)) {
      throw new HttpProblem(403, 'Không có quyền', 'that unit is outside your scope');
    }
    await audit(db.orm, {
      userId: viewer.id,
      action: 'export',
      entity: entry.kind,
      recordId: entry.id,
      detail: {
        format: entry.format,
        rows: entry.rows,
        unitCode: entry.unitCode,
        madeAt: entry.madeAt,
      },
      ip: request.ip,
    });
    return reply.status(201).send({ recorded: true });
  });
}

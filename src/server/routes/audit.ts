import type { FastifyInstance } from 'fastify';
import { desc, lt } from 'drizzle-orm';
import { z } from 'zod/mini';
import type { AppDeps } from '../app.ts';
import { auditLog } from '../db/schema.ts';
import { HttpProblem, parseOr400 } from '../http/problem.ts';

const query = z.strictObject({
  before: z.optional(z.string().check(z.regex(/^\d{1,15}$/))),
  limit: z.optional(z.string().check(z.regex(/^\d{1,4}$/))),
});

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
}

// Liveness (the process answers) apart from readiness (it can reach its database), so that a proxy
// stops sending traffic to an instance whose database is down without restarting it.
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { PROTOCOL_VERSION } from '../../shared/protocol.ts';
import type { AppDeps } from '../deps.ts';

export async function healthRoutes(app: FastifyInstance, { db }: AppDeps) {
  const open = { config: { public: true } };
  app.get('/health/live', open, async () => ({ status: 'ok' }));

  const ready = async (_request: unknown, reply: { status(code: number): unknown }) => {
    try {
      await db.orm.execute(sql`SELECT 1`);
    } catch {
      reply.status(503);
      return { status: 'unavailable', db: db.kind, protocolVersion: PROTOCOL_VERSION };
    }
    return { status: 'ok', db: db.kind, protocolVersion: PROTOCOL_VERSION };
  };
  app.get('/health', open, ready);
  app.get('/health/ready', open, ready);
}

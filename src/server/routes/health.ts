import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { PROTOCOL_VERSION } from '../../shared/protocol.ts';
import type { AppDeps } from '../app.ts';

export async function healthRoutes(app: FastifyInstance, { db }: AppDeps) {
  app.get('/health', async (_request, reply) => {
    try {
      await db.orm.execute(sql`SELECT 1`);
    } catch {
      return reply
        .status(503)
        .send({ status: 'unavailable', db: db.kind, protocolVersion: PROTOCOL_VERSION });
    }
    return { status: 'ok', db: db.kind, protocolVersion: PROTOCOL_VERSION };
  });
}

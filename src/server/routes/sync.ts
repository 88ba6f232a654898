import type { FastifyInstance } from 'fastify';
import { pullRequestSchema, pushRequestSchema } from '../../shared/protocol.ts';
import type { AppDeps } from '../deps.ts';
import { parseOr400 } from '../http/problem.ts';
import { pull } from '../sync/pull.ts';
import { push } from '../sync/push.ts';

export async function syncRoutes(app: FastifyInstance, { db }: AppDeps) {
  app.post('/sync/push', async (request) => {
    const body = parseOr400(pushRequestSchema, request.body);
    return push(db, body, { submitter: request.viewer, authorId: body.authorId });
  });

  app.post('/sync/pull', async (request) => {
    const body = parseOr400(pullRequestSchema, request.body);
    return pull(db.orm, request.viewer, body);
  });
}

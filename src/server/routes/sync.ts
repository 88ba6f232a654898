import type { FastifyInstance } from 'fastify';
import { pullRequestSchema, pushRequestSchema } from '../../shared/protocol.ts';
import type { AppDeps } from '../deps.ts';
import { parseOr400 } from '../http/problem.ts';
import { pull } from '../sync/pull.ts';
import { push } from '../sync/push.ts';

export async function syncRoutes(app: FastifyInstance, { db }: AppDeps) {
  const { metrics } = app;
  app.post('/sync/push', async (request) => {
    const body = parseOr400(pushRequestSchema, request.body);
    const answer = await push(db, body, {
      submitter: request.viewer,
      authorId: body.authorId,
      onLockWait: (seconds) => metrics.lockWait.observe(seconds),
    });
    metrics.pushes.inc();
    metrics.mutations.inc({ outcome: 'received' }, body.mutations.length);
    metrics.mutations.inc({ outcome: 'rejected' }, answer.rejected.length);
    return answer;
  });

  app.post('/sync/pull', async (request) => {
    const body = parseOr400(pullRequestSchema, request.body);
    const answer = await pull(db.orm, request.viewer, body);
    metrics.pulls.inc();
    metrics.pulledChanges.inc(answer.changes.length);
    return answer;
  });
}

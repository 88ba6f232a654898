// Step 6 of a push: the mutations refused, kept with their reason for support staff to read.
import { sql } from 'drizzle-orm';
import type { PushRequest, Rejection } from '../../shared/protocol.ts';
import type { Tx } from '../db/client.ts';
import { storable, wellFormedJson } from './sanitize.ts';

export async function recordRejections(
  tx: Tx,
  request: PushRequest,
  rejected: Rejection[],
  submittedBy: string,
): Promise<void> {
  if (rejected.length === 0) return;
  const byId = new Map(request.mutations.map((mutation) => [mutation.id, mutation]));
  const rows = rejected.map((rejection) => {
    const mutation = byId.get(rejection.id);
    return {
      client_id: request.clientId,
      mutation_id: rejection.id,
      name: storable(mutation?.name.slice(0, 60) ?? ''),
      code: rejection.code,
      message: storable(rejection.message),
      args: wellFormedJson(mutation?.args ?? null),
      submitted_by: submittedBy,
    };
  });
  await tx.execute(sql`
    INSERT INTO rejections (client_id, mutation_id, name, code, message, args, submitted_by)
    SELECT client_id, mutation_id, name, code, message, args, submitted_by
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(
      client_id uuid, mutation_id bigint, name text, code text, message text, args jsonb, submitted_by uuid)
    ON CONFLICT DO NOTHING`);
}

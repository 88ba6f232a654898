// POST /api/sync/pull: the scope-filtered change feed (docs/sync-protocol.md § Pull).
import { sql, type SQL } from 'drizzle-orm';
import type { EntityName } from '../../shared/entities.ts';
import { DEFAULT_PULL_LIMIT, type PullRequest, type PullResponse } from '../../shared/protocol.ts';
import type { Executor } from '../db/client.ts';
import { HttpProblem } from '../http/problem.ts';
import { findUser } from '../auth/users.ts';
import { lastMutationId } from './push.ts';
import { redactFor } from './redact.ts';
import { canManage, resolveScope, scopeKey, type Scope, type Viewer } from './scope.ts';

interface FeedRow extends Record<string, unknown> {
  entity: EntityName;
  id: string;
  data: Record<string, unknown> | null;
  version: string;
  deleted: boolean;
}

/** Cursor "<version>.<scope key>": a cursor made for another scope starts over from the beginning. */
export function parseCursor(cursor: string | null, viewer: Viewer): number {
  if (cursor === null) return 0;
  const match = /^(\d{1,15})\.([0-9a-z]+)$/.exec(cursor);
  if (!match)
    throw new HttpProblem(
      400,
      'Con trỏ đồng bộ không hợp lệ',
      'cursor is not one this server issued',
    );
  return match[2] === scopeKey(viewer) ? Number(match[1]) : 0;
}

function scopeFilter(scope: Scope): SQL {
  if (scope.all) return sql`TRUE`;
  return sql`(shared OR unit_code IN (SELECT jsonb_array_elements_text(${JSON.stringify([...scope.units])}::jsonb)))`;
}

export async function pull(
  db: Executor,
  viewer: Viewer,
  request: PullRequest,
): Promise<PullResponse> {
  const after = parseCursor(request.cursor, viewer);
  const limit = request.limit ?? DEFAULT_PULL_LIMIT;
  await checkClient(db, viewer, request.clientId);
  const scope = await resolveScope(db, viewer);
  const rows = (
    await db.execute<FeedRow>(sql`
      SELECT entity, id, data, version::text AS version, deleted
      FROM records
      WHERE version > ${after} AND ${scopeFilter(scope)}
      -- records.version, not the text alias above: ordering by the alias sorted "1899" before "19"
      -- and let the cursor step over records once versions crossed a power of ten.
      ORDER BY records.version
      LIMIT ${limit + 1}`)
  ).rows;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    cursor: `${last ? last.version : after}.${scopeKey(viewer)}`,
    hasMore: rows.length > limit,
    lastMutationId: await lastMutationId(db, request.clientId),
    changes: page.map((row) =>
      row.deleted || row.data === null
        ? { entity: row.entity, id: row.id, op: 'delete' as const, version: Number(row.version) }
        : {
            entity: row.entity,
            id: row.id,
            op: 'put' as const,
            version: Number(row.version),
            data: redactFor(viewer, row.entity, row.data),
          },
    ),
  };
}

/** A device's counter is only told to its owner, or to staff who may act for the owner. */
async function checkClient(db: Executor, viewer: Viewer, clientId: string) {
  const result = await db.execute<{ user_id: string }>(
    sql`SELECT user_id FROM clients WHERE client_id = ${clientId}`,
  );
  const ownerId = result.rows[0]?.user_id;
  if (ownerId === undefined || ownerId === viewer.id) return;
  const owner = await findUser(db, ownerId);
  if (!owner || !(await canManage(db, viewer, owner))) {
    throw new HttpProblem(
      403,
      'Thiết bị không thuộc tài khoản này',
      'this clientId belongs to another account',
    );
  }
}

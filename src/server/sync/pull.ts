// POST /api/sync/pull: the scope-filtered change feed (docs/sync-protocol.md § Pull).
import { sql } from 'drizzle-orm';
import type { EntityName } from '../../shared/entities.ts';
import { DEFAULT_PULL_LIMIT, type PullRequest, type PullResponse } from '../../shared/protocol.ts';
import { visibleUnits, type Viewer } from '../../shared/units/scope.ts';
import type { Executor } from '../db/client.ts';
import { currentUnitTree } from '../units/load-tree.ts';
import { checkClientReader, lastMutationId } from './clients.ts';
import { formatCursor, parseCursor, scopeKey } from './feed-cursor.ts';
import { redactFor } from './redact.ts';

interface FeedRow extends Record<string, unknown> {
  entity: EntityName;
  id: string;
  unit_code: string;
  data: Record<string, unknown> | null;
  version: string;
  txid: string;
  deleted: boolean;
}

export async function pull(
  db: Executor,
  viewer: Viewer,
  request: PullRequest,
): Promise<PullResponse> {
  const tree = await currentUnitTree(db, db);
  const key = scopeKey(tree, viewer);
  const { position, reset } = parseCursor(request.cursor, key);
  const limit = request.limit ?? DEFAULT_PULL_LIMIT;
  await checkClientReader(db, tree, viewer, request.clientId);
  // Read before the feed: the device drops from its outbox only what the pages it holds reflect.
  const acknowledged = await lastMutationId(db, request.clientId);
  const units = visibleUnits(tree, viewer);
  const rows = (
    await db.execute<FeedRow>(sql`
      SELECT entity, id, unit_code, data, version::text AS version, txid::text AS txid, deleted
      FROM records
      WHERE (records.txid, records.version) > (${position.txid}, ${position.version})
        -- Only what transactions older than every running one wrote: nothing can commit behind it.
        AND records.txid < pg_snapshot_xmin(pg_current_snapshot())::text::bigint
        AND (shared OR unit_code IN (SELECT jsonb_array_elements_text(${JSON.stringify(units)}::jsonb)))
      -- The columns, not the text aliases above: ordering by those sorted "1899" before "19".
      ORDER BY records.txid, records.version
      LIMIT ${limit + 1}`)
  ).rows;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    cursor: formatCursor(
      last ? { txid: Number(last.txid), version: Number(last.version) } : position,
      key,
    ),
    hasMore: rows.length > limit,
    lastMutationId: acknowledged,
    ...(reset ? { reset: true } : {}),
    changes: page.map((row) =>
      row.deleted || row.data === null
        ? { entity: row.entity, id: row.id, op: 'delete' as const, version: Number(row.version) }
        : {
            entity: row.entity,
            id: row.id,
            op: 'put' as const,
            version: Number(row.version),
            data: redactFor(tree, viewer, row.entity, row.unit_code, row.data),
          },
    ),
  };
}

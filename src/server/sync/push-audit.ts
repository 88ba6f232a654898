// The audit of a push: one entry per batch (who sent which device's mutations, and the records each
// created, updated or deleted), not one per change. A batch of 100 wrote 100 rows before; the entry
// keeps the same history in one (docs/sync-protocol.md § Push, step 6).
import { sql } from 'drizzle-orm';
import type { AuditEntry } from '../audit.ts';
import type { Executor } from '../db/client.ts';

export type ChangeAction = 'create' | 'update' | 'delete';

/** Record ids by action, then by entity: `{ create: { recommendation: [id, …] } }`. */
export type PushChanges = Partial<Record<ChangeAction, Record<string, string[]>>>;

export class PushAudit {
  private readonly changes: PushChanges = {};

  add(action: ChangeAction, entity: string, id: string): void {
    const byEntity = (this.changes[action] ??= {});
    (byEntity[entity] ??= []).push(id);
  }

  /** The batch's entry, or null when it changed nothing (replays, rejections and no-ops only). */
  entry(push: {
    authorId: string;
    submitterId: string;
    clientId: string;
    mutations: [first: number, last: number];
  }): AuditEntry | null {
    if (Object.keys(this.changes).length === 0) return null;
    return {
      userId: push.authorId,
      action: 'push',
      detail: {
        clientId: push.clientId,
        mutations: push.mutations,
        ...(push.authorId === push.submitterId ? {} : { submittedBy: push.submitterId }),
        ...this.changes,
      },
    };
  }
}

/**
 * How many times pushes created each record (of `entity`, or of the records `ids`): exactly once is
 * the promise of the sync, which the fault tests, the chaos run and the load bench check.
 */
export async function creationsPerRecord(
  db: Executor,
  filter: { entity?: string; ids?: string[] } = {},
): Promise<Map<string, number>> {
  const rows = await db.execute<{ record_id: string; n: string }>(sql`
    SELECT created.record_id, count(*)::text AS n
    FROM audit_log,
         LATERAL jsonb_each(coalesce(detail->'create', '{}'::jsonb)) AS entities(entity, ids),
         LATERAL jsonb_array_elements_text(entities.ids) AS created(record_id)
    WHERE audit_log.action = 'push'
      ${filter.entity === undefined ? sql`` : sql`AND entities.entity = ${filter.entity}`}
      ${
        filter.ids === undefined
          ? sql``
          : sql`AND created.record_id IN (SELECT jsonb_array_elements_text(${JSON.stringify(filter.ids)}::jsonb))`
      }
    GROUP BY created.record_id`);
  return new Map(rows.rows.map((row) => [row.record_id, Number(row.n)]));
}

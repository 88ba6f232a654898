// The audit log: who signed in, changed, exported and administered what (province staff and
// administrators read it). Never a password, a token or a child's name.
import { sql, type SQL } from 'drizzle-orm';
import { executeIfAny, type Executor } from './db/client.ts';
import { auditLog } from './db/schema.ts';

export type AuditAction =
  | 'login'
  | 'login-failed'
  | 'logout'
  | 'push'
  | 'export'
  | 'user-create'
  | 'user-update'
  | 'password-change'
  | 'password-reset'
  | 'sessions-end'
  | 'login-unlock'
  | 'unit-change'
  | 'conflict-resolve'
  | 'report-submit'
  | 'report-review';

export interface AuditEntry {
  userId: string | null;
  action: AuditAction;
  entity?: string;
  recordId?: string;
  detail?: Record<string, unknown>;
  ip?: string;
}

export function audit(db: Executor, entry: AuditEntry): Promise<void> {
  return executeIfAny(db, auditManySql([entry]));
}

/** The insert of many entries as one statement (null for none), to run alone or in a CTE. */
export function auditManySql(entries: AuditEntry[]): SQL | null {
  if (entries.length === 0) return null;
  const rows = entries.map((entry) => ({
    user_id: entry.userId,
    action: entry.action,
    entity: entry.entity ?? null,
    record_id: entry.recordId ?? null,
    detail: entry.detail ?? null,
    ip: entry.ip ?? null,
  }));
  return sql`
    INSERT INTO ${auditLog} (user_id, action, entity, record_id, detail, ip)
    SELECT user_id, action, entity, record_id, detail, ip
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(
      user_id uuid, action text, entity text, record_id text, detail jsonb, ip text)`;
}

import type { Executor } from './db/client.ts';
import { auditLog } from './db/schema.ts';

export type AuditAction =
  | 'login'
  | 'login-failed'
  | 'logout'
  | 'create'
  | 'update'
  | 'delete'
  | 'export'
  | 'user-create'
  | 'user-update'
  | 'unit-change'
  | 'conflict-resolve';

export async function audit(
  db: Executor,
  entry: {
    userId: string | null;
    action: AuditAction;
    entity?: string;
    recordId?: string;
    detail?: Record<string, unknown>;
    ip?: string;
  },
) {
  await db.insert(auditLog).values({
    userId: entry.userId,
    action: entry.action,
    entity: entry.entity ?? null,
    recordId: entry.recordId ?? null,
    detail: entry.detail ?? null,
    ip: entry.ip ?? null,
  });
}

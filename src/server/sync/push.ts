// POST /api/sync/push, written as the numbered steps of docs/sync-protocol.md § Push.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { ENTITIES, recordUnitCode, validateRecord } from '../../shared/entities.ts';
import { hlcWall } from '../../shared/hlc.ts';
import {
  deleteArgsSchema,
  isMutationName,
  MUTATIONS,
  recordId,
  upsertArgsSchema,
} from '../../shared/mutations.ts';
import type { Mutation, PushRequest, PushResponse, Rejection } from '../../shared/protocol.ts';
import type { Database, Tx } from '../db/client.ts';
import { HttpProblem, issuesToErrors } from '../http/problem.ts';
import { findUser, type UserRow } from '../auth/users.ts';
import { mergeChange } from './merge.ts';
import {
  loadRecords,
  recordKey,
  writeRecords,
  type RecordRow,
  type RecordWrite,
} from './records-store.ts';
import { canManage, inScope, resolveScope, type Scope, type Viewer } from './scope.ts';
import { nextVersions } from './versions.ts';

/** A device clock further ahead than this is wrong, and its stamps would win every conflict. */
const MAX_CLOCK_AHEAD_MS = 24 * 60 * 60 * 1000;

export interface PushOptions {
  submitter: Viewer;
  /** For an outbox transferred by file: the account whose device made the mutations. */
  authorId?: string | undefined;
  now?: number;
}

class Reject extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function push(
  db: Database,
  request: PushRequest,
  options: PushOptions,
): Promise<PushResponse> {
  const { submitter } = options;
  const now = options.now ?? Date.now();

  // 1. The batch must be the client's mutations in order, without gaps between them.
  request.mutations.forEach((mutation, index) => {
    const previous = request.mutations[index - 1];
    if (previous && mutation.id !== previous.id + 1) {
      throw new HttpProblem(
        400,
        'Thứ tự thay đổi không liền mạch',
        `mutation ${mutation.id} follows ${previous.id}`,
      );
    }
  });

  return db.orm.transaction(async (tx) => {
    // 2. One writer at a time: versions follow commit order (sync/versions.ts).
    await tx.execute(sql`SELECT pg_advisory_xact_lock(7202)`);

    // 3. Find or register the client, and check the submitter may push for its owner.
    const author = await registerClient(tx, request.clientId, submitter, options.authorId);
    const last = await lastMutationId(tx, request.clientId);
    const fresh = request.mutations.filter((mutation) => mutation.id > last);
    const first = fresh[0];
    if (first && first.id !== last + 1) {
      throw new HttpProblem(
        409,
        'Thiếu thay đổi trước đó',
        `the server has applied up to mutation ${last}; the next must be ${last + 1}, not ${first.id}`,
        undefined,
        'urn:ddte:mutation-gap',
      );
    }
    if (fresh.length === 0) return { lastMutationId: last, rejected: [] };

    // 4. Load every record the batch touches, and the scopes of author and submitter.
    const authorScope = await resolveScope(tx, author);
    const submitterScope =
      submitter.id === author.id ? authorScope : await resolveScope(tx, submitter);
    const stored = await loadRecords(tx, touchedKeys(fresh));
    const versions = await nextVersions(tx, fresh.length);

    // 5. Apply each mutation in order to the in-memory state; a bad one is rejected, not fatal.
    const rejected: Rejection[] = [];
    const writes = new Map<string, RecordWrite>();
    const conflicts: RecordWrite[] = [];
    const audit: AuditEntry[] = [];
    fresh.forEach((mutation, index) => {
      const version = versions[index] ?? 0;
      try {
        const result = apply(mutation, version, {
          author,
          authorScope,
          submitterScope,
          stored,
          now,
        });
        if (!result) return;
        const write: RecordWrite = {
          ...result.row,
          authorId: author.id,
          submittedBy: submitter.id,
        };
        stored.set(recordKey(write.entity, write.id), write);
        writes.set(recordKey(write.entity, write.id), write);
        audit.push({
          action: result.action,
          entity: write.entity,
          recordId: write.id,
          mutationId: mutation.id,
        });
        for (const conflict of result.conflicts) {
          conflicts.push({ ...conflict, authorId: author.id, submittedBy: submitter.id });
        }
      } catch (error) {
        if (!(error instanceof Reject)) throw error;
        rejected.push({ id: mutation.id, code: error.code, message: error.message });
      }
    });

    // 6. Conflict entries get versions after the records they describe.
    const conflictVersions = await nextVersions(tx, conflicts.length);
    conflicts.forEach((conflict, index) => (conflict.version = conflictVersions[index] ?? 0));

    // 7. Store the effects, the rejections and the client's counter in this one transaction.
    await writeRecords(tx, [...writes.values(), ...conflicts]);
    await recordRejections(tx, request, rejected, submitter.id);
    await writeAudit(tx, audit, author.id, submitter.id);
    const newLast = fresh.at(-1)?.id ?? last;
    await tx.execute(
      sql`UPDATE clients SET last_mutation_id = ${newLast}, last_seen_at = now() WHERE client_id = ${request.clientId}`,
    );
    return { lastMutationId: newLast, rejected };
  });
}

async function registerClient(
  tx: Tx,
  clientId: string,
  submitter: Viewer,
  authorId: string | undefined,
): Promise<UserRow> {
  const existing = await tx.execute<{ user_id: string }>(
    sql`SELECT user_id FROM clients WHERE client_id = ${clientId} FOR UPDATE`,
  );
  const ownerId = existing.rows[0]?.user_id ?? authorId ?? submitter.id;
  if (authorId !== undefined && authorId !== ownerId) {
    throw new HttpProblem(
      403,
      'Thiết bị không thuộc tài khoản này',
      'this clientId belongs to another account',
    );
  }
  const owner = await findUser(tx, ownerId);
  if (!owner || owner.disabled) {
    throw new HttpProblem(
      403,
      'Tài khoản của thiết bị không hoạt động',
      'the account that owns this device is unknown or disabled',
    );
  }
  if (owner.id !== submitter.id && !(await canManage(tx, submitter, owner))) {
    throw new HttpProblem(
      403,
      'Không có quyền gửi thay cho thiết bị này',
      'the device belongs to an account outside your scope',
    );
  }
  if (existing.rows.length === 0) {
    await tx.execute(
      sql`INSERT INTO clients (client_id, user_id) VALUES (${clientId}, ${owner.id}) ON CONFLICT DO NOTHING`,
    );
  }
  return owner;
}

export async function lastMutationId(tx: Tx | Database['orm'], clientId: string): Promise<number> {
  const result = await tx.execute<{ last: string }>(
    sql`SELECT last_mutation_id::text AS last FROM clients WHERE client_id = ${clientId}`,
  );
  return Number(result.rows[0]?.last ?? 0);
}

function touchedKeys(mutations: Mutation[]) {
  const keys = new Map<string, { entity: string; id: string }>();
  for (const mutation of mutations) {
    if (!isMutationName(mutation.name)) continue;
    const args = mutation.args as { id?: unknown } | null;
    // Only well-formed ids reach the database; the rest are rejected when applied.
    if (typeof args?.id !== 'string' || !recordId().safeParse(args.id).success) continue;
    const entity = MUTATIONS[mutation.name].entity;
    keys.set(recordKey(entity, args.id), { entity, id: args.id });
  }
  return [...keys.values()];
}

interface ApplyContext {
  author: UserRow;
  authorScope: Scope;
  submitterScope: Scope;
  stored: Map<string, RecordRow>;
  now: number;
}

interface Applied {
  action: 'create' | 'update' | 'delete';
  row: RecordRow;
  conflicts: RecordRow[];
}

function apply(mutation: Mutation, version: number, ctx: ApplyContext): Applied | null {
  if (!isMutationName(mutation.name)) {
    throw new Reject('unknown-mutation', `Loại thay đổi không được hỗ trợ: ${mutation.name}`);
  }
  if (hlcWall(mutation.hlc) > ctx.now + MAX_CLOCK_AHEAD_MS) {
    throw new Reject(
      'clock-skew',
      'Đồng hồ của thiết bị chạy nhanh hơn thực tế; hãy chỉnh lại ngày giờ rồi gửi lại.',
    );
  }
  const def = MUTATIONS[mutation.name];
  const entityDef = ENTITIES[def.entity];
  if (!(def.writers as readonly string[]).includes(ctx.author.role)) {
    throw new Reject('forbidden', 'Tài khoản này không có quyền thực hiện thay đổi này.');
  }
  const checkScope = (unitCode: string) => {
    if (entityDef.shared) return;
    if (!inScope(ctx.authorScope, unitCode) || !inScope(ctx.submitterScope, unitCode)) {
      throw new Reject('out-of-scope', `Đơn vị "${unitCode}" nằm ngoài phạm vi của tài khoản.`);
    }
  };

  if (def.op === 'delete') {
    const args = deleteArgsSchema.safeParse(mutation.args);
    if (!args.success) throw invalid(args.error.issues);
    const current = ctx.stored.get(recordKey(def.entity, args.data.id));
    if (!current || current.deleted) return null; // Nothing to delete: already gone, or never reached the server.
    checkScope(current.unitCode);
    return {
      action: 'delete',
      row: { ...current, data: null, version, deleted: true },
      conflicts: [],
    };
  }

  const args = upsertArgsSchema.safeParse(mutation.args);
  if (!args.success) throw invalid(args.error.issues);
  const patch = def.patch?.safeParse(args.data.patch);
  if (!patch?.success) throw invalid(patch?.error.issues ?? [], 'patch');
  const { id, baseVersion } = args.data;
  const current = ctx.stored.get(recordKey(def.entity, id));
  if (current?.deleted) {
    throw new Reject('deleted', 'Bản ghi này đã bị xóa trên máy chủ.');
  }
  if (current) checkScope(current.unitCode);
  const merged = mergeChange(
    current?.data
      ? { data: current.data, stamps: current.stamps, fieldVersions: current.fieldVersions }
      : null,
    { patch: patch.data, hlc: mutation.hlc, baseVersion },
    version,
  );
  const full = validateRecord(def.entity, merged.data);
  if (!full.success) throw invalid(full.issues);
  const unitCode = entityDef.shared ? 'kon-tum' : recordUnitCode(def.entity, id, merged.data);
  checkScope(unitCode);
  if (current && merged.changedFields.length === 0 && merged.conflicts.length === 0) return null;

  const row: RecordRow = {
    entity: def.entity,
    id,
    unitCode,
    shared: entityDef.shared,
    data: merged.data,
    stamps: merged.stamps,
    fieldVersions: merged.fieldVersions,
    version: merged.changedFields.length > 0 ? version : (current?.version ?? version),
    deleted: false,
  };
  const conflicts = merged.conflicts.map((conflict): RecordRow => {
    const data = {
      entity: def.entity,
      recordId: id,
      unitCode,
      field: conflict.field,
      keptValue: conflict.keptValue,
      keptHlc: conflict.keptHlc,
      lostValue: conflict.lostValue,
      lostHlc: conflict.lostHlc,
      lostBy: conflict.loser === 'incoming' ? ctx.author.id : null,
      resolved: false,
      resolvedBy: null,
      resolution: null,
    };
    return {
      entity: 'conflict',
      id: randomUUID(),
      unitCode,
      shared: entityDef.shared,
      data,
      stamps: {},
      fieldVersions: {},
      version: 0,
      deleted: false,
    };
  });
  return { action: current ? 'update' : 'create', row, conflicts };
}

function invalid(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  prefix?: string,
): Reject {
  const details = issuesToErrors(issues)
    .map((error) => `${prefix ? `${prefix}.` : ''}${error.path}: ${error.message}`)
    .join('; ');
  return new Reject('invalid', `Dữ liệu không hợp lệ — ${details}`);
}

/** Text PostgreSQL will store: lone surrogates and NUL bytes become U+FFFD. */
export const storable = (text: string) => text.toWellFormed().replaceAll('\u0000', '\uFFFD');

/** `storable` for every string and key of a JSON value. */
export function wellFormedJson(value: unknown): unknown {
  if (typeof value === 'string') return storable(value);
  if (Array.isArray(value)) return value.map(wellFormedJson);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [storable(key), wellFormedJson(inner)]),
    );
  }
  return value;
}

async function recordRejections(
  tx: Tx,
  request: PushRequest,
  rejected: Rejection[],
  submittedBy: string,
) {
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
      // Kept for support staff to read; made well-formed so PostgreSQL accepts any input.
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

interface AuditEntry {
  action: string;
  entity: string;
  recordId: string;
  mutationId: number;
}

async function writeAudit(tx: Tx, entries: AuditEntry[], authorId: string, submitterId: string) {
  if (entries.length === 0) return;
  const rows = entries.map((entry) => ({
    user_id: authorId,
    action: entry.action,
    entity: entry.entity,
    record_id: entry.recordId,
    detail:
      authorId === submitterId
        ? { mutationId: entry.mutationId }
        : { mutationId: entry.mutationId, submittedBy: submitterId },
  }));
  await tx.execute(sql`
    INSERT INTO audit_log (user_id, action, entity, record_id, detail)
    SELECT user_id, action, entity, record_id, detail
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(
      user_id uuid, action text, entity text, record_id text, detail jsonb)`);
}

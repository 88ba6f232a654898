// Accounts and administrative units. Units are data, so a reorganisation (2025 removed the district
// level and merged provinces) is a series of these calls, not a code change.
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod/mini';
import { code, text } from '../../shared/schemas/fields.ts';
import { UNIT_TYPES } from '../../shared/schemas/unit.ts';
import { newUserSchema, userPatchSchema } from '../../shared/schemas/user.ts';
import type { AppDeps } from '../app.ts';
import { audit } from '../audit.ts';
import { hashPassword } from '../auth/password.ts';
import { revokeUserSessions } from '../auth/sessions.ts';
import { findUser, publicUser, type UserRow } from '../auth/users.ts';
import type { Executor } from '../db/client.ts';
import { users } from '../db/schema.ts';
import { HttpProblem, parseOr400 } from '../http/problem.ts';
import { loadRecords, recordKey } from '../sync/records-store.ts';
import { canManage, resolveScope, type Viewer } from '../sync/scope.ts';
import { serverUpsert } from '../sync/server-write.ts';
import { nextVersions } from '../sync/versions.ts';

const forbidden = () => new HttpProblem(403, 'Không có quyền', 'your role may not do this');
const idParam = z.strictObject({ id: z.uuid('Mã tài khoản không hợp lệ') });
const codeParam = z.strictObject({ code: z.string().check(z.minLength(1), z.maxLength(120)) });

const newUnitSchema = z.strictObject({
  code: code(),
  name: text(200),
  type: z.enum(UNIT_TYPES),
  level: z.enum(['province', 'district', 'commune']),
  parentCode: z.nullable(code()),
});
const unitPatchSchema = z.strictObject({
  name: z.optional(text(200)),
  type: z.optional(z.enum(UNIT_TYPES)),
  parentCode: z.optional(z.nullable(code())),
  retired: z.optional(z.boolean()),
});
const mergeSchema = z.strictObject({ into: code() });

async function unitExists(db: Executor, unitCode: string): Promise<boolean> {
  const found = await loadRecords(db, [{ entity: 'unit', id: unitCode }]);
  const unit = found.get(recordKey('unit', unitCode));
  return Boolean(unit && !unit.deleted && unit.data && unit.data['retired'] !== true);
}

/** Admins manage every account; district staff the collaborators of their own district. */
async function mayManageAccount(
  db: Executor,
  viewer: Viewer,
  account: Pick<UserRow, 'id' | 'role' | 'unitCode'>,
) {
  if (viewer.role === 'admin') return true;
  if (viewer.role !== 'district' || account.role !== 'collaborator') return false;
  return canManage(db, viewer, account);
}

export async function adminRoutes(app: FastifyInstance, { db, config }: AppDeps) {
  app.get('/admin/users', async (request) => {
    const { viewer } = request;
    if (viewer.role !== 'admin' && viewer.role !== 'district') throw forbidden();
    const rows = await db.orm
      .select({
        id: users.id,
        username: users.username,
        displayName: users.displayName,
        role: users.role,
        unitCode: users.unitCode,
        disabled: users.disabled,
      })
      .from(users)
      .orderBy(users.username);
    if (viewer.role === 'admin') return rows;
    const scope = await resolveScope(db.orm, viewer);
    return rows.filter((row) => row.role === 'collaborator' && scope.units.has(row.unitCode));
  });

  app.post('/admin/users', async (request, reply) => {
    const input = parseOr400(newUserSchema, request.body);
    if (!(await mayManageAccount(db.orm, request.viewer, { id: '', ...input }))) throw forbidden();
    if (!(await unitExists(db.orm, input.unitCode))) {
      throw new HttpProblem(400, 'Đơn vị không tồn tại', `unit ${input.unitCode} does not exist`, [
        { path: 'unitCode', message: 'Đơn vị không tồn tại' },
      ]);
    }
    const id = randomUUID();
    const passwordHash = await hashPassword(input.password, config.scryptCost);
    const inserted = await db.orm
      .insert(users)
      .values({
        id,
        username: input.username,
        displayName: input.displayName,
        role: input.role,
        unitCode: input.unitCode,
        passwordHash,
      })
      .onConflictDoNothing()
      .returning({ id: users.id });
    if (inserted.length === 0) {
      throw new HttpProblem(
        409,
        'Tên đăng nhập đã được dùng',
        `username ${input.username} exists`,
        [{ path: 'username', message: 'Tên đăng nhập đã được dùng' }],
      );
    }
    await audit(db.orm, {
      userId: request.viewer.id,
      action: 'user-create',
      entity: 'user',
      recordId: id,
      ip: request.ip,
    });
    const user = await findUser(db.orm, id);
    return reply.status(201).send(user && publicUser(user));
  });

  app.patch('/admin/users/:id', async (request) => {
    const { id } = parseOr400(idParam, request.params);
    const patch = parseOr400(userPatchSchema, request.body);
    const account = await findUser(db.orm, id);
    if (!account) throw new HttpProblem(404, 'Không tìm thấy tài khoản');
    const { viewer } = request;
    if (!(await mayManageAccount(db.orm, viewer, account))) throw forbidden();
    const target = {
      ...account,
      ...(patch.role ? { role: patch.role } : {}),
      ...(patch.unitCode ? { unitCode: patch.unitCode } : {}),
    };
    if (!(await mayManageAccount(db.orm, viewer, target))) throw forbidden();
    if (patch.unitCode && !(await unitExists(db.orm, patch.unitCode))) {
      throw new HttpProblem(400, 'Đơn vị không tồn tại', undefined, [
        { path: 'unitCode', message: 'Đơn vị không tồn tại' },
      ]);
    }
    await db.orm.transaction(async (tx) => {
      await tx
        .update(users)
        .set({
          ...(patch.displayName === undefined ? {} : { displayName: patch.displayName }),
          ...(patch.disabled === undefined ? {} : { disabled: patch.disabled }),
          ...(patch.role === undefined ? {} : { role: patch.role }),
          ...(patch.unitCode === undefined ? {} : { unitCode: patch.unitCode }),
          ...(patch.password === undefined
            ? {}
            : { passwordHash: await hashPassword(patch.password, config.scryptCost) }),
          updatedAt: sql`now()`,
        })
        .where(eq(users.id, id));
      // Disabling, a new password or a new role or unit ends every session at once.
      if (patch.disabled || patch.password || patch.role || patch.unitCode)
        await revokeUserSessions(tx, id);
      await audit(tx, {
        userId: viewer.id,
        action: 'user-update',
        entity: 'user',
        recordId: id,
        detail: {
          fields: Object.keys(patch)
            .filter((key) => key !== 'password')
            .concat(patch.password ? ['password-reset'] : []),
        },
        ip: request.ip,
      });
    });
    const updated = await findUser(db.orm, id);
    return updated && { ...publicUser(updated), disabled: updated.disabled };
  });

  app.post('/admin/units', async (request, reply) => {
    if (request.viewer.role !== 'admin') throw forbidden();
    const input = parseOr400(newUnitSchema, request.body);
    if (input.parentCode && !(await unitExists(db.orm, input.parentCode))) {
      throw new HttpProblem(400, 'Đơn vị cấp trên không tồn tại', undefined, [
        { path: 'parentCode', message: 'Đơn vị cấp trên không tồn tại' },
      ]);
    }
    const existing = await loadRecords(db.orm, [{ entity: 'unit', id: input.code }]);
    if (existing.size > 0)
      throw new HttpProblem(409, 'Mã đơn vị đã tồn tại', undefined, [
        { path: 'code', message: 'Mã đơn vị đã tồn tại' },
      ]);
    const { code: unitCode, ...rest } = input;
    await db.orm.transaction(async (tx) => {
      await serverUpsert(tx, {
        entity: 'unit',
        id: unitCode,
        patch: { ...rest, retired: false, mergedInto: null },
        actorId: request.viewer.id,
      });
      await audit(tx, {
        userId: request.viewer.id,
        action: 'unit-change',
        entity: 'unit',
        recordId: unitCode,
        detail: { op: 'create' },
        ip: request.ip,
      });
    });
    return reply.status(201).send({ code: unitCode, ...rest, retired: false, mergedInto: null });
  });

  app.patch('/admin/units/:code', async (request) => {
    if (request.viewer.role !== 'admin') throw forbidden();
    const { code: unitCode } = parseOr400(codeParam, request.params);
    const patch = parseOr400(unitPatchSchema, request.body);
    return db.orm.transaction(async (tx) => {
      const row = await serverUpsert(
        tx,
        { entity: 'unit', id: unitCode, patch, actorId: request.viewer.id },
        { mustExist: true },
      );
      await audit(tx, {
        userId: request.viewer.id,
        action: 'unit-change',
        entity: 'unit',
        recordId: unitCode,
        detail: { op: 'update', fields: Object.keys(patch) },
        ip: request.ip,
      });
      return { code: unitCode, ...row.data };
    });
  });

  /** Merges one unit into another: its records and accounts move, and it is retired. */
  app.post('/admin/units/:code/merge', async (request) => {
    if (request.viewer.role !== 'admin') throw forbidden();
    const { code: from } = parseOr400(codeParam, request.params);
    const { into } = parseOr400(mergeSchema, request.body);
    if (from === into) throw new HttpProblem(400, 'Không thể gộp một đơn vị vào chính nó');
    if (!(await unitExists(db.orm, into)))
      throw new HttpProblem(400, 'Đơn vị nhận không tồn tại', undefined, [
        { path: 'into', message: 'Đơn vị nhận không tồn tại' },
      ]);
    return db.orm.transaction(async (tx) => {
      await serverUpsert(
        tx,
        {
          entity: 'unit',
          id: from,
          patch: { retired: true, mergedInto: into },
          actorId: request.viewer.id,
        },
        { mustExist: true },
      );
      const moved = await tx.execute<{ entity: string; id: string }>(
        sql`SELECT entity, id FROM records WHERE unit_code = ${from} AND entity <> 'unit' AND NOT deleted`,
      );
      const versions = await nextVersions(tx, moved.rows.length);
      for (const [index, row] of moved.rows.entries()) {
        await tx.execute(sql`
          UPDATE records SET unit_code = ${into}, data = jsonb_set(data, '{unitCode}', to_jsonb(${into}::text)),
            version = ${versions[index] ?? 0}, updated_by = ${request.viewer.id}, updated_at = now()
          WHERE entity = ${row.entity} AND id = ${row.id}`);
      }
      await tx
        .update(users)
        .set({ unitCode: into })
        .where(and(eq(users.unitCode, from)));
      await audit(tx, {
        userId: request.viewer.id,
        action: 'unit-change',
        entity: 'unit',
        recordId: from,
        detail: { op: 'merge', into, records: moved.rows.length },
        ip: request.ip,
      });
      return { merged: from, into, recordsMoved: moved.rows.length };
    });
  });
}

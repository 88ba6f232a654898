// Accounts, managed by whoever the scope rule allows (shared/units/scope.ts § mayManage): an
// administrator for all, province staff for the field staff of their province, district staff for
// their communes' collaborators. Every change is audited; passwords set by a manager work once.
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod/mini';
import { newUserSchema, userPatchSchema, type Role } from '../../shared/schemas/user.ts';
import { mayManage, roleFitsUnit, type Viewer } from '../../shared/units/scope.ts';
import type { UnitTree } from '../../shared/units/unit-tree.ts';
import type { Account } from '../../shared/responses.ts';
import { oneTimePassword } from '../accounts/one-time-password.ts';
import { audit } from '../audit.ts';
import { requireUsablePassword } from '../auth/password-policy.ts';
import { revokeUserSessions } from '../auth/sessions.ts';
import { findUser, publicUser, userColumns, type UserRow } from '../auth/users.ts';
import { users } from '../db/schema.ts';
import type { AppDeps } from '../deps.ts';
import { HttpProblem, parseOr400 } from '../http/problem.ts';
import { loadUnitTree } from '../units/load-tree.ts';

const forbidden = () => new HttpProblem(403, 'Không có quyền', 'your role may not do this');
const idParam = z.strictObject({ id: z.uuid('Mã tài khoản không hợp lệ') });
const MANAGERS: ReadonlySet<Role> = new Set(['admin', 'province', 'district']);

/** The account as it would be after the change must fit: a real unit, a role for its tier. */
function checkPlacement(tree: UnitTree, role: Role, unitCode: string) {
  const unit = tree.get(unitCode);
  if (!unit || !unit.active)
    throw new HttpProblem(400, 'Đơn vị không tồn tại', `unit ${unitCode} does not exist`, [
      { path: 'unitCode', message: 'Đơn vị không tồn tại' },
    ]);
  if (!roleFitsUnit(tree, role, unitCode))
    throw new HttpProblem(400, 'Vai trò không hợp với cấp của đơn vị', undefined, [
      { path: 'role', message: 'Vai trò không hợp với cấp của đơn vị' },
    ]);
}

async function managed(tree: UnitTree, db: AppDeps['db'], viewer: Viewer, id: string) {
  const account = await findUser(db.orm, id);
  if (!account || !mayManage(tree, viewer, account) || account.id === viewer.id)
    throw new HttpProblem(404, 'Không tìm thấy tài khoản');
  return account;
}

const listed = (user: UserRow): Account => ({ ...publicUser(user), disabled: user.disabled });

export async function accountRoutes(app: FastifyInstance, { db, hasher, loginGuard }: AppDeps) {
  app.addHook('onRequest', async (request) => {
    if (!MANAGERS.has(request.viewer.role)) throw forbidden();
  });

  app.get('/admin/users', async (request) => {
    const tree = await loadUnitTree(db.orm);
    const rows = await db.orm.select(userColumns).from(users).orderBy(users.username);
    return rows
      .filter((row) => row.id !== request.viewer.id && mayManage(tree, request.viewer, row))
      .map(listed);
  });

  app.post('/admin/users', async (request, reply) => {
    const input = parseOr400(newUserSchema, request.body);
    const tree = await loadUnitTree(db.orm);
    const account = { id: '', role: input.role, unitCode: input.unitCode };
    if (!mayManage(tree, request.viewer, account)) throw forbidden();
    checkPlacement(tree, input.role, input.unitCode);
    const password = input.password ?? oneTimePassword();
    if (input.password !== undefined) requireUsablePassword(password, input.username);
    const id = randomUUID();
    const passwordHash = await hasher.hash(password);
    const inserted = await db.orm.transaction(async (tx) => {
      const rows = await tx
        .insert(users)
        .values({
          id,
          username: input.username,
          displayName: input.displayName,
          role: input.role,
          unitCode: input.unitCode,
          passwordHash,
          // Somebody else knows it: the owner chooses their own at the first sign-in.
          mustChangePassword: true,
        })
        .onConflictDoNothing()
        .returning({ id: users.id });
      if (rows.length > 0)
        await audit(tx, {
          userId: request.viewer.id,
          action: 'user-create',
          entity: 'user',
          recordId: id,
          detail: { role: input.role, unitCode: input.unitCode },
          ip: request.ip,
        });
      return rows.length > 0;
    });
    if (!inserted) {
      throw new HttpProblem(
        409,
        'Tên đăng nhập đã được dùng',
        `username ${input.username} exists`,
        [{ path: 'username', message: 'Tên đăng nhập đã được dùng' }],
      );
    }
    const user = await findUser(db.orm, id);
    return reply.status(201).send({
      user: user && listed(user),
      ...(input.password === undefined ? { oneTimePassword: password } : {}),
    });
  });

  app.patch('/admin/users/:id', async (request) => {
    const { id } = parseOr400(idParam, request.params);
    const patch = parseOr400(userPatchSchema, request.body);
    const tree = await loadUnitTree(db.orm);
    const account = await managed(tree, db, request.viewer, id);
    const target = {
      ...account,
      role: patch.role ?? account.role,
      unitCode: patch.unitCode ?? account.unitCode,
    };
    if (!mayManage(tree, request.viewer, target)) throw forbidden();
    if (patch.role !== undefined || patch.unitCode !== undefined)
      checkPlacement(tree, target.role, target.unitCode);
    await db.orm.transaction(async (tx) => {
      await tx
        .update(users)
        .set({
          ...(patch.displayName === undefined ? {} : { displayName: patch.displayName }),
          ...(patch.disabled === undefined ? {} : { disabled: patch.disabled }),
          ...(patch.role === undefined ? {} : { role: patch.role }),
          ...(patch.unitCode === undefined ? {} : { unitCode: patch.unitCode }),
          updatedAt: sql`now()`,
        })
        .where(eq(users.id, id));
      // Disabling, or a new role or unit, ends every session at once.
      if (patch.disabled || patch.role || patch.unitCode) await revokeUserSessions(tx, id);
      await audit(tx, {
        userId: request.viewer.id,
        action: 'user-update',
        entity: 'user',
        recordId: id,
        detail: { fields: Object.keys(patch) },
        ip: request.ip,
      });
    });
    const updated = await findUser(db.orm, id);
    return updated && listed(updated);
  });

  /** A forgotten password: a one-time one, shown once to the manager, changed at the next sign-in. */
  app.post('/admin/users/:id/reset-password', async (request) => {
    const { id } = parseOr400(idParam, request.params);
    const tree = await loadUnitTree(db.orm);
    const account = await managed(tree, db, request.viewer, id);
    const password = oneTimePassword();
    const passwordHash = await hasher.hash(password);
    await db.orm.transaction(async (tx) => {
      await tx
        .update(users)
        .set({ passwordHash, mustChangePassword: true, updatedAt: sql`now()` })
        .where(eq(users.id, id));
      await revokeUserSessions(tx, id);
      await audit(tx, {
        userId: request.viewer.id,
        action: 'password-reset',
        entity: 'user',
        recordId: id,
        ip: request.ip,
      });
    });
    await loginGuard.unlock(account.username);
    return { oneTimePassword: password };
  });

  /** Lifts the sign-in waits of an account (an administrator only). */
  app.post('/admin/users/:id/unlock', async (request, reply) => {
    if (request.viewer.role !== 'admin') throw forbidden();
    const { id } = parseOr400(idParam, request.params);
    const tree = await loadUnitTree(db.orm);
    const account = await managed(tree, db, request.viewer, id);
    await loginGuard.unlock(account.username);
    await audit(db.orm, {
      userId: request.viewer.id,
      action: 'login-unlock',
      entity: 'user',
      recordId: id,
      ip: request.ip,
    });
    return reply.status(204).send();
  });
}

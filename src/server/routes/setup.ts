// The first administrator, created in the browser with the set-up code the server printed
// (accounts/first-admin.ts). Both routes answer only while no administrator exists.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod/mini';
import { text } from '../../shared/schemas/fields.ts';
import { passwordSchema, usernameSchema } from '../../shared/schemas/user.ts';
import { adminExists, checkSetupCode, createAdmin } from '../accounts/first-admin.ts';
import { audit } from '../audit.ts';
import { requireUsablePassword } from '../auth/password-policy.ts';
import { createSession } from '../auth/sessions.ts';
import { findUser, publicUser } from '../auth/users.ts';
import type { AppDeps } from '../deps.ts';
import { HttpProblem, parseOr400 } from '../http/problem.ts';
import { loadUnitTree } from '../units/load-tree.ts';

const setupSchema = z.strictObject({
  code: z.string().check(z.trim(), z.minLength(1, 'Nhập mã thiết lập'), z.maxLength(40)),
  username: usernameSchema,
  displayName: text(200),
  password: passwordSchema,
});

export async function setupRoutes(
  app: FastifyInstance,
  { db, hasher, loginGuard, config }: AppDeps,
) {
  const open = { config: { public: true } };

  app.get('/setup', open, async () => ({ needed: !(await adminExists(db.orm)) }));

  app.post('/setup', open, async (request, reply) => {
    const input = parseOr400(setupSchema, request.body);
    if (await adminExists(db.orm)) throw new HttpProblem(409, 'Đã có tài khoản quản trị');
    const admission = await loginGuard.admit('(setup)', request.ip);
    if (!admission.admitted) {
      void reply.header('retry-after', String(admission.retryAfterS));
      throw new HttpProblem(429, 'Thử sai quá nhiều lần');
    }
    if (!(await checkSetupCode(db.orm, input.code))) {
      await loginGuard.failed('(setup)');
      throw new HttpProblem(400, 'Mã thiết lập không đúng', undefined, [
        { path: 'code', message: 'Mã thiết lập không đúng (xem cửa sổ dòng lệnh của máy chủ)' },
      ]);
    }
    requireUsablePassword(input.password, input.username);
    const tree = await loadUnitTree(db.orm);
    const province = tree
      .active()
      .find((unit) => unit.level === 'province' && unit.parentCode === null);
    const id = await createAdmin(
      db.orm,
      hasher,
      { ...input, unitCode: province?.code ?? 'kon-tum' },
      { mustChangePassword: false },
    );
    if (id === null) throw new HttpProblem(409, 'Đã có tài khoản quản trị');
    await audit(db.orm, {
      userId: id,
      action: 'user-create',
      entity: 'user',
      recordId: id,
      ip: request.ip,
    });
    const { token, expiresAt } = await createSession(
      db.orm,
      id,
      config.sessionDays,
      request.headers['user-agent'],
    );
    const user = await findUser(db.orm, id);
    return reply
      .status(201)
      .send({ token, expiresAt: expiresAt.toISOString(), user: user && publicUser(user) });
  });
}

// Signing in and out, and what an account does for itself: its password and its sessions.
import type { Session } from '../../shared/responses.ts';
import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod/mini';
import { loginSchema, passwordSchema } from '../../shared/schemas/user.ts';
import { audit } from '../audit.ts';
import { requireUsablePassword } from '../auth/password-policy.ts';
import {
  createSession,
  listSessions,
  revokeSession,
  revokeUserSessions,
} from '../auth/sessions.ts';
import { findUser, findUserByName, publicUser } from '../auth/users.ts';
import { users } from '../db/schema.ts';
import type { AppDeps } from '../deps.ts';
import { HttpProblem, parseOr400 } from '../http/problem.ts';

const changePasswordSchema = z.strictObject({
  currentPassword: z.string().check(z.minLength(1, 'Nhập mật khẩu hiện tại'), z.maxLength(200)),
  newPassword: passwordSchema,
});
const endSessionsSchema = z.strictObject({
  /** true: every session, this one included ("đăng xuất khỏi mọi thiết bị"). */
  includingThis: z.boolean(),
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const wrongPassword = () =>
  new HttpProblem(401, 'Sai tên đăng nhập hoặc mật khẩu', 'check the username and password');

export async function authRoutes(
  app: FastifyInstance,
  { db, config, loginGuard, hasher }: AppDeps,
) {
  app.post('/auth/login', { config: { public: true } }, async (request, reply) => {
    const { username, password } = parseOr400(loginSchema, request.body);
    const admission = await loginGuard.admit(username, request.ip);
    if (!admission.admitted) {
      void reply.header('retry-after', String(admission.retryAfterS));
      throw new HttpProblem(
        429,
        'Đăng nhập sai quá nhiều lần',
        `try again in ${admission.retryAfterS} seconds`,
      );
    }
    if (admission.delayMs > 0) await sleep(admission.delayMs);
    const row = await findUserByName(db.orm, username);
    // Always spend the same time hashing, so the answer does not reveal whether the user exists.
    const ok = await hasher.verify(password, row?.passwordHash ?? (await hasher.dummyHash()));
    if (!row || !ok || row.disabled) {
      await loginGuard.failed(username);
      await audit(db.orm, {
        userId: row?.id ?? null,
        action: 'login-failed',
        detail: { username },
        ip: request.ip,
      });
      throw wrongPassword();
    }
    await loginGuard.succeeded(username, request.ip);
    const { token, expiresAt } = await createSession(
      db.orm,
      row.id,
      config.sessionDays,
      request.headers['user-agent'],
    );
    await audit(db.orm, { userId: row.id, action: 'login', ip: request.ip });
    return {
      token,
      expiresAt: expiresAt.toISOString(),
      user: publicUser(row),
    } satisfies Session;
  });

  app.post('/auth/logout', { config: { passwordChange: true } }, async (request, reply) => {
    await revokeSession(db.orm, request.token);
    await audit(db.orm, { userId: request.viewer.id, action: 'logout', ip: request.ip });
    return reply.status(204).send();
  });

  app.get('/me', { config: { passwordChange: true } }, async (request) => {
    const user = await findUser(db.orm, request.viewer.id);
    if (!user) throw new HttpProblem(401, 'Tài khoản không còn tồn tại');
    return publicUser(user);
  });

  /** Changing one's own password: the current one is asked (and counted like a sign-in). */
  app.post('/me/password', { config: { passwordChange: true } }, async (request) => {
    const { currentPassword, newPassword } = parseOr400(changePasswordSchema, request.body);
    const [row] = await db.orm.select().from(users).where(eq(users.id, request.viewer.id));
    if (!row) throw new HttpProblem(401, 'Tài khoản không còn tồn tại');
    const admission = await loginGuard.admit(row.username, request.ip);
    if (!admission.admitted) throw new HttpProblem(429, 'Thử sai quá nhiều lần');
    if (!(await hasher.verify(currentPassword, row.passwordHash))) {
      await loginGuard.failed(row.username);
      throw new HttpProblem(400, 'Mật khẩu hiện tại không đúng', undefined, [
        { path: 'currentPassword', message: 'Mật khẩu hiện tại không đúng' },
      ]);
    }
    await loginGuard.succeeded(row.username, request.ip);
    requireUsablePassword(newPassword, row.username, {
      path: 'newPassword',
      title: 'Mật khẩu mới chưa dùng được',
      also: currentPassword === newPassword ? ['Mật khẩu mới phải khác mật khẩu hiện tại'] : [],
    });
    const passwordHash = await hasher.hash(newPassword);
    await db.orm.transaction(async (tx) => {
      await tx
        .update(users)
        .set({ passwordHash, mustChangePassword: false, updatedAt: sql`now()` })
        .where(eq(users.id, row.id));
      // Whoever knew the old password is signed out everywhere but here.
      await revokeUserSessions(tx, row.id, request.token);
      await audit(tx, { userId: row.id, action: 'password-change', ip: request.ip });
    });
    const user = await findUser(db.orm, row.id);
    return user && publicUser(user);
  });

  app.get('/me/sessions', async (request) =>
    listSessions(db.orm, request.viewer.id, request.token),
  );

  app.post('/me/sessions/end', { config: { passwordChange: true } }, async (request, reply) => {
    const { includingThis } = parseOr400(endSessionsSchema, request.body);
    await revokeUserSessions(db.orm, request.viewer.id, includingThis ? undefined : request.token);
    await audit(db.orm, {
      userId: request.viewer.id,
      action: 'sessions-end',
      detail: { includingThis },
      ip: request.ip,
    });
    return reply.status(204).send();
  });
}

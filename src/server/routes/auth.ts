import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { loginSchema } from '../../shared/schemas/user.ts';
import type { AppDeps } from '../app.ts';
import { audit } from '../audit.ts';
import type { LoginLimiter } from '../auth/login-limiter.ts';
import { dummyPasswordHash, verifyPassword } from '../auth/password.ts';
import { createSession, revokeSession } from '../auth/sessions.ts';
import { findUser, publicUser } from '../auth/users.ts';
import { users } from '../db/schema.ts';
import { HttpProblem, parseOr400 } from '../http/problem.ts';

export async function authRoutes(
  app: FastifyInstance,
  { db, config, limiter }: AppDeps & { limiter: LoginLimiter },
) {
  app.post('/auth/login', async (request, reply) => {
    const { username, password } = parseOr400(loginSchema, request.body);
    const wait = limiter.retryAfter(username, request.ip);
    if (wait > 0) {
      void reply.header('retry-after', String(wait));
      throw new HttpProblem(429, 'Đăng nhập sai quá nhiều lần', `try again in ${wait} seconds`);
    }
    const [row] = await db.orm.select().from(users).where(eq(users.username, username));
    // Always spend the same time hashing, so the answer does not reveal whether the user exists.
    const ok = await verifyPassword(
      password,
      row?.passwordHash ?? (await dummyPasswordHash(config.scryptCost)),
    );
    if (!row || !ok || row.disabled) {
      limiter.fail(username, request.ip);
      await audit(db.orm, {
        userId: row?.id ?? null,
        action: 'login-failed',
        detail: { username },
        ip: request.ip,
      });
      throw new HttpProblem(
        401,
        'Sai tên đăng nhập hoặc mật khẩu',
        'check the username and password',
      );
    }
    limiter.succeed(username);
    const { token, expiresAt } = await createSession(db.orm, row.id, config.sessionDays);
    await audit(db.orm, { userId: row.id, action: 'login', ip: request.ip });
    return { token, expiresAt: expiresAt.toISOString(), user: publicUser(row) };
  });

  app.post('/auth/logout', async (request, reply) => {
    await revokeSession(db.orm, request.token);
    await audit(db.orm, { userId: request.viewer.id, action: 'logout', ip: request.ip });
    return reply.status(204).send();
  });

  app.get('/me', async (request) => {
    const user = await findUser(db.orm, request.viewer.id);
    if (!user) throw new HttpProblem(401, 'Tài khoản không còn tồn tại');
    return publicUser(user);
  });
}

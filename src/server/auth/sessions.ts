// Session tokens: 256 random bits handed to the client once; only their SHA-256 is stored.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { sessions, users } from '../db/schema.ts';
import type { UserRow } from './users.ts';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(db: Executor, userId: string, ttlDays: number) {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + ttlDays * 86_400_000);
  await db.insert(sessions).values({ tokenHash: hashToken(token), userId, expiresAt });
  return { token, expiresAt };
}

/**
 * The active user of a token, or undefined. Expiry slides: a session used after half its life is
 * extended, so a collaborator who syncs now and then stays signed in.
 */
export async function userForToken(
  db: Executor,
  token: string,
  ttlDays: number,
): Promise<{ user: UserRow; expiresAt: Date } | undefined> {
  const tokenHash = hashToken(token);
  const [row] = await db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      unitCode: users.unitCode,
      disabled: users.disabled,
      expiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, tokenHash),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, sql`now()`),
        eq(users.disabled, false),
      ),
    );
  if (!row) return undefined;
  const { expiresAt, ...user } = row;
  const ttl = ttlDays * 86_400_000;
  if (expiresAt.getTime() - Date.now() < ttl / 2) {
    const extended = new Date(Date.now() + ttl);
    await db.update(sessions).set({ expiresAt: extended }).where(eq(sessions.tokenHash, tokenHash));
    return { user, expiresAt: extended };
  }
  return { user, expiresAt };
}

export async function revokeSession(db: Executor, token: string) {
  await db
    .update(sessions)
    .set({ revokedAt: sql`now()` })
    .where(eq(sessions.tokenHash, hashToken(token)));
}

export async function revokeUserSessions(db: Executor, userId: string) {
  await db
    .update(sessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
}

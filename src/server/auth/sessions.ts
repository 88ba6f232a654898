// Session tokens: 256 random bits handed to the client once; only their SHA-256 is stored.
import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { sessions, users } from '../db/schema.ts';
import type { SessionInfo } from '../../shared/responses.ts';
import { userColumns, type UserRow } from './users.ts';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Last use is recorded at most this often, so reads do not become writes. */
const TOUCH_MS = 60 * 60_000;

export async function createSession(
  db: Executor,
  userId: string,
  ttlDays: number,
  userAgent: string | undefined,
) {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + ttlDays * 86_400_000);
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    userId,
    expiresAt,
    userAgent: userAgent?.slice(0, 300) ?? null,
  });
  return { token, expiresAt };
}

/** Every request looks its session up: prepared once per connection (db/prepared.ts says why). */
function prepareSessionLookup(db: Executor) {
  return db
    .select({ ...userColumns, expiresAt: sessions.expiresAt, lastUsedAt: sessions.lastUsedAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, sql.placeholder('tokenHash')),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, sql`now()`),
        eq(users.disabled, false),
      ),
    )
    .prepare('session_lookup');
}

const sessionLookups = new WeakMap<Executor, ReturnType<typeof prepareSessionLookup>>();

function sessionLookup(db: Executor) {
  let lookup = sessionLookups.get(db);
  if (!lookup) {
    lookup = prepareSessionLookup(db);
    sessionLookups.set(db, lookup);
  }
  return lookup;
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
  const [row] = await sessionLookup(db).execute({ tokenHash });
  if (!row) return undefined;
  const { expiresAt, lastUsedAt, ...user } = row;
  const ttl = ttlDays * 86_400_000;
  const extend = expiresAt.getTime() - Date.now() < ttl / 2;
  if (extend || Date.now() - lastUsedAt.getTime() > TOUCH_MS) {
    const extended = extend ? new Date(Date.now() + ttl) : expiresAt;
    await db
      .update(sessions)
      .set({ expiresAt: extended, lastUsedAt: sql`now()` })
      .where(eq(sessions.tokenHash, tokenHash));
    return { user, expiresAt: extended };
  }
  return { user, expiresAt };
}

/** Whether a token belonged to an account that has since been disabled (to tell its device why). */
export async function tokenOfDisabledAccount(db: Executor, token: string): Promise<boolean> {
  const [row] = await db
    .select({ disabled: users.disabled })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, hashToken(token)));
  return row?.disabled === true;
}

export async function revokeSession(db: Executor, token: string) {
  await db
    .update(sessions)
    .set({ revokedAt: sql`now()` })
    .where(eq(sessions.tokenHash, hashToken(token)));
}

/** Ends every session of an account, or every one but `keepToken`'s. */
export async function revokeUserSessions(db: Executor, userId: string, keepToken?: string) {
  await db
    .update(sessions)
    .set({ revokedAt: sql`now()` })
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        keepToken ? ne(sessions.tokenHash, hashToken(keepToken)) : undefined,
      ),
    );
}

/** The account's open sessions; each is named by a prefix of its hash, never by its token. */
export async function listSessions(
  db: Executor,
  userId: string,
  currentToken: string,
): Promise<SessionInfo[]> {
  const current = hashToken(currentToken);
  const rows = await db
    .select()
    .from(sessions)
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, sql`now()`),
      ),
    )
    .orderBy(desc(sessions.lastUsedAt));
  return rows.map((row) => ({
    id: row.tokenHash.slice(0, 16),
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    userAgent: row.userAgent,
    current: row.tokenHash === current,
  }));
}

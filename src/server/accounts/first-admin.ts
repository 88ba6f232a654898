// The first administrator (docs/deploy.md § First start). With ADMIN_PASSWORD the account is made
// at the first start; without it the server prints a set-up code, and whoever holds the terminal
// opens the app and creates the administrator in the browser with that code and a password of
// their own. The code is kept as a hash, works once, and only while no administrator exists.
import { createHash, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { PasswordHasher } from '../auth/password.ts';
import type { Executor, Orm } from '../db/client.ts';
import { serverSettings, users } from '../db/schema.ts';

const SETUP_KEY = 'first-admin-setup-code';
const digest = (code: string) => createHash('sha256').update(code.trim().toUpperCase()).digest();

export async function adminExists(db: Executor): Promise<boolean> {
  const existing = await db.execute(sql`SELECT 1 FROM users WHERE role = 'admin' LIMIT 1`);
  return existing.rows.length > 0;
}

/** A fresh set-up code (printed once); the previous one stops working. */
export async function issueSetupCode(db: Orm): Promise<string> {
  const code = Array.from(
    { length: 8 },
    () => 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'[randomInt(31)],
  ).join('');
  const value = { sha256: digest(code).toString('hex') };
  await db
    .insert(serverSettings)
    .values({ key: SETUP_KEY, value })
    .onConflictDoUpdate({ target: serverSettings.key, set: { value, updatedAt: sql`now()` } });
  return code;
}

export async function checkSetupCode(db: Executor, code: string): Promise<boolean> {
  const [row] = await db.select().from(serverSettings).where(eq(serverSettings.key, SETUP_KEY));
  const stored = row?.value['sha256'];
  if (typeof stored !== 'string') return false;
  return timingSafeEqual(Buffer.from(stored, 'hex'), digest(code));
}

export async function createAdmin(
  db: Orm,
  hasher: PasswordHasher,
  input: { username: string; displayName: string; password: string; unitCode: string },
  options: { mustChangePassword: boolean },
): Promise<string | null> {
  const passwordHash = await hasher.hash(input.password);
  return db.transaction(async (tx) => {
    // One administrator made this way, whatever arrives at the same moment.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(7203)`);
    if (await adminExists(tx)) return null;
    const id = randomUUID();
    await tx.insert(users).values({
      id,
      username: input.username,
      displayName: input.displayName,
      role: 'admin',
      unitCode: input.unitCode,
      passwordHash,
      mustChangePassword: options.mustChangePassword,
    });
    await tx.delete(serverSettings).where(eq(serverSettings.key, SETUP_KEY));
    return id;
  });
}

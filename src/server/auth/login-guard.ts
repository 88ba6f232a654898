// Sign-in throttling that holds under parallel requests and across server instances: every attempt
// is counted in the database, atomically, before its password is checked (docs/security.md).
//   - per address: 20 failed attempts in 15 minutes and the address waits;
//   - per account at an address: 5, and that account waits at that address only, so an attacker
//     elsewhere cannot lock its owner out;
//   - per account everywhere: past 5 failures each attempt is answered later and later (at most
//     8 s), slowing a spread-out attack without refusing anyone;
//   - an administrator can clear an account's counts (unlock).
import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';

export interface LoginLimits {
  windowMs: number;
  maxPerAddress: number;
  maxPerAccountAtAddress: number;
  /** Failures of an account (all addresses) after which answers are delayed. */
  delayAfter: number;
  maxDelayMs: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  windowMs: 15 * 60_000,
  maxPerAddress: 20,
  maxPerAccountAtAddress: 5,
  delayAfter: 5,
  maxDelayMs: 8_000,
};

export type Admission =
  { admitted: true; delayMs: number } | { admitted: false; retryAfterS: number };

const addressKey = (address: string) => `a:${address}`;
const accountAtKey = (username: string, address: string) => `u:${username}@${address}`;
const accountKey = (username: string) => `u:${username}`;

export class LoginGuard {
  constructor(
    private readonly db: Executor,
    readonly limits: LoginLimits = DEFAULT_LOGIN_LIMITS,
  ) {}

  /** Adds one to a key's count in the current window and returns the count and window's start. */
  private async count(key: string, by: number) {
    const windowSeconds = this.limits.windowMs / 1000;
    const result = await this.db.execute<{ attempts: number; started: string }>(sql`
      INSERT INTO login_throttle (key, window_start, attempts) VALUES (${key}, now(), ${Math.max(by, 0)})
      ON CONFLICT (key) DO UPDATE SET
        attempts = CASE WHEN login_throttle.window_start < now() - make_interval(secs => ${windowSeconds})
                        THEN ${Math.max(by, 0)} ELSE greatest(login_throttle.attempts + ${by}, 0) END,
        window_start = CASE WHEN login_throttle.window_start < now() - make_interval(secs => ${windowSeconds})
                            THEN now() ELSE login_throttle.window_start END
      RETURNING attempts, (extract(epoch FROM window_start) * 1000)::bigint::text AS started`);
    const row = result.rows[0];
    return { attempts: row?.attempts ?? 0, started: Number(row?.started ?? Date.now()) };
  }

  private retryAfter(started: number): number {
    return Math.max(1, Math.ceil((started + this.limits.windowMs - Date.now()) / 1000));
  }

  /**
   * Reserves an attempt before the password is checked. Counting first is what makes the limit
   * hold when a dozen attempts arrive at once: each sees the count the others left.
   */
  async admit(username: string, address: string): Promise<Admission> {
    const perAddress = await this.count(addressKey(address), 1);
    const perAccount = await this.count(accountAtKey(username, address), 1);
    if (perAddress.attempts > this.limits.maxPerAddress)
      return { admitted: false, retryAfterS: this.retryAfter(perAddress.started) };
    if (perAccount.attempts > this.limits.maxPerAccountAtAddress)
      return { admitted: false, retryAfterS: this.retryAfter(perAccount.started) };
    const failures = (await this.count(accountKey(username), 0)).attempts;
    const over = failures - this.limits.delayAfter;
    return {
      admitted: true,
      delayMs: over > 0 ? Math.min(250 * 2 ** Math.min(over, 10), this.limits.maxDelayMs) : 0,
    };
  }

  /** A wrong password: the account's count everywhere grows (the reserved attempts stay). */
  async failed(username: string): Promise<void> {
    await this.count(accountKey(username), 1);
  }

  /** The right password: this attempt did not fail, so it leaves the counts as they were. */
  async succeeded(username: string, address: string): Promise<void> {
    await this.count(addressKey(address), -1);
    await this.db.execute(
      sql`DELETE FROM login_throttle WHERE key IN (${accountAtKey(username, address)}, ${accountKey(username)})`,
    );
  }

  /** An administrator lifts every wait on an account. */
  async unlock(username: string): Promise<void> {
    await this.db.execute(
      sql`DELETE FROM login_throttle WHERE key = ${accountKey(username)} OR key LIKE ${`${accountKey(username).replace(/[\\%_]/g, '\\$&')}@%`}`,
    );
  }
}

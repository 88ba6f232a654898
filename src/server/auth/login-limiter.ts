// Counts failed sign-ins per account and per address in a sliding window; past the limit,
// further attempts are refused (429) until the window moves on. In memory: one server process.

export interface LimiterOptions {
  windowMs: number;
  maxPerAccount: number;
  maxPerAddress: number;
}

export const DEFAULT_LIMITS: LimiterOptions = {
  windowMs: 15 * 60_000,
  maxPerAccount: 5,
  maxPerAddress: 20,
};

export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly options: LimiterOptions = DEFAULT_LIMITS) {}

  /** Seconds to wait before another attempt, or 0 when allowed. */
  retryAfter(username: string, address: string, now = Date.now()): number {
    const account = this.recent(`u:${username}`, now);
    const ip = this.recent(`a:${address}`, now);
    const blocked = [
      account.length >= this.options.maxPerAccount ? account : null,
      ip.length >= this.options.maxPerAddress ? ip : null,
    ].filter((times): times is number[] => times !== null);
    if (blocked.length === 0) return 0;
    const oldest = Math.max(...blocked.map((times) => times[0] ?? now));
    return Math.max(1, Math.ceil((oldest + this.options.windowMs - now) / 1000));
  }

  fail(username: string, address: string, now = Date.now()) {
    for (const key of [`u:${username}`, `a:${address}`])
      this.failures.set(key, [...this.recent(key, now), now]);
  }

  succeed(username: string) {
    this.failures.delete(`u:${username}`);
  }

  private recent(key: string, now: number): number[] {
    const times = (this.failures.get(key) ?? []).filter(
      (time) => time > now - this.options.windowMs,
    );
    if (times.length === 0) this.failures.delete(key);
    return times;
  }
}

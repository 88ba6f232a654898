// scrypt at one of OWASP's recommended strengths: N=2^15, r=8, p=3, which OWASP rates equal to
// N=2^17, r=8, p=1 but which takes 32 MB a hash instead of 128 MB (a small server's memory). The
// parameters are stored with each hash, so hashes made at another strength still verify.
import pLimit, { type LimitFunction } from 'p-limit';
import {
  randomBytes,
  scrypt as scryptCallback,
  timingSafeEqual,
  type ScryptOptions,
} from 'node:crypto';

const scrypt = (password: string, salt: Buffer, length: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scryptCallback(password, salt, length, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

export const OWASP_COST: ScryptCost = { N: 2 ** 15, r: 8, p: 3 };
const KEY_LENGTH = 32;

const maxmem = (cost: ScryptCost) => 128 * cost.N * cost.r * cost.p + 16 * 1024 * 1024;

export async function hashPassword(
  password: string,
  cost: ScryptCost = OWASP_COST,
): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password.normalize('NFC'), salt, KEY_LENGTH, {
    ...cost,
    maxmem: maxmem(cost),
  });
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join(
    '$',
  );
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  const expected = Buffer.from(key, 'base64');
  const actual = await scrypt(
    password.normalize('NFC'),
    Buffer.from(salt, 'base64'),
    expected.length,
    {
      ...cost,
      maxmem: maxmem(cost),
    },
  );
  return timingSafeEqual(actual, expected);
}

/**
 * Hashing with a bound on how many run at once: one scrypt at OWASP strength takes 32 MB, so a
 * burst of sign-ins would otherwise multiply the server's memory. The rest wait their turn; past
 * `maxWaiting` the server says it is busy (503 with Retry-After) instead of queueing forever.
 */
export class PasswordHasher {
  private readonly limit: LimitFunction;
  private dummy: Promise<string> | undefined;

  constructor(
    readonly cost: ScryptCost = OWASP_COST,
    concurrency = 2,
    private readonly maxWaiting = 64,
  ) {
    this.limit = pLimit(concurrency);
  }

  /** Hashes being computed now. */
  get running(): number {
    return this.limit.activeCount;
  }

  private run<T>(work: () => Promise<T>): Promise<T> {
    if (this.limit.pendingCount >= this.maxWaiting) {
      return Promise.reject(new ServerBusy());
    }
    return this.limit(work);
  }

  hash(password: string): Promise<string> {
    return this.run(() => hashPassword(password, this.cost));
  }

  verify(password: string, stored: string): Promise<boolean> {
    return this.run(() => verifyPassword(password, stored));
  }

  /** A hash to compare against when the user does not exist, so timing does not reveal usernames. */
  dummyHash(): Promise<string> {
    this.dummy ??= hashPassword('not-a-real-password', this.cost);
    return this.dummy;
  }
}

/** Too many hashes waiting: answered 503 with Retry-After. */
export class ServerBusy extends Error {
  constructor() {
    super('too many sign-ins at once');
  }
}

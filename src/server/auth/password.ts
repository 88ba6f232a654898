// scrypt at OWASP's recommended strength (N=2^17, r=8, p=1). The parameters are stored with each
// hash, so a later change of strength still verifies old hashes.
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

export const OWASP_COST: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };
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

/** A hash to compare against when the user does not exist, so timing does not reveal usernames. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(cost: ScryptCost = OWASP_COST): Promise<string> {
  dummyHash ??= hashPassword('not-a-real-password', cost);
  return dummyHash;
}

// A password a manager reads out over the phone: 12 letters and digits that cannot be mistaken for
// one another (no 0/O, 1/l/I), 67 bits of randomness; it works once, to choose a new password.
import { randomInt } from 'node:crypto';

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export function oneTimePassword(): string {
  const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}-${chars.slice(8).join('')}`;
}

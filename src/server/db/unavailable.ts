// Errors that mean "the database cannot be reached right now" (a restart, a dropped connection), as
// opposed to a fault in the request. The API answers them with 503 and Retry-After, so that devices
// retry later instead of treating the server as broken.
import { propertyOf } from '../../shared/property.ts';

// Network errors from node's sockets, and PostgreSQL's connection-exception and operator-intervention
// classes (08xxx, 57P01–57P03: admin shutdown, crash shutdown, cannot connect now).
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);

// node-postgres reports a socket closed under a query, or a query on a closed client, by message only.
const UNAVAILABLE_MESSAGES = [/Connection terminated/i, /is not queryable/i];

export function isDatabaseUnavailable(error: unknown): boolean {
  // Drizzle wraps the driver's error in `cause`; follow the chain a few steps.
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth++) {
    const code = propertyOf(current, 'code');
    const message = propertyOf(current, 'message');
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
    if (
      typeof message === 'string' &&
      UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))
    )
      return true;
    current = propertyOf(current, 'cause');
  }
  return false;
}

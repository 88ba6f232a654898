import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './unavailable.ts';

function wrapped(cause: unknown) {
  // The shape drizzle-orm gives a failed query: its own error, the driver's as `cause`.
  return Object.assign(new Error('Failed query: SELECT 1'), { cause });
}

describe('isDatabaseUnavailable', () => {
  it('recognises a restart or lost connection, also wrapped by the ORM', () => {
    expect(
      isDatabaseUnavailable(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' })),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(
        wrapped(Object.assign(new Error('terminating connection'), { code: '57P01' })),
      ),
    ).toBe(true);
    expect(isDatabaseUnavailable(wrapped(new Error('Connection terminated unexpectedly')))).toBe(
      true,
    );
    // A transaction's ROLLBACK on the dead connection replaces the original error.
    expect(isDatabaseUnavailable(new Error('Client was closed and is not queryable'))).toBe(true);
  });

  it('does not excuse faults of the request or of the data', () => {
    expect(isDatabaseUnavailable(wrapped(Object.assign(new Error('dup'), { code: '23505' })))).toBe(
      false,
    );
    expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});

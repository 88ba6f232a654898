import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { lockKey } from './versions.ts';

describe('lockKey', () => {
  it('gives one record the same key on every call and every server', () => {
    const id = randomUUID();
    expect(lockKey('recommendation', id)).toBe(lockKey('recommendation', id));
  });

  it('keeps records apart: 100,000 ids and the same id under another entity never share a key', () => {
    const keys = new Set<bigint>();
    const ids = Array.from({ length: 100_000 }, () => randomUUID());
    for (const id of ids) keys.add(lockKey('recommendation', id));
    expect(keys.size).toBe(ids.length);
    expect(lockKey('forum', ids[0] ?? '')).not.toBe(lockKey('recommendation', ids[0] ?? ''));
    // Ids that differ in one character, as codes of units and plans do.
    expect(lockKey('unit', 'kon-tum/dak-to')).not.toBe(lockKey('unit', 'kon-tum/dak-tO'));
  });

  it('stays within a signed 64-bit integer, as pg_advisory_xact_lock takes', () => {
    for (let index = 0; index < 1000; index++) {
      const key = lockKey('forum', randomUUID());
      expect(key).toBeGreaterThanOrEqual(-(2n ** 63n));
      expect(key).toBeLessThan(2n ** 63n);
    }
  });
});

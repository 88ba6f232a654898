import { describe, expect, it } from 'vitest';
import { oneOf } from './one-of.ts';

describe('oneOf', () => {
  it('gives back a member of the list, and nothing for anything else', () => {
    const levels = ['commune', 'district', 'province'] as const;
    expect(oneOf(levels, 'district')).toBe('district');
    expect(oneOf(levels, 'District')).toBeUndefined();
    expect(oneOf(levels, '')).toBeUndefined();
    expect(oneOf(levels, 2)).toBeUndefined();
  });
});

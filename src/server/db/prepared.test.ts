import { describe, expect, it } from 'vitest';
import { MAX_PREPARED, preparedName } from './prepared.ts';

describe('preparedName', () => {
  it('names one text once, and stops minting names for statements whose text keeps changing', () => {
    const first = preparedName('SELECT 1');
    expect(first).toBeDefined();
    expect(preparedName('SELECT 1')).toBe(first);
    // A statement spelling its data into its text would mint a name per call: it is capped.
    const names = Array.from({ length: MAX_PREPARED + 10 }, (_, index) =>
      preparedName(`SELECT ${index + 2}`),
    );
    expect(new Set(names.filter(Boolean)).size).toBe(MAX_PREPARED - 1);
    expect(names.at(-1)).toBeUndefined();
    expect(preparedName('SELECT 1')).toBe(first);
  });
});

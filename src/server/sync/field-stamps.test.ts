import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactFields, expandFields } from './field-stamps.ts';

describe('stored field stamps', () => {
  it('names a stamp shared by every field once, and the fields that differ', () => {
    const data = { text: 'Đề nghị', year: 2023, kind: 'recommendation' };
    const stamps = { text: 'b', year: 'a', kind: 'a' };
    const stored = compactFields(stamps, data);
    expect(stored).toEqual({ '': 'a', text: 'b' });
    expect(expandFields(stored, data)).toEqual(stamps);
  });

  it('keeps the full form when the stamped fields are not the data fields', () => {
    // A field written without a stamp (an old migration) must still read as unstamped.
    const data = { text: 'x', validFrom: null };
    expect(compactFields({ text: 'a' }, data)).toEqual({ text: 'a' });
    expect(compactFields({ text: 'a', year: 'a' }, null)).toEqual({ text: 'a', year: 'a' });
    expect(expandFields({ text: 'a' }, data)).toEqual({ text: 'a' });
  });

  it('gives back exactly what it was given, for any stamps and versions', () => {
    const field = fc.constantFrom('text', 'year', 'kind', 'constructor', 'toString', 'unitCode');
    fc.assert(
      fc.property(
        fc.dictionary(field, fc.constantFrom(1, 2, 3)),
        fc.dictionary(field, fc.constantFrom('s1', 's2')),
        fc.boolean(),
        (versions, stamps, stampsMatchData) => {
          const data = Object.fromEntries(
            Object.keys(stampsMatchData ? stamps : versions).map((key) => [key, 0]),
          );
          expect(expandFields(compactFields(stamps, data), data)).toEqual(stamps);
          expect(expandFields(compactFields(versions, data), data)).toEqual(versions);
        },
      ),
    );
  });
});

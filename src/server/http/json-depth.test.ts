import { describe, expect, it } from 'vitest';
import { jsonDepth } from './json-depth.ts';

describe('jsonDepth', () => {
  it('counts objects and arrays, not brackets inside strings', () => {
    expect(jsonDepth('{"a":[1,{"b":2}]}')).toBe(3);
    expect(jsonDepth('{"a":"[[[[{{{{"}')).toBe(1);
    expect(jsonDepth('{"a":"\\"[[["}')).toBe(1);
    // An escaped backslash ends before the quote, which then closes the string.
    expect(jsonDepth('{"a":"\\\\","b":[[1]]}')).toBe(3);
    expect(jsonDepth('{"a":"\\\\\\"[[","b":[1]}')).toBe(2);
    // An unclosed string hides what follows it; the parser refuses the text anyway.
    expect(jsonDepth('["[[[')).toBe(1);
    expect(jsonDepth('[]')).toBe(1);
    expect(jsonDepth('42')).toBe(0);
  });

  it('measures a hostile body without recursion', () => {
    expect(jsonDepth('['.repeat(100_000) + ']'.repeat(100_000))).toBe(100_000);
  });
});

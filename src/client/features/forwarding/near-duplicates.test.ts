import { describe, expect, it } from 'vitest';
import { nearDuplicates, similarity } from './near-duplicates.ts';

describe('near duplicates', () => {
  it('finds the same wish in other words, with or without diacritics', () => {
    expect(
      similarity(
        'Đề nghị xây rào chắn ở bờ sông gần trường học',
        'Kiến nghị xây rào chắn bờ sông gần truong hoc',
      ),
    ).toBeGreaterThanOrEqual(0.5);
  });
  it('does not match different wishes that share only common words', () => {
    expect(
      similarity('Trẻ em cần được học bơi', 'Trẻ em cần được bảo vệ trên mạng xã hội'),
    ).toBeLessThan(0.5);
  });
  it('pairs only recommendations of the same theme', () => {
    const pairs = nearDuplicates([
      { id: 'a', themeCode: 'injury', text: 'Xây rào chắn bờ sông' },
      { id: 'b', themeCode: 'injury', text: 'Xây rào chắn ở bờ sông' },
      { id: 'c', themeCode: 'online', text: 'Xây rào chắn bờ sông' },
    ]);
    expect(pairs.get('a')).toEqual(['b']);
    expect(pairs.get('b')).toEqual(['a']);
    expect(pairs.has('c')).toBe(false);
  });
});

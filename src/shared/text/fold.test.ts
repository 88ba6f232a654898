import { describe, expect, it } from 'vitest';
import { fold, searchWords } from './fold.ts';

describe('fold', () => {
  it('finds "diễn đàn" from "dien dan" and "đ" from "d"', () => {
    expect(fold('Diễn Đàn trẻ em')).toBe('dien dan tre em');
    expect(fold('Đắk Hà')).toBe('dak ha');
  });
  it('splits into distinct words', () => {
    expect(searchWords('Trẻ em, trẻ em!', null, "Ia H'Drai")).toEqual([
      'tre',
      'em',
      'ia',
      'h',
      'drai',
    ]);
  });
});

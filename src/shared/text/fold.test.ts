import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldByNormalizing, searchWords } from './fold.ts';

const VIETNAMESE =
  'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ';

describe('fold', () => {
  it('finds "diễn đàn" from "dien dan" and "đ" from "d"', () => {
    expect(fold('Diễn Đàn trẻ em')).toBe('dien dan tre em');
    expect(fold('Đắk Hà')).toBe('dak ha');
  });
  it('folds character by character exactly as normalising the whole text does', () => {
    const letters = Array.from(VIETNAMESE + VIETNAMESE.toUpperCase() + " '-1");
    const letter = fc.constantFrom(...letters);
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: letter }), fc.string({ unit: 'grapheme' }), fc.string()),
        (text) => {
          expect(fold(text)).toBe(foldByNormalizing(text));
          // Text typed with combining marks (decomposed) folds as the composed form does.
          expect(fold(text.normalize('NFD'))).toBe(foldByNormalizing(text));
        },
      ),
      { numRuns: 2000 },
    );
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

import { describe, expect, it } from 'vitest';
import { inRunningText, placeName, viNumber } from './unit-names.ts';

describe('unit names in documents', () => {
  it.each([
    ["Huyện Ia H'Drai", "huyện Ia H'Drai"],
    ['Thành phố Kon Tum', 'thành phố Kon Tum'],
    ['Xã Đăk Ruồng', 'xã Đăk Ruồng'],
    ['Đặc khu Lý Sơn', 'đặc khu Lý Sơn'],
    ['Thị trấn Đắk Hà', 'thị trấn Đắk Hà'],
    ['Kon Tum', 'Kon Tum'],
  ])('writes %s as %s in running text', (name, expected) => {
    expect(inRunningText(name)).toBe(expected);
  });

  it('takes the place of a date line from the name', () => {
    expect(placeName('Huyện Kon Rẫy')).toBe('Kon Rẫy');
    expect(placeName('Thành phố Kon Tum')).toBe('Kon Tum');
  });

  it('groups thousands with a dot', () => {
    expect(viNumber(12345)).toBe('12.345');
  });
});

import { describe, expect, it } from 'vitest';
import { propertyOf } from './property.ts';

describe('propertyOf', () => {
  it('reads own and inherited properties, and nothing from what is not an object', () => {
    const error = Object.assign(new TypeError('boom'), { code: '57P01' });
    expect(propertyOf(error, 'code')).toBe('57P01');
    expect(propertyOf(error, 'name')).toBe('TypeError');
    expect(propertyOf(error, 'missing')).toBeUndefined();
    expect(propertyOf(null, 'code')).toBeUndefined();
    expect(propertyOf('text', 'length')).toBeUndefined();
  });
});

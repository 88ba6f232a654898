/**
 * A property of a value whose shape is not known (an error from a driver, JSON stored as is), read as
 * `unknown` for the caller to check: no cast, and nothing assumed about the value.
 */
export function propertyOf(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
}

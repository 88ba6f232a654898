// Text PostgreSQL will store: lone surrogates and NUL bytes become U+FFFD. Used where the server
// keeps input it has refused (rejections), which the schemas have not cleaned.
export const storable = (text: string) => text.toWellFormed().replaceAll('\u0000', '\uFFFD');

/** `storable` for every string and key of a JSON value. */
export function wellFormedJson(value: unknown): unknown {
  if (typeof value === 'string') return storable(value);
  if (Array.isArray(value)) return value.map(wellFormedJson);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [storable(key), wellFormedJson(inner)]),
    );
  }
  return value;
}

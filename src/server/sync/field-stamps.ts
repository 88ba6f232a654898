// A record's per-field stamps and versions as stored. Most records carry one stamp and one version
// on every field (made in one change, or changed whole), so the stored form names the commonest
// value once, under the key "", and lists only the fields that differ. Without it the stamps and
// versions were twice the size of the record itself, and writing them took half of a push
// (docs/performance.md). Only the server reads them: merge.ts sees the full form.

const COMMON = '';

/**
 * The stored form of `values`: compact when its fields are exactly the data's fields (so reading it
 * back can tell which fields have a value), the full form otherwise (a deleted record, or a field
 * written without a stamp before stamps were kept).
 */
export function compactFields<T extends string | number>(
  values: Readonly<Record<string, T>>,
  data: Readonly<Record<string, unknown>> | null,
): Record<string, T> {
  const entries = Object.entries(values);
  if (!data || entries.length < 2 || !sameKeys(entries, data)) return { ...values };
  const common = commonest(entries.map(([, value]) => value));
  if (common === undefined) return { ...values };
  const stored: Record<string, T> = { [COMMON]: common };
  for (const [field, value] of entries) if (value !== common) stored[field] = value;
  return stored;
}

/** The full form of what `compactFields` stored (the full form itself comes back unchanged). */
export function expandFields<T extends string | number>(
  stored: Readonly<Record<string, T>>,
  data: Readonly<Record<string, unknown>> | null,
): Record<string, T> {
  const common = Object.hasOwn(stored, COMMON) ? stored[COMMON] : undefined;
  if (common === undefined) return { ...stored };
  const values: Record<string, T> = {};
  for (const field of Object.keys(data ?? {}))
    values[field] = (Object.hasOwn(stored, field) ? stored[field] : undefined) ?? common;
  return values;
}

function sameKeys(entries: [string, unknown][], data: Readonly<Record<string, unknown>>): boolean {
  return (
    entries.length === Object.keys(data).length &&
    entries.every(([field]) => field !== COMMON && Object.hasOwn(data, field))
  );
}

function commonest<T>(values: T[]): T | undefined {
  // Most often every field has the same value: one pass tells.
  const first = values[0];
  if (values.every((value) => value === first)) return first;
  const counts = new Map<T, number>();
  let best: T | undefined;
  let bestCount = 0;
  for (const value of values) {
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (count > bestCount) [best, bestCount] = [value, count];
  }
  return best;
}

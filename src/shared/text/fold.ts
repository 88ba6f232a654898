/**
 * Folds Vietnamese text for search: lower case, no diacritics, đ → d. "Đắk Hà" → "dak ha".
 */
export function fold(input: string): string {
  return input
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'd')
    .toLowerCase();
}

/** Distinct folded words of a text, for a multi-entry search index. */
export function searchWords(...parts: (string | null | undefined)[]): string[] {
  const words = new Set<string>();
  for (const part of parts) {
    if (!part) continue;
    for (const word of fold(part).split(/[^\p{L}\p{N}]+/u)) if (word) words.add(word);
  }
  return [...words];
}

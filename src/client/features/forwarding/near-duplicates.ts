// Children at different communes often say the same thing in different words. Two recommendations
// on the same theme whose words overlap enough are offered for merging; staff decide.
import { searchWords } from '../../../shared/text/fold.ts';

/** Words too common in recommendations to tell two apart. */
const COMMON = new Set([
  'tre',
  'em',
  'cac',
  'cua',
  'va',
  'cho',
  'de',
  'co',
  'duoc',
  'nguoi',
  'can',
  'nhieu',
  'hon',
  'de',
  'nghi',
  'kien',
  'o',
  'la',
  'trong',
  'voi',
  'khong',
]);

const THRESHOLD = 0.5;

function meaningfulWords(text: string): Set<string> {
  return new Set(searchWords(text).filter((word) => !COMMON.has(word) && word.length > 1));
}

export function similarity(a: string, b: string): number {
  const left = meaningfulWords(a);
  const right = meaningfulWords(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared += 1;
  return shared / (left.size + right.size - shared);
}

/** For each id, the other ids on the same theme that read nearly the same. */
export function nearDuplicates(
  items: { id: string; themeCode: string; text: string }[],
): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [index, item] of items.entries()) {
    for (const other of items.slice(index + 1)) {
      if (other.themeCode !== item.themeCode) continue;
      if (similarity(item.text, other.text) < THRESHOLD) continue;
      found.set(item.id, [...(found.get(item.id) ?? []), other.id]);
      found.set(other.id, [...(found.get(other.id) ?? []), item.id]);
    }
  }
  return found;
}

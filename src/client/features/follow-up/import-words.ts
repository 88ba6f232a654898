// The words offices write in an earlier year's spreadsheet, read without diacritics: kind, answer,
// level and theme (by number, code or title).
import type { Level } from '../../../shared/schemas/fields.ts';
import type { Plan } from '../../../shared/schemas/plan.ts';
import type { RecommendationKind, ResponseStatus } from '../../../shared/schemas/recommendation.ts';
import type { Unit } from '../../../shared/schemas/unit.ts';
import { fold } from '../../../shared/text/fold.ts';

export function kindOf(value: string): RecommendationKind | undefined {
  const folded = fold(value);
  if (folded === '' || folded.startsWith('kien nghi')) return 'recommendation';
  if (folded.startsWith('sang kien')) return 'initiative';
  if (folded.startsWith('thong diep')) return 'message';
  return undefined;
}

export function statusOf(value: string): ResponseStatus | undefined {
  const folded = fold(value);
  if (folded === '' || folded.startsWith('chua co')) return 'pending';
  // "đang" folds to "dang", which also starts with "da": test it first.
  if (folded.startsWith('dang')) return 'in-progress';
  if (folded.startsWith('da')) return 'implemented';
  if (folded.startsWith('chua the') || folded.startsWith('khong')) return 'not-possible';
  return undefined;
}

const LEVEL_WORDS: [string, Level][] = [
  ['xa', 'commune'],
  ['huyen', 'district'],
  ['tinh', 'province'],
  ['quoc gia', 'national'],
  ['trung uong', 'national'],
];

export function levelOf(value: string, unitLevel: Unit['level'] | undefined): Level | undefined {
  const folded = fold(value).replace(/^cap\s*/, '');
  if (folded === '') return unitLevel;
  return LEVEL_WORDS.find(([word]) => folded.startsWith(word))?.[1];
}

/** A theme by its number in the plan ("2"), its code or its title, in that year's plan or the newest. */
export function themeOf(
  value: string,
  year: number,
  plans: Pick<Plan, 'year' | 'themes'>[],
): string | undefined {
  const plan = plans.find((p) => p.year === year) ?? plans[0];
  if (!plan) return undefined;
  const folded = fold(value);
  if (folded === '') return undefined;
  const number = /^\d+$/.test(folded) ? Number(folded) : NaN;
  if (number >= 1 && number <= plan.themes.length) return plan.themes[number - 1]?.code;
  return plan.themes.find(
    (theme) =>
      theme.code === value || fold(theme.title) === folded || fold(theme.title).includes(folded),
  )?.code;
}

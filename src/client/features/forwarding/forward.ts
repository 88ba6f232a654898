// Forwarding to the next level: each chosen recommendation becomes one at the target level (or
// several merge into one), keeping the ids of its sources; the sources are marked as forwarded.
// All of it is one transaction, so a forward is never half done.
import type { Level } from '../../../shared/schemas/fields.ts';
import { NOT_YET_ANSWERED, type Recommendation } from '../../../shared/schemas/recommendation.ts';
import type { AppDatabase } from '../../runtime.ts';
import type { EntityRows } from '../../db/schema.ts';
import { saveMany } from '../../db/write.ts';

type Row = EntityRows['recommendation'];

export const NEXT_LEVEL: Partial<Record<Level, Level>> = {
  commune: 'district',
  district: 'province',
  province: 'national',
};

export class MixedThemesError extends Error {
  constructor() {
    super('Chỉ gộp được các ý kiến cùng chủ đề.');
  }
}

function forwarded(
  source: Row,
  target: Level,
  unitCode: string,
  sourceIds: string[],
  text: string,
): Recommendation {
  return {
    planId: source.planId,
    forumId: null,
    unitCode,
    level: target,
    year: source.year,
    themeCode: source.themeCode,
    kind: source.kind,
    text,
    addressee: source.addressee,
    speakerAgeBand: null,
    speakerGender: null,
    ...NOT_YET_ANSWERED,
    sourceIds,
  };
}

/**
 * Forwards `sources` to `target` on behalf of `unitCode`. With `mergedText`, they become one
 * recommendation with that text; otherwise one each. Returns the new records' ids.
 */
export async function forwardRecommendations(
  database: AppDatabase,
  sources: Row[],
  target: Level,
  unitCode: string,
  mergedText?: string,
): Promise<string[]> {
  const first = sources[0];
  if (!first) return [];
  if (mergedText !== undefined && sources.some((s) => s.themeCode !== first.themeCode))
    throw new MixedThemesError();
  const created =
    mergedText !== undefined
      ? [
          {
            id: crypto.randomUUID(),
            values: forwarded(
              first,
              target,
              unitCode,
              sources.map((s) => s.id),
              mergedText.trim(),
            ),
          },
        ]
      : sources.map((source) => ({
          id: crypto.randomUUID(),
          values: forwarded(source, target, unitCode, [source.id], source.text),
        }));
  const marked = sources.map((source) => ({ id: source.id, values: { forwardedTo: target } }));
  await saveMany(database, 'recommendation', [...created, ...marked]);
  return created.map((item) => item.id);
}

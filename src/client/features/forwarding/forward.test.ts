import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recommendationData } from '../../../shared/testing/fixtures.ts';
import { AppDatabase } from '../../db/db.ts';
import { saveRecord } from '../../db/write.ts';
import { forwardRecommendations, MixedThemesError } from './forward.ts';

let database: AppDatabase;
beforeEach(() => {
  database = new AppDatabase(`forward-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await database.delete();
});

async function commune(text: string, unitCode: string, themeCode = 'violence-abuse') {
  const id = crypto.randomUUID();
  await saveRecord(
    database,
    'recommendation',
    id,
    recommendationData(unitCode, { text, themeCode }),
  );
  return (await database.recommendations.get(id))!;
}

describe('forwardRecommendations', () => {
  it('merges near-duplicates into one at the next level, keeping every source', async () => {
    const a = await commune('Xây rào chắn bờ sông', 'dak-ha/ha-mon');
    const b = await commune('Làm rào bờ sông gần trường', 'dak-ha/dak-mar');
    const [id] = await forwardRecommendations(
      database,
      [a, b],
      'province',
      'dak-ha',
      'Xây rào chắn bờ sông gần trường',
    );
    const merged = await database.recommendations.get(id!);
    expect(merged).toMatchObject({
      level: 'province',
      unitCode: 'dak-ha',
      text: 'Xây rào chắn bờ sông gần trường',
      sourceIds: [a.id, b.id],
      responseStatus: 'pending',
      speakerAgeBand: null,
    });
    expect((await database.recommendations.get(a.id))?.forwardedTo).toBe('province');
    expect((await database.recommendations.get(b.id))?.forwardedTo).toBe('province');
    const queued = await database.outbox.toArray();
    expect(queued.map((entry) => entry.recordId)).toEqual(expect.arrayContaining([id, a.id, b.id]));
  });

  it('forwards each one separately when not merging', async () => {
    const a = await commune('Một', 'dak-ha/ha-mon');
    const b = await commune('Hai', 'dak-ha/ha-mon');
    const ids = await forwardRecommendations(database, [a, b], 'province', 'dak-ha');
    const created = await database.recommendations.bulkGet(ids);
    expect(created.map((r) => [r?.text, r?.sourceIds])).toEqual([
      ['Một', [a.id]],
      ['Hai', [b.id]],
    ]);
  });

  it('refuses to merge across themes and changes nothing', async () => {
    const a = await commune('Một', 'dak-ha/ha-mon', 'violence-abuse');
    const b = await commune('Hai', 'dak-ha/ha-mon', 'online-safety');
    const before = await database.recommendations.count();
    await expect(
      forwardRecommendations(database, [a, b], 'province', 'dak-ha', 'Gộp'),
    ).rejects.toThrow(MixedThemesError);
    expect(await database.recommendations.count()).toBe(before);
    expect((await database.recommendations.get(a.id))?.forwardedTo).toBeNull();
  });
});

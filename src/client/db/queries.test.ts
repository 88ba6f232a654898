import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recommendationData } from '../../shared/testing/fixtures.ts';
import { AppDatabase } from './db.ts';
import {
  latest,
  recommendationsOfYear,
  recommendationsUpTo,
  recommendationYears,
  nextBatch,
  search,
} from './queries.ts';
import { indexWords } from './search-index.ts';
import { saveRecord } from './write.ts';

const COMMUNE = 'ia-h-drai/ia-dom';
const database = new AppDatabase(`queries-${randomUUID()}`);
const texts = [
  'Đề nghị tổ chức diễn đàn trẻ em ở thôn Đăk Xú',
  'Dạy bơi cho trẻ em để phòng đuối nước',
  'Lắp đèn đường gần trường học',
  'Diễn đàn trực tuyến về an toàn trên mạng',
];

beforeAll(async () => {
  for (const text of texts) {
    await saveRecord(
      database,
      'recommendation',
      randomUUID(),
      recommendationData(COMMUNE, { text }),
    );
    // Distinct save times, so "latest first" has one right answer.
    await new Promise((resolve) => setTimeout(resolve, 3));
  }
});
afterAll(() => database.delete());

describe('search', () => {
  it('ignores diacritics and case: "dien dan" finds "diễn đàn", "dak xu" finds "Đăk Xú"', async () => {
    const found = await search(database, 'recommendation', 'dien dan');
    expect(found.map((row) => row.text).sort()).toEqual([texts[0], texts[3]].sort());
    expect((await search(database, 'recommendation', 'DAK XU')).map((row) => row.text)).toEqual([
      texts[0],
    ]);
  });

  it('matches word beginnings, needs every word, and finds nothing for an empty query', async () => {
    expect((await search(database, 'recommendation', 'duoi')).map((row) => row.text)).toEqual([
      texts[1],
    ]);
    expect(await search(database, 'recommendation', 'duoi mang')).toEqual([]);
    expect(await search(database, 'recommendation', '  ,. ')).toEqual([]);
  });

  it('finds a match far down the index, past the first batch of candidates', async () => {
    // 1,200 records begin a word with "truong", one in three also "hoc"; the only one that also
    // says "kpa" comes last.
    const many = new AppDatabase(`queries-many-${randomUUID()}`);
    try {
      const rows = Array.from({ length: 1_200 }, (_, index) => ({
        id: `r${String(index).padStart(5, '0')}`,
        ...recommendationData(COMMUNE, {
          text:
            index === 1_199
              ? 'Trường làng Kpă'
              : `Trường ${index % 3 === 0 ? 'học' : 'làng'} số ${index}`,
        }),
      }));
      await many.recommendations.bulkPut(
        rows.map((row) => ({ ...row, _version: 0, _updatedAt: 0, _state: 'synced' as const })),
      );
      await indexWords(
        many,
        'recommendation',
        rows.map(({ id, ...data }) => ({ id, data })),
      );
      expect((await search(many, 'recommendation', 'truong kpa')).map((row) => row.id)).toEqual([
        'r01199',
      ]);
      expect(await search(many, 'recommendation', 'truong', 50)).toHaveLength(50);
      // The first 100 candidates hold 34 with "hoc": the second read takes enough for 50.
      const schools = await search(many, 'recommendation', 'truong hoc', 50);
      expect(schools).toHaveLength(50);
      expect(schools.every((row) => row.text.includes('học'))).toBe(true);
    } finally {
      await many.delete();
    }
  });

  it('reads enough candidates the second time for the share that matched the first', () => {
    expect(nextBatch(50, 100, 40)).toBe(157);
    expect(nextBatch(50, 100, 0)).toBe(400);
    expect(nextBatch(50, 100, 1)).toBe(800);
  });

  it('lists the latest first', async () => {
    const rows = await latest(database.recommendations, 2);
    expect(rows.map((row) => row.text)).toEqual([texts[3], texts[2]]);
  });
});

describe('recommendations by year', () => {
  it('answers a year, the years up to one, and which years there are, from the year-and-theme index', async () => {
    const years = new AppDatabase(`years-${randomUUID()}`);
    const saved: Record<number, string[]> = { 2023: [], 2024: [], 2025: [] };
    for (const [year, themeCode] of [
      [2023, 'injury-accident'],
      [2024, 'online-safety'],
      [2024, 'injury-accident'],
      [2025, 'online-safety'],
    ] as const) {
      const id = randomUUID();
      await saveRecord(
        years,
        'recommendation',
        id,
        recommendationData(COMMUNE, { year, themeCode }),
      );
      saved[year]?.push(id);
    }
    const ids = async (rows: Promise<string[]>) => (await rows).sort();
    expect(await ids(recommendationsOfYear(years, 2024).primaryKeys())).toEqual(
      [...(saved[2024] ?? [])].sort(),
    );
    expect(await ids(recommendationsUpTo(years, 2024).primaryKeys())).toEqual(
      [...(saved[2023] ?? []), ...(saved[2024] ?? [])].sort(),
    );
    expect(await recommendationYears(years)).toEqual([2023, 2024, 2025]);
    await years.delete();
  });
});

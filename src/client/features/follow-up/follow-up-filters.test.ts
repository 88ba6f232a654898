import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recommendationData } from '../../../shared/testing/fixtures.ts';
import { AppDatabase } from '../../db/db.ts';
import { COUNT_CAP, findForFollowUp, NO_FILTER } from './follow-up-filters.ts';

// A combined filter walks thousands of records in fake-indexeddb: seconds, more with two test files
// running at once on two cores.
vi.setConfig({ testTimeout: 30_000 });

let database: AppDatabase;
beforeEach(async () => {
  database = new AppDatabase(`follow-up-${crypto.randomUUID()}`);
  const rows = Array.from({ length: 2 * COUNT_CAP + 200 }, (_, index) => ({
    ...recommendationData(index % 2 === 0 ? 'dak-ha/dak-la' : 'dak-ha-moi/xa', {
      year: index % 3 === 0 ? 2022 : 2023,
      themeCode: index % 5 === 0 ? 'online-safety' : 'violence-abuse',
      responseStatus: index % 7 === 0 ? 'not-possible' : 'pending',
      responseCause: 'x',
    }),
    id: `r${index}`,
    _version: 1,
    _state: 'synced' as const,
    _updatedAt: index,
  }));
  await database.recommendations.bulkPut(rows);
});
afterEach(() => database.delete());

describe('findForFollowUp', () => {
  it('counts exactly with one filter, and returns only matching rows up to the limit', async () => {
    const found = await findForFollowUp(database, { ...NO_FILTER, status: 'not-possible' }, 50);
    const expected = Array.from({ length: 2 * COUNT_CAP + 200 }, (_, i) => i).filter(
      (i) => i % 7 === 0,
    );
    expect(found.total).toBe(expected.length);
    expect(found.capped).toBe(false);
    expect(found.rows).toHaveLength(50);
    expect(found.rows.every((row) => row.responseStatus === 'not-possible')).toBe(true);
    // A theme alone, across both years, is counted exactly as well.
    const onTheme = await findForFollowUp(database, { ...NO_FILTER, themeCode: 'online-safety' });
    expect(onTheme.total).toBe(
      Array.from({ length: 2 * COUNT_CAP + 200 }, (_, i) => i).filter((i) => i % 5 === 0).length,
    );
    expect(onTheme.rows.every((row) => row.themeCode === 'online-safety')).toBe(true);
  });

  it('applies every filter together, and a unit filter keeps its communes but not a look-alike code', async () => {
    const found = await findForFollowUp(database, {
      status: 'pending',
      themeCode: 'online-safety',
      year: 2023,
      unitCode: 'dak-ha',
    });
    expect(found.rows.length).toBeGreaterThan(0);
    for (const row of found.rows) {
      expect(row).toMatchObject({
        responseStatus: 'pending',
        themeCode: 'online-safety',
        year: 2023,
        unitCode: 'dak-ha/dak-la',
      });
    }
    expect(found.total).toBe(found.rows.length);
  });

  it('stops counting a broad combined filter at the cap and says so', async () => {
    const found = await findForFollowUp(
      database,
      { ...NO_FILTER, status: 'pending', themeCode: 'violence-abuse' },
      10,
    );
    expect(found).toMatchObject({ capped: true, total: COUNT_CAP });
    expect(found.rows).toHaveLength(10);
  });

  it('counts a unit exactly, its communes included and a look-alike code left out', async () => {
    const found = await findForFollowUp(database, { ...NO_FILTER, unitCode: 'dak-ha' }, 20);
    // Even-numbered rows are in dak-ha/dak-la; the odd ones in dak-ha-moi/xa, which sorts between.
    expect(found).toMatchObject({ total: COUNT_CAP + 100, capped: false });
    expect(found.rows).toHaveLength(20);
    expect(found.rows.every((row) => row.unitCode === 'dak-ha/dak-la')).toBe(true);
  });

  it('counts a year with a status exactly, past the cap, from the pair’s own index', async () => {
    const found = await findForFollowUp(database, { ...NO_FILTER, year: 2023, status: 'pending' });
    const expected = Array.from({ length: 2 * COUNT_CAP + 200 }, (_, i) => i).filter(
      (i) => i % 3 !== 0 && i % 7 !== 0,
    );
    expect(expected.length).toBeGreaterThan(COUNT_CAP);
    expect(found).toMatchObject({ total: expected.length, capped: false });
    expect(found.rows).toHaveLength(200);
    expect(found.rows.every((row) => row.year === 2023 && row.responseStatus === 'pending')).toBe(
      true,
    );
  });
});

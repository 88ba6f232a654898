import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recommendationData } from '../../../shared/testing/fixtures.ts';
import { AppDatabase } from '../../db/db.ts';
import { findForFollowUp, NO_FILTER } from './follow-up-filters.ts';

/** More rows than one page of the list shows, so counts and limits are both exercised. */
const ROWS = 2200;

let database: AppDatabase;
beforeEach(async () => {
  database = new AppDatabase(`follow-up-${crypto.randomUUID()}`);
  const rows = Array.from({ length: ROWS }, (_, index) => ({
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
    const expected = Array.from({ length: ROWS }, (_, i) => i).filter((i) => i % 7 === 0);
    expect(found.total).toBe(expected.length);
    expect(found.rows).toHaveLength(50);
    expect(found.rows.every((row) => row.responseStatus === 'not-possible')).toBe(true);
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
    // Counted by hand from how the rows were made: Đăk La (even), 2023 (not a multiple of 3),
    // online safety (multiple of 5), pending (not a multiple of 7).
    const expected = Array.from({ length: ROWS }, (_, i) => i).filter(
      (i) => i % 2 === 0 && i % 3 !== 0 && i % 5 === 0 && i % 7 !== 0,
    );
    expect(found.total).toBe(expected.length);
    expect(found.rows.map((row) => row.id).sort()).toEqual(expected.map((i) => `r${i}`).sort());
  });

  it('counts a broad combined filter exactly while showing only the limit', async () => {
    const found = await findForFollowUp(
      database,
      { ...NO_FILTER, status: 'pending', themeCode: 'violence-abuse' },
      10,
    );
    const expected = Array.from({ length: ROWS }, (_, i) => i).filter(
      (i) => i % 5 !== 0 && i % 7 !== 0,
    );
    expect(found.total).toBe(expected.length);
    expect(found.rows).toHaveLength(10);
    expect(
      found.rows.every(
        (row) => row.responseStatus === 'pending' && row.themeCode === 'violence-abuse',
      ),
    ).toBe(true);
  });
});

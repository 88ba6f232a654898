import { randomUUID } from 'node:crypto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { forumData, recommendationData } from '../../shared/testing/fixtures.ts';
import { AppDatabase, V1_STORES } from './db.ts';
import {
  recommendationsOfYear,
  recommendationsUpTo,
  recommendationYears,
  search,
} from './queries.ts';
import { buildWaitingWords, wordsWaiting } from './search-index.ts';
import { saveRecord } from './write.ts';
import { mutationIds } from './mutation-ids.ts';
import { formatHlc } from '../../shared/hlc.ts';

describe('device database upgrades', () => {
  it('opens records saved by the version 1 app after an update, with their new indexes filled in', async () => {
    const name = `upgrade-${randomUUID()}`;
    // The app as it shipped with schema version 1.
    const old = new Dexie(name);
    old.version(1).stores(V1_STORES);
    const id = randomUUID();
    await old.table('forums').put({
      ...forumData('ia-h-drai/ia-dom', { date: '2023-05-20' }),
      id,
      _version: 0,
      _state: 'pending',
      _updatedAt: 1,
    });
    await old.table('outbox').put({ id: 1, entity: 'forum', recordId: id, name: 'forum.upsert' });
    // The clock and the counter as versions 1 to 8 kept them, in two rows.
    await old.table('meta').bulkPut([
      { key: 'hlc', value: { wall: 1_700_000_000_000, counter: 3, node: 'abcd' } },
      { key: 'nextMutationId', value: 2 },
    ]);
    const recommendationId = randomUUID();
    await old.table('recommendations').put({
      ...recommendationData('ia-h-drai/ia-dom', { level: 'district' }),
      id: recommendationId,
      _version: 3,
      _state: 'synced',
      _updatedAt: 1,
    });
    old.close();

    const updated = new AppDatabase(name);
    const forum = await updated.forums.get(id);
    expect(forum).toMatchObject({ venue: 'Nhà văn hóa thôn 1', _year: 2023, _state: 'pending' });
    const byYear = await updated.forums
      .where('[unitCode+_year]')
      .equals(['ia-h-drai/ia-dom', 2023])
      .toArray();
    expect(byYear.map((row) => row.id)).toEqual([id]);
    expect(await updated.outbox.count()).toBe(1);
    // v3's level index covers recommendations saved before it existed.
    const byLevel = await updated.recommendations.where('level').equals('district').toArray();
    expect(byLevel.map((row) => row.id)).toEqual([recommendationId]);
    // v7's year pairs likewise.
    const stored = await updated.recommendations.get(recommendationId);
    const byYearAndTheme = await updated.recommendations
      .where('[year+themeCode]')
      .equals([stored?.year ?? 0, stored?.themeCode ?? ''])
      .primaryKeys();
    expect(byYearAndTheme).toEqual([recommendationId]);
    // v8 answers a year from that pair, without the single year index it dropped.
    expect(await recommendationsOfYear(updated, stored?.year ?? 0).primaryKeys()).toEqual([
      recommendationId,
    ]);
    expect(await recommendationsUpTo(updated, (stored?.year ?? 0) - 1).count()).toBe(0);
    expect(await recommendationYears(updated)).toEqual([stored?.year]);
    expect(updated.verno).toBe(11);
    // v9 keeps both in one row, v11 numbers the outbox by its key generator: the next save takes
    // the next mutation id and a later stamp.
    expect(await updated.meta.get('hlc')).toBeUndefined();
    await saveRecord(updated, 'forum', id, { venue: 'Nhà văn hóa thôn 2' });
    const entries = await updated.outbox.orderBy('id').toArray();
    expect(entries.map((entry) => entry.id)).toEqual([1, 2]);
    const stamp = entries[1]?.hlc ?? '';
    expect(stamp > formatHlc({ wall: 1_700_000_000_000, counter: 3, node: 'abcd' })).toBe(true);
    // v4 adds the tables of reports sent up and of letterheads, empty after the upgrade.
    expect(await updated.submissions.count()).toBe(0);
    expect(await updated.letterheads.count()).toBe(0);
    // v6 moves search words to their own table: the records already here are found once the
    // backlog the upgrade left is built (as the next sync does).
    expect(await wordsWaiting(updated)).toBe(2);
    await buildWaitingWords(updated);
    expect((await search(updated, 'forum', 'nha van hoa')).map((row) => row.id)).toEqual([id]);
    const text = (await updated.recommendations.get(recommendationId))?.text ?? '';
    expect(
      (await search(updated, 'recommendation', text.split(' ').slice(0, 3).join(' '))).map(
        (row) => row.id,
      ),
    ).toEqual([recommendationId]);
    await updated.delete();
  });

  it('numbers the next change past the last the server has, though the outbox is empty', async () => {
    const name = `upgrade-${randomUUID()}`;
    const old = new Dexie(name);
    old.version(1).stores(V1_STORES);
    // Six changes sent and acknowledged: the server has applied up to mutation 6.
    await old.table('meta').bulkPut([
      { key: 'hlc', value: { wall: 1_700_000_000_000, counter: 0, node: 'abcd' } },
      { key: 'nextMutationId', value: 7 },
    ]);
    old.close();

    const updated = new AppDatabase(name);
    await saveRecord(updated, 'forum', randomUUID(), forumData('ia-h-drai/ia-dom'));
    expect((await updated.outbox.toArray()).map((entry) => entry.id)).toEqual([7]);
    expect((await mutationIds(updated)).toWire(7)).toBe(7);
    await updated.delete();
  });
});

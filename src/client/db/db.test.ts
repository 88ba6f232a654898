import { randomUUID } from 'node:crypto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { forumData, recommendationData } from '../../shared/testing/fixtures.ts';
import { AppDatabase, V1_STORES } from './db.ts';

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
    expect(updated.verno).toBe(5);
    // v4 adds the tables of reports sent up and of letterheads, empty after the upgrade.
    expect(await updated.submissions.count()).toBe(0);
    expect(await updated.letterheads.count()).toBe(0);
    await updated.delete();
  });
});

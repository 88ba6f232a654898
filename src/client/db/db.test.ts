import { randomUUID } from 'node:crypto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { forumData } from '../../shared/testing/fixtures.ts';
import { AppDatabase, V1_STORES } from './db.ts';

describe('device database upgrades', () => {
  it('opens a forum saved by the version 1 app after an update, with its year filled in', async () => {
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
    expect(updated.verno).toBe(2);
    await updated.delete();
  });
});

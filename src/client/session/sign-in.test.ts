import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { recommendationData } from '../../shared/testing/fixtures.ts';
import { db } from '../db/db.ts';
import { search } from '../db/queries.ts';
import { queueWords } from '../db/search-index.ts';
import { saveRecord } from '../db/write.ts';
import { resetDevice } from './sign-in.ts';

afterAll(() => db.delete());

describe('another account on this device', () => {
  it('starts from a clean device: no record, no search word, no backlog of the old scope', async () => {
    const id = randomUUID();
    await saveRecord(
      db,
      'recommendation',
      id,
      recommendationData('ia-h-drai/ia-dom', { text: 'Dạy bơi cho trẻ em' }),
    );
    expect(await search(db, 'recommendation', 'day boi')).toHaveLength(1);
    await db.transaction('rw', db.searchBacklog, () =>
      queueWords(db, 'recommendation', [randomUUID()]),
    );

    await resetDevice();
    expect(await db.recommendations.count()).toBe(0);
    expect(await db.words.count()).toBe(0);
    expect(await db.searchBacklog.count()).toBe(0);
  });
});

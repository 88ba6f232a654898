import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { PullResponse } from '../../shared/protocol.ts';
import { recommendationData } from '../../shared/testing/fixtures.ts';
import { applyPage } from '../sync/pull.ts';
import { AppDatabase } from './db.ts';
import { search } from './queries.ts';
import {
  backlogEntries,
  buildWaitingWords,
  DEFER_WORDS_FROM,
  wordsWaiting,
} from './search-index.ts';
import { saveRecord } from './write.ts';

const COMMUNE = 'ia-h-drai/ia-dom';
const databases: AppDatabase[] = [];
afterEach(() => Promise.all(databases.splice(0).map((database) => database.delete())));

function open() {
  const database = new AppDatabase(`backlog-${randomUUID()}`);
  databases.push(database);
  return database;
}

/** A page of `count` recommendations; the first says `text`, the rest "Lắp đèn đường số n". */
function page(count: number, text: string, extra: Partial<PullResponse> = {}): PullResponse {
  return {
    cursor: randomUUID(),
    hasMore: false,
    lastMutationId: 0,
    changes: Array.from({ length: count }, (_, index) => ({
      entity: 'recommendation',
      id: randomUUID(),
      op: 'put' as const,
      version: index + 1,
      data: recommendationData(COMMUNE, { text: index === 0 ? text : `Lắp đèn đường số ${index}` }),
    })),
    ...extra,
  };
}

describe('search words of a big pull', () => {
  it('an everyday page is searchable as soon as it is stored', async () => {
    const database = open();
    await applyPage(database, page(3, 'Dạy bơi cho trẻ em'));
    expect(await wordsWaiting(database)).toBe(0);
    expect(await search(database, 'recommendation', 'day boi')).toHaveLength(1);
  });

  it('a local save is searchable as soon as it is stored', async () => {
    const database = open();
    const id = randomUUID();
    await saveRecord(
      database,
      'recommendation',
      id,
      recommendationData(COMMUNE, { text: 'Sân chơi an toàn' }),
    );
    expect(await wordsWaiting(database)).toBe(0);
    expect((await search(database, 'recommendation', 'san choi')).map((row) => row.id)).toEqual([
      id,
    ]);
  });

  it('a big page is listed at once and found once its words are built', async () => {
    const database = open();
    const big = page(DEFER_WORDS_FROM + 300, 'Dạy bơi cho trẻ em');
    await applyPage(database, big);
    expect(await database.recommendations.count()).toBe(DEFER_WORDS_FROM + 300);
    expect(await wordsWaiting(database)).toBe(DEFER_WORDS_FROM + 300);
    expect(await search(database, 'recommendation', 'day boi')).toHaveLength(0);

    await buildWaitingWords(database);
    expect(await wordsWaiting(database)).toBe(0);
    expect(await search(database, 'recommendation', 'day boi')).toHaveLength(1);
    expect(await search(database, 'recommendation', 'den duong so', 50)).toHaveLength(50);
  });

  it('keeps what was saved or deleted on the device meanwhile', async () => {
    const database = open();
    const big = page(DEFER_WORDS_FROM, 'Dạy bơi cho trẻ em');
    await applyPage(database, big);
    const [first, second] = big.changes;
    if (!first?.data || !second) throw new Error('the page is empty');
    // Edited here before the words were built: the save's own words stand.
    await saveRecord(database, 'recommendation', first.id, {
      ...first.data,
      text: 'Sân chơi an toàn',
    });
    await database.recommendations.delete(second.id);

    await buildWaitingWords(database);
    expect(await search(database, 'recommendation', 'day boi')).toHaveLength(0);
    expect(await search(database, 'recommendation', 'san choi')).toHaveLength(1);
    expect(await database.recommendations.get(second.id)).toBeUndefined();
  });

  it('a record deleted on the server leaves nothing in the words index', async () => {
    const database = open();
    const small = page(2, 'Dạy bơi cho trẻ em');
    await applyPage(database, small);
    const [first] = small.changes;
    if (!first) throw new Error('the page is empty');
    expect(await database.words.count()).toBe(2);
    await applyPage(database, {
      ...page(0, ''),
      changes: [{ entity: 'recommendation', id: first.id, op: 'delete', version: 9 }],
    });
    expect(await database.words.count()).toBe(1);
    expect(await search(database, 'recommendation', 'day boi')).toHaveLength(0);
  });

  it('notes a long list of records as entries of a thousand, and nothing for an unsearched entity', () => {
    const ids = Array.from({ length: 2500 }, () => randomUUID());
    const entries = backlogEntries('recommendation', ids);
    expect(entries.map((entry) => entry.ids.length)).toEqual([1000, 1000, 500]);
    expect(entries.flatMap((entry) => entry.ids)).toEqual(ids);
    expect(backlogEntries('plan', ids)).toEqual([]);
  });

  it('a scope reset drops the backlog of the records it clears', async () => {
    const database = open();
    await applyPage(database, page(DEFER_WORDS_FROM, 'Dạy bơi cho trẻ em'));
    await applyPage(database, page(2, 'Sân chơi an toàn', { reset: true }));
    expect(await wordsWaiting(database)).toBe(0);
    expect(await search(database, 'recommendation', 'san choi')).toHaveLength(1);
  });
});

import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forumData } from '../../shared/testing/fixtures.ts';
import { parseHlc } from '../../shared/hlc.ts';
import { AppDatabase } from './db.ts';
import { RecordValidationError, deleteRecord, saveRecord } from './write.ts';

const COMMUNE = 'ia-h-drai/ia-dom';
let database: AppDatabase;

beforeEach(() => {
  database = new AppDatabase(`write-${randomUUID()}`);
});
afterEach(async () => {
  await database.delete();
});

describe('saveRecord', () => {
  it('writes the record and its outbox entry together, numbered 1, 2, 3 with rising clocks', async () => {
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    for (const id of ids) await saveRecord(database, 'forum', id, forumData(COMMUNE));
    const outbox = await database.outbox.orderBy('id').toArray();
    expect(outbox.map((entry) => entry.id)).toEqual([1, 2, 3]);
    expect(outbox.map((entry) => entry.recordId)).toEqual(ids);
    const stamps = outbox.map((entry) => entry.hlc);
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(3);
    const row = await database.forums.get(ids[0] ?? '');
    expect(row).toMatchObject({ venue: 'Nhà văn hóa thôn 1', _state: 'pending', _year: 2023 });
  });

  it('stores nothing, and uses no mutation id, when the record is invalid', async () => {
    const id = randomUUID();
    const saving = saveRecord(database, 'forum', id, forumData(COMMUNE, { childrenTotal: -1 }));
    await expect(saving).rejects.toBeInstanceOf(RecordValidationError);
    await expect(saving).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ['childrenTotal'], message: 'Không được âm' })],
    });
    expect(await database.forums.count()).toBe(0);
    expect(await database.outbox.count()).toBe(0);
    await saveRecord(database, 'forum', id, forumData(COMMUNE));
    expect((await database.outbox.toArray()).map((entry) => entry.id)).toEqual([1]);
  });

  it('rolls the record back when its outbox entry cannot be written', async () => {
    // An outbox entry already holding id 1 makes the add fail inside the transaction.
    await database.outbox.add({
      id: 1,
      name: 'forum.upsert',
      entity: 'forum',
      recordId: 'x',
      args: { id: 'x' },
      hlc: '0000000000-00000-0000000000000000',
      createdAt: 0,
    });
    const id = randomUUID();
    await expect(saveRecord(database, 'forum', id, forumData(COMMUNE))).rejects.toThrow();
    expect(await database.forums.get(id)).toBeUndefined();
  });

  it('sends only the fields that changed, and queues nothing when nothing did', async () => {
    const id = randomUUID();
    await saveRecord(database, 'forum', id, forumData(COMMUNE));
    expect(await saveRecord(database, 'forum', id, forumData(COMMUNE))).toBe(false);
    await saveRecord(database, 'forum', id, forumData(COMMUNE, { girls: 20, boys: 15 }));
    const last = await database.outbox.orderBy('id').last();
    expect(last?.args).toEqual({ id, patch: { girls: 20, boys: 15 }, baseVersion: 0 });
    expect(await database.outbox.count()).toBe(2);
  });

  it('clears a rejection when the user corrects and saves the record again', async () => {
    const id = randomUUID();
    await saveRecord(database, 'forum', id, forumData(COMMUNE));
    const entry = await database.outbox.get(1);
    if (!entry) throw new Error('no outbox entry');
    await database.transaction('rw', database.outbox, database.rejected, async () => {
      await database.outbox.delete(1);
      await database.rejected.put({ ...entry, code: 'invalid', message: 'x', rejectedAt: 1 });
    });
    await saveRecord(database, 'forum', id, forumData(COMMUNE, { venue: 'Sửa lại' }));
    expect(await database.rejected.count()).toBe(0);
    expect(await database.outbox.count()).toBe(1);
  });

  it('queues a delete and removes the record in one step', async () => {
    const id = randomUUID();
    await saveRecord(database, 'forum', id, forumData(COMMUNE));
    await deleteRecord(database, 'forum', id);
    expect(await database.forums.get(id)).toBeUndefined();
    const last = await database.outbox.orderBy('id').last();
    expect(last).toMatchObject({ id: 2, name: 'forum.delete', args: { id } });
    expect(parseHlc(last?.hlc ?? '')).toBeTruthy();
  });
});

import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forumData } from '../../shared/testing/fixtures.ts';
import { nodeFromClientId, parseHlc } from '../../shared/hlc.ts';
import { acknowledge } from '../sync/acknowledge.ts';
import { forgetClock } from './clock.ts';
import { AppDatabase } from './db.ts';
import { mutationIds, restartMutationIds } from './mutation-ids.ts';
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

  it('rolls the record back when its outbox entry cannot be written, and gives its id to the next', async () => {
    // As a full disk would: the outbox's add fails inside the transaction.
    const failing = () => {
      throw new Error('QuotaExceededError');
    };
    database.outbox.hook('creating', failing);
    const id = randomUUID();
    await expect(saveRecord(database, 'forum', id, forumData(COMMUNE))).rejects.toThrow();
    await expect(
      saveRecord(database, 'forum', id, forumData(COMMUNE), { isNew: true }),
    ).rejects.toThrow();
    expect(await database.forums.get(id)).toBeUndefined();
    database.outbox.hook('creating').unsubscribe(failing);
    await saveRecord(database, 'forum', id, forumData(COMMUNE), { isNew: true });
    // The aborted saves took their keys back: the server sees no gap.
    expect((await database.outbox.toArray()).map((entry) => entry.id)).toEqual([1]);
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

describe('saveRecord of a new record', () => {
  it('adds a new record with its outbox entry, as saveRecord would', async () => {
    const id = randomUUID();
    expect(await saveRecord(database, 'forum', id, forumData(COMMUNE), { isNew: true })).toBe(true);
    expect(await database.forums.get(id)).toMatchObject({ _state: 'pending', _version: 0 });
    const [entry] = await database.outbox.toArray();
    expect(entry).toMatchObject({ id: 1, name: 'forum.upsert', args: { id, baseVersion: 0 } });
    expect(entry?.args.patch).toMatchObject({ venue: 'Nhà văn hóa thôn 1' });
  });

  it('saves an id already stored as an edit of it: only what changed, on the stored version', async () => {
    const id = randomUUID();
    await saveRecord(database, 'forum', id, forumData(COMMUNE));
    await database.forums.update(id, { _version: 4, _state: 'synced' });
    // The form's draft outlived its save (the app closed between the two).
    await saveRecord(database, 'forum', id, forumData(COMMUNE, { girls: 30 }), { isNew: true });
    expect(await database.forums.get(id)).toMatchObject({ girls: 30, _version: 4 });
    const last = await database.outbox.orderBy('id').last();
    expect(last).toMatchObject({ id: 2, args: { id, patch: { girls: 30 }, baseVersion: 4 } });
  });
});

describe('mutation ids and the clock', () => {
  it('numbers a new client id from 1 after a reset, stamped with its own node, later than before', async () => {
    await saveRecord(database, 'forum', randomUUID(), forumData(COMMUNE));
    await saveRecord(database, 'forum', randomUUID(), forumData(COMMUNE));
    const before = await database.outbox.toArray();
    // Sent and acknowledged, then the device is reset for another account (session/sign-in.ts).
    await acknowledge(database, { lastMutationId: 2 });
    await database.transaction('rw', database.outbox, database.meta, async () => {
      await database.meta.delete('clientId');
      await restartMutationIds(database);
    });
    forgetClock(database);

    await saveRecord(database, 'forum', randomUUID(), forumData(COMMUNE));
    const [entry] = await database.outbox.toArray();
    const ids = await mutationIds(database);
    expect(entry && ids.toWire(entry.id)).toBe(1);
    const clientId = (await database.meta.get('clientId'))?.value;
    expect(parseHlc(entry?.hlc ?? '').node).toBe(nodeFromClientId(String(clientId)));
    // The acknowledged stamps were kept: the new clock starts past them.
    expect(
      before.every((earlier) => parseHlc(earlier.hlc).wall <= parseHlc(entry?.hlc ?? '').wall),
    ).toBe(true);
    // The server's answer in its own numbering clears the right entry.
    await acknowledge(database, { lastMutationId: 1 });
    expect(await database.outbox.count()).toBe(0);
  });

  it("starts a tab's clock past what another tab left in the outbox", async () => {
    await saveRecord(database, 'forum', randomUUID(), forumData(COMMUNE));
    const [first] = await database.outbox.toArray();
    // Another tab: a clock of its own, started from the database.
    forgetClock(database);
    await saveRecord(database, 'forum', randomUUID(), forumData(COMMUNE));
    const [, second] = await database.outbox.orderBy('id').toArray();
    expect((second?.hlc ?? '') > (first?.hlc ?? '')).toBe(true);
    expect(second?.id).toBe(2);
  });
});

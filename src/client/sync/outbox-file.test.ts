import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forumData, recommendationData } from '../../shared/testing/fixtures.ts';
import { AppDatabase } from '../db/db.ts';
import { saveRecord } from '../db/write.ts';
import { buildOutboxFile, outboxFileName, readOutboxFile } from './outbox-file.ts';

const COMMUNE = 'ia-h-drai/ia-dom';
const AUTHOR = { id: randomUUID(), username: 'ctv.iadom', unitCode: COMMUNE };
let database: AppDatabase;

const bytes = (value: unknown) => new Uint8Array(Buffer.from(JSON.stringify(value)));

beforeEach(async () => {
  database = new AppDatabase(`file-${randomUUID()}`);
  await saveRecord(database, 'forum', randomUUID(), forumData(COMMUNE));
  await saveRecord(database, 'recommendation', randomUUID(), recommendationData(COMMUNE));
  await saveRecord(database, 'recommendation', randomUUID(), recommendationData(COMMUNE));
});
afterEach(() => database.delete());

describe('outbox file', () => {
  it('carries every unsent change with counts, and reads back exactly', async () => {
    const file = await buildOutboxFile(database, AUTHOR, new Date('2023-06-01T08:30:00Z'));
    expect(file.counts).toEqual({ total: 3, byEntity: { forum: 1, recommendation: 2 } });
    expect(file.mutations.map((mutation) => mutation.id)).toEqual([1, 2, 3]);
    expect(outboxFileName(file)).toBe('du-lieu-chua-gui-ctv.iadom-20230601-0830.json');
    expect(await readOutboxFile(bytes(file))).toEqual(file);
    const gzipped = new Uint8Array(gzipSync(JSON.stringify(file)));
    expect(await readOutboxFile(gzipped)).toEqual(file);
  });

  it('refuses a damaged or edited file whole, saying why', async () => {
    const file = await buildOutboxFile(database, AUTHOR);
    const edited = structuredClone(file);
    const first = edited.mutations[0];
    if (first) first.hlc = first.hlc.replace(/^./, '9');
    await expect(readOutboxFile(bytes(edited))).rejects.toThrow(/mã kiểm tra không khớp/);
    const truncated = { ...file, mutations: file.mutations.slice(0, 2) };
    await expect(readOutboxFile(bytes(truncated))).rejects.toThrow(/ghi 3 thay đổi nhưng chỉ có 2/);
    await expect(readOutboxFile(new Uint8Array(Buffer.from('{"format": "khac"')))).rejects.toThrow(
      /không phải JSON/,
    );
    await expect(readOutboxFile(bytes({ ...file, format: 'other' }))).rejects.toThrow(
      /Không phải tệp dữ liệu chưa gửi/,
    );
  });
});

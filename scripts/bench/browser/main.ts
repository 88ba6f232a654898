// The device-side benchmark, run in Chromium by scripts/bench/run.ts: the app's own modules (write,
// queries, pull) against bare Dexie doing the same work on the same data, in the same page.
import Dexie from 'dexie';
import { AppDatabase } from '../../../src/client/db/db.ts';
import { latest, search, SEARCH_PAGE } from '../../../src/client/db/queries.ts';
import {
  findForFollowUp,
  NO_FILTER,
  type FollowUpFilter,
} from '../../../src/client/features/follow-up/follow-up-filters.ts';
import { saveRecord } from '../../../src/client/db/write.ts';
import { applyPage } from '../../../src/client/sync/pull.ts';
import { buildWaitingWords, indexWords } from '../../../src/client/db/search-index.ts';
import type { PullResponse } from '../../../src/shared/protocol.ts';
import { searchWords } from '../../../src/shared/text/fold.ts';
import { benchRecommendations } from '../data.ts';
import { measurePhoto } from './photo.ts';
import { measureReports } from './reports.ts';
import { round, time, timeCases, timePaired, totalsInTurns } from '../timing.ts';

const app = new AppDatabase('bench-app');
const bare = new Dexie('bench-bare');
bare.version(1).stores({
  recommendations: 'id, _updatedAt, *_words',
  outbox: 'id',
});
const pool = benchRecommendations(60_000);
let filled = 0;
let bareMutationId = 1;
/** The ids of the records filled in, in both databases: what an edit changes. */
const storedIds: string[] = [];

/** Fills both databases to `count` recommendations with bulk writes (not what is measured). */
async function fillTo(count: number) {
  const now = Date.now();
  const rows = pool.slice(filled, count).map((data, offset) => ({
    ...data,
    id: crypto.randomUUID(),
    _version: 1,
    _state: 'synced' as const,
    _updatedAt: now - (count - filled - offset),
    _words: searchWords(String(data['text']), String(data['addressee'])),
  }));
  await app.recommendations.bulkPut(rows as never);
  await indexWords(
    app,
    'recommendation',
    rows.map((row) => ({ id: row.id, data: row })),
  );
  await bare.table('recommendations').bulkPut(rows);
  storedIds.push(...rows.map((row) => row.id));
  filled = count;
}

/**
 * Samples of each timed read and save: a p95 of 400 is its 20th slowest, so one stall of the
 * shared machine (a few land in every run, 150–200 ms each) does not set it alone.
 */
const SAMPLES = 400;

const QUERIES = ['duoi nuoc', 'den chieu sang', 'mang xa hoi', 'vui choi', 'ho', 'truong hoc'];

async function measureAt(count: number) {
  await fillTo(count);
  // The app's save of a new record, as its form saves one, against the same work with bare Dexie
  // (the record and an outbox entry, in one transaction), in turns.
  const [save, bareSave] = await timePaired(
    async () => {
      const data = pool[Math.floor(Math.random() * pool.length)] ?? {};
      await saveRecord(app, 'recommendation', crypto.randomUUID(), data, { isNew: true });
    },
    async () => {
      const data = pool[Math.floor(Math.random() * pool.length)] ?? {};
      const id = crypto.randomUUID();
      await bare.transaction('rw', ['recommendations', 'outbox'], async () => {
        await bare.table('recommendations').put({
          ...data,
          id,
          _updatedAt: Date.now(),
          _words: searchWords(String(data['text'])),
        });
        await bare.table('outbox').add({ id: bareMutationId++, recordId: id, args: data });
      });
    },
    SAMPLES,
  );
  // An edit of a stored record's text (read, changed fields, new words), against bare Dexie reading
  // and rewriting it with its outbox entry. Printed, not budgeted: the forum day adds records.
  const edited = () => {
    const id = storedIds[Math.floor(Math.random() * storedIds.length)] ?? '';
    return { id, text: `${String(pool[Math.floor(Math.random() * pool.length)]?.['text'])} (sửa)` };
  };
  const [edit, bareEdit] = await timePaired(
    async () => {
      const { id, text } = edited();
      await saveRecord(app, 'recommendation', id, { text });
    },
    async () => {
      const { id, text } = edited();
      await bare.transaction('rw', ['recommendations', 'outbox'], async () => {
        const row = await bare.table<Record<string, unknown>, string>('recommendations').get(id);
        await bare.table('recommendations').put({
          ...row,
          text,
          _updatedAt: Date.now(),
          _words: searchWords(text, String(row?.['addressee'])),
        });
        await bare.table('outbox').add({ id: bareMutationId++, recordId: id, args: { text } });
      });
    },
    SAMPLES / 2,
  );
  const list = await time(() => latest(app.recommendations, 50), 100);
  const find = await timeCases(
    // As a search screen reads: the first page, and one more to know whether there are more.
    QUERIES.map((query) => [query, () => search(app, 'recommendation', query, SEARCH_PAGE + 1)]),
    SAMPLES,
  );
  // The follow-up screen's filters: a theme in a year, a commune, and every unanswered one (the
  // worst case here: the bench's recommendations are all unanswered, so it counts them all).
  const filters: { label: string; filter: FollowUpFilter }[] = [
    { label: 'theme+year', filter: { ...NO_FILTER, themeCode: 'online-safety', year: 2023 } },
    {
      label: 'unit',
      filter: {
        ...NO_FILTER,
        unitCode: typeof pool[0]?.['unitCode'] === 'string' ? pool[0]['unitCode'] : '',
      },
    },
    { label: 'pending', filter: { ...NO_FILTER, status: 'pending' } },
  ];
  const filter = await timeCases(
    filters.map((filter) => [filter.label, () => findForFollowUp(app, filter.filter)]),
    SAMPLES / 2,
  );
  return { records: count, save, bareSave, edit, bareEdit, list, search: find, filter };
}

/** Pulled pages applied by the app (one transaction per page with the cursor) vs bare bulkPut. */
async function measureApply(records: number) {
  await app.recommendations.clear();
  await app.outbox.clear();
  const rows = benchRecommendations(records, 77);
  const pages: PullResponse[] = [];
  for (let start = 0; start < records; start += 1000) {
    pages.push({
      cursor: `${start + 1000}.bench`,
      hasMore: start + 1000 < records,
      lastMutationId: 0,
      changes: rows.slice(start, start + 1000).map((data, offset) => ({
        entity: 'recommendation',
        id: `00000000-0000-4000-8000-${String(start + offset).padStart(12, '0')}`,
        op: 'put',
        version: start + offset + 1,
        data,
      })),
    });
  }
  const appPage = (page: PullResponse) => applyPage(app, page);
  const barePage = (page: PullResponse) =>
    bare
      .table('recommendations')
      .bulkPut(
        page.changes.map((change) => ({ ...change.data, id: change.id, _version: change.version })),
      );
  // Each round applies every page on both sides, page by page in turns (app then bare, bare then
  // app), so that a slow moment of the machine, or the storage compacting under one side, falls on
  // both alike: rounds timed side by side read 0.32–0.84 × on the same code.
  const applyRound = async () => {
    await Promise.all([
      app.recommendations.clear(),
      app.words.clear(),
      app.searchBacklog.clear(),
      bare.table('recommendations').clear(),
    ]);
    const { aMs: appMs, bMs: bareMs } = await totalsInTurns(pages, appPage, barePage);
    return { app: records / (appMs / 1000), bare: records / (bareMs / 1000) };
  };
  const rounds = [await applyRound(), await applyRound(), await applyRound()];
  // The last app round left its search words to build (db/search-index.ts): how long until
  // search finds every record, measured apart from the apply it follows.
  const wordsStart = performance.now();
  await buildWaitingWords(app);
  const wordsSeconds = (performance.now() - wordsStart) / 1000;
  // The round with the middle ratio.
  const middle = [...rounds].sort((a, b) => a.app / a.bare - b.app / b.bare)[1] ?? {
    app: 0,
    bare: 1,
  };
  return {
    records,
    appliedPerSecond: Math.round(middle.app),
    bareBulkPutPerSecond: Math.round(middle.bare),
    ratio: round(middle.app / middle.bare),
    wordsSeconds: round(wordsSeconds),
    rounds: rounds.map((rates) => ({ app: Math.round(rates.app), bare: Math.round(rates.bare) })),
  };
}

async function reset() {
  await Promise.all([app.delete(), bare.delete()]);
  await Promise.all([app.open(), bare.open()]);
  filled = 0;
}

const api = {
  reset,
  measureAt,
  measureApply,
  measureReports: () => measureReports(app),
  measurePhoto,
};
/** What the bench (scripts/bench/steps/device.ts) calls in the page. */
export type BenchApi = typeof api;
(window as unknown as { ddteBench: typeof api }).ddteBench = api;
const status = document.getElementById('status');
if (status) status.textContent = 'ready';

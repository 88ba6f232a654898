// The device-side benchmark, run in Chromium by scripts/bench/run.ts: the app's own modules (write,
// queries, pull) against bare Dexie doing the same work on the same data, in the same page.
import Dexie from 'dexie';
import { AppDatabase } from '../../../src/client/db/db.ts';
import { latest, search } from '../../../src/client/db/queries.ts';
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
import { round, stats, time, timePaired } from './timing.ts';

const app = new AppDatabase('bench-app');
const bare = new Dexie('bench-bare');
bare.version(1).stores({
  recommendations: 'id, _updatedAt, *_words',
  outbox: 'id',
});
const pool = benchRecommendations(60_000);
let filled = 0;
let bareMutationId = 1;

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
  filled = count;
}

const QUERIES = ['duoi nuoc', 'den chieu sang', 'mang xa hoi', 'vui choi', 'ho', 'truong hoc'];

async function measureAt(count: number) {
  await fillTo(count);
  // The app's save against the same work with bare Dexie (the record and an outbox entry, in one
  // transaction), in turns.
  const [save, bareSave] = await timePaired(
    async () => {
      const data = pool[Math.floor(Math.random() * pool.length)] ?? {};
      await saveRecord(app, 'recommendation', crypto.randomUUID(), data);
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
    200,
  );
  const list = await time(() => latest(app.recommendations, 50), 100);
  // Each query's times are kept apart too, to see which one sets the p95.
  const byQuery = new Map<string, number[]>(QUERIES.map((query) => [query, []]));
  const samples: number[] = [];
  for (let i = 0; i < 102; i++) {
    const query = QUERIES[i % QUERIES.length] ?? '';
    const start = performance.now();
    await search(app, 'recommendation', query);
    const ms = performance.now() - start;
    samples.push(ms);
    byQuery.get(query)?.push(ms);
  }
  const find = {
    ...stats(samples),
    byQuery: Object.fromEntries([...byQuery].map(([query, times]) => [query, stats(times).p95])),
  };
  // The follow-up screen's filters: a theme in a year, a commune, and every unanswered one (the
  // worst case here: the bench's recommendations are all unanswered, so it counts them all).
  const filters: FollowUpFilter[] = [
    { ...NO_FILTER, themeCode: 'online-safety', year: 2023 },
    {
      ...NO_FILTER,
      unitCode: typeof pool[0]?.['unitCode'] === 'string' ? pool[0]['unitCode'] : '',
    },
    { ...NO_FILTER, status: 'pending' },
  ];
  let f = 0;
  const filter = await time(
    () => findForFollowUp(app, filters[f++ % filters.length] ?? NO_FILTER),
    60,
  );
  return { records: count, save, bareSave, list, search: find, filter };
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
  const appRound = async () => {
    await Promise.all([app.recommendations.clear(), app.words.clear(), app.searchBacklog.clear()]);
    const start = performance.now();
    for (const page of pages) await applyPage(app, page);
    return records / ((performance.now() - start) / 1000);
  };
  const bareRound = async () => {
    await bare.table('recommendations').clear();
    const start = performance.now();
    for (const page of pages)
      await bare.table('recommendations').bulkPut(
        page.changes.map((change) => ({
          ...change.data,
          id: change.id,
          _version: change.version,
        })),
      );
    return records / ((performance.now() - start) / 1000);
  };
  // Three rounds in alternating order, and the middle rate of each side: a single app-then-bare round
  // read 0.32–0.77 × on the same code, as the shared machine's load changed under one side.
  const appRates: number[] = [];
  const bareRates: number[] = [];
  for (let roundNo = 0; roundNo < 3; roundNo++) {
    if (roundNo % 2 === 0) {
      appRates.push(await appRound());
      bareRates.push(await bareRound());
    } else {
      bareRates.push(await bareRound());
      appRates.push(await appRound());
    }
  }
  // The last app round left its search words to build (db/search-index.ts): how long until
  // search finds every record, measured apart from the apply it follows.
  const wordsStart = performance.now();
  await buildWaitingWords(app);
  const wordsSeconds = (performance.now() - wordsStart) / 1000;
  const middle = (rates: number[]) => [...rates].sort((a, b) => a - b)[1] ?? 0;
  const appRate = middle(appRates);
  const bareRate = middle(bareRates);
  return {
    records,
    appliedPerSecond: Math.round(appRate),
    bareBulkPutPerSecond: Math.round(bareRate),
    ratio: round(appRate / bareRate),
    wordsSeconds: round(wordsSeconds),
    rounds: appRates.map((rate, index) => ({
      app: Math.round(rate),
      bare: Math.round(bareRates[index] ?? 0),
    })),
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

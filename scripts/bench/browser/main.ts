// The device-side benchmark, run in Chromium by scripts/bench/run.ts: the app's own modules (write,
// queries, pull) against bare Dexie doing the same work on the same data, in the same page.
import Dexie from 'dexie';
import { AppDatabase } from '../../../src/client/db/db.ts';
import type { EntityRows } from '../../../src/client/db/schema.ts';
import { latest, search } from '../../../src/client/db/queries.ts';
import { reportFigures } from '../../../src/shared/reports/report-figures.ts';
import type { ReportInput } from '../../../src/shared/reports/report-input.ts';
import { PLAN_2023 } from '../../../src/shared/testing/report-year.ts';
import { UnitTree } from '../../../src/shared/units/unit-tree.ts';
import { reportDocx } from '../../../src/client/features/reports/report-docx.ts';
import { reportModel } from '../../../src/client/features/reports/report-model.ts';
import { recommendationSheets } from '../../../src/client/features/reports/workbook.ts';
import { writeXlsx } from '../../../src/client/features/reports/write-xlsx.ts';
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
import { compressImage } from '../../../src/client/files/compress-image.ts';

interface Stats {
  p50: number;
  p95: number;
  n: number;
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: round(at(0.5)), p95: round(at(0.95)), n: samples.length };
}
const round = (value: number) => Math.round(value * 100) / 100;

async function time(run: () => Promise<unknown>, repeats: number): Promise<Stats> {
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return stats(samples);
}

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
  const save = await time(async () => {
    const data = pool[Math.floor(Math.random() * pool.length)] ?? {};
    await saveRecord(app, 'recommendation', crypto.randomUUID(), data);
  }, 200);
  // The same work with bare Dexie: the record and an outbox entry, in one transaction.
  const bareSave = await time(async () => {
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
  }, 200);
  let q = 0;
  const list = await time(() => latest(app.recommendations, 50), 100);
  const find = await time(
    () => search(app, 'recommendation', QUERIES[q++ % QUERIES.length] ?? ''),
    100,
  );
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

/**
 * The district report (.docx) and the province workbook (.xlsx) for the recommendations on the
 * device (50,000 after measureAt(50_000)), timed from the device's data to the file's bytes.
 */
async function measureReports() {
  const plan = {
    ...PLAN_2023,
    themes: [
      'violence-abuse',
      'injury-accident',
      'online-safety',
      'climate-disaster',
      'child-labour',
    ].map((code, index) => ({ code, title: `Chủ đề ${index + 1}` })),
    deadlines: [],
  };
  const tree = new UnitTree(
    [
      {
        id: 'ia-h-drai',
        name: "Huyện Ia H'Drai",
        type: 'district',
        level: 'district',
        parentCode: null,
      },
    ],
    '2023-12-31',
  );
  const input = (recommendations: EntityRows['recommendation'][]): ReportInput => ({
    tree,
    area: 'ia-h-drai',
    year: 2023,
    today: '2023-07-10',
    plan,
    forums: [],
    recommendations,
    trainings: [],
    attendees: [],
    attendance: [],
    submissions: [],
  });
  const docxStart = performance.now();
  const recommendations = await app.recommendations.toArray();
  const model = reportModel({
    figures: reportFigures(input(recommendations)),
    areaName: "Huyện Ia H'Drai",
    areaLevel: 'district',
    provinceName: 'Tỉnh Kon Tum',
    letterhead: undefined,
    date: new Date(),
  });
  const docx = await reportDocx(model);
  const docxMs = performance.now() - docxStart;
  const xlsxStart = performance.now();
  const rows = await app.recommendations.toArray();
  const sheets = recommendationSheets(reportFigures(input(rows)), rows, (code) => code);
  const xlsx = await writeXlsx(sheets);
  const xlsxMs = performance.now() - xlsxStart;
  return {
    recommendations: recommendations.length,
    docxSeconds: round(docxMs / 1000),
    docxKb: Math.round(docx.byteLength / 1024),
    xlsxSeconds: round(xlsxMs / 1000),
    xlsxKb: Math.round(xlsx.size / 1024),
  };
}

/**
 * A phone camera's photo: 4000 × 3000, detail everywhere (gradients under fine noise), saved at the
 * quality phones use. Made in the page, so every run compresses the same kind of picture.
 */
async function cameraPhoto(): Promise<Blob> {
  const width = 4000;
  const height = 3000;
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no canvas');
  const pixels = context.createImageData(width, height);
  let seed = 7;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const noise = (seed >> 16) % 48;
      const at = (y * width + x) * 4;
      pixels.data[at] = ((x * 255) / width + noise) & 255;
      pixels.data[at + 1] = ((y * 255) / height + noise) & 255;
      pixels.data[at + 2] = (((x + y) * 128) / width + noise) & 255;
      pixels.data[at + 3] = 255;
    }
  context.putImageData(pixels, 0, 0);
  return canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
}

/**
 * The app's photo compression against the bare minimum the browser must do with the same photo:
 * decode it and encode it once at the first size and quality tried.
 */
async function measurePhoto(repeats = 5) {
  const photo = await cameraPhoto();
  let bytes = 0;
  const app = await time(async () => {
    bytes = (await compressImage(photo)).bytes.byteLength;
  }, repeats);
  const bare = await time(async () => {
    const bitmap = await createImageBitmap(photo);
    const canvas = new OffscreenCanvas(1600, 1200);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, 1600, 1200);
    bitmap.close();
    await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.82 });
  }, repeats);
  return {
    originalKb: Math.round(photo.size / 1024),
    storedKb: Math.round(bytes / 1024),
    app,
    bare,
  };
}

async function reset() {
  await Promise.all([app.delete(), bare.delete()]);
  await Promise.all([app.open(), bare.open()]);
  filled = 0;
}

const api = { reset, measureAt, measureApply, measureReports, measurePhoto };
(window as unknown as { ddteBench: typeof api }).ddteBench = api;
const status = document.getElementById('status');
if (status) status.textContent = 'ready';

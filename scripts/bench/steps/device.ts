import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import type { BenchApi } from '../browser/main.ts';
import { budget, figures, log } from '../report.ts';
import { PAGE_PORT } from '../site.ts';
import { round } from '../timing.ts';

function servePage(root: string): Promise<Server> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };
  const server = createServer((request, response) => {
    const path = normalize(join(root, (request.url ?? '/').split('?')[0] ?? '/'));
    const file = path.endsWith('/') ? join(path, 'index.html') : path;
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(PAGE_PORT, '127.0.0.1', () => resolve(server)));
}

/** The device benchmark page (scripts/bench/browser), on a 4× slowed CPU, for `work`. */
async function onBenchPage(browser: Browser, work: (page: Page) => Promise<void>) {
  const server = await servePage(join(process.cwd(), '.tmp/bench-browser'));
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`http://127.0.0.1:${PAGE_PORT}/`);
    await page.getByText('ready').waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await work(page);
  } finally {
    await context.close();
    server.close();
  }
}

// 4b. A 12-megapixel camera photo compressed for storing and sending, on a 4× slowed CPU.
export async function photoFigures(browser: Browser) {
  await onBenchPage(browser, async (page) => {
    const photo = await page.evaluate(() =>
      (window as unknown as { ddteBench: BenchApi }).ddteBench.measurePhoto(),
    );
    figures['photo'] = photo;
    log(
      `  photo ${photo.originalKb} kB → ${photo.storedKb} kB: compress p50 ${photo.app.p50} ms (bare decode + one encode ${photo.bare.p50} ms)`,
    );
    budget('photo stored size (12-megapixel camera JPEG)', photo.storedKb, 'kB', 'max', 300);
    budget(
      'photo compression app/bare ratio (4× CPU)',
      photo.app.p50 / photo.bare.p50,
      '×',
      'max',
      4,
    );
  });
}

// 4. The device: save, list and search at 10,000 and 50,000 records, and pulled-page apply rate.
export async function deviceFigures(browser: Browser) {
  await onBenchPage(browser, async (page) => {
    await page.evaluate(() => (window as unknown as { ddteBench: BenchApi }).ddteBench.reset());
    const at = async (count: number) =>
      page.evaluate(
        (n) => (window as unknown as { ddteBench: BenchApi }).ddteBench.measureAt(n),
        count,
      );
    const small = await at(10_000);
    const large = await at(50_000);
    const reports = await page.evaluate(() =>
      (window as unknown as { ddteBench: BenchApi }).ddteBench.measureReports(),
    );
    figures['reports'] = reports;
    log(
      `  reports at ${reports.recommendations.toLocaleString('en')} recommendations (4× CPU): district .docx ${reports.docxSeconds} s (${reports.docxKb} kB; ${reports.docx5kSeconds} s at 5,000), province .xlsx ${reports.xlsxSeconds} s (${reports.xlsxKb} kB)`,
    );
    budget('district .docx at 5,000 (4× CPU)', reports.docx5kSeconds, 's', 'max', 5);
    budget('district .docx at 50,000 (4× CPU)', reports.docxSeconds, 's', 'max', 15);
    budget('province .xlsx at 50,000 (4× CPU)', reports.xlsxSeconds, 's', 'max', 10);
    const apply = await page.evaluate(
      (n) => (window as unknown as { ddteBench: BenchApi }).ddteBench.measureApply(n),
      20_000,
    );
    figures['device'] = { at10k: small, at50k: large, apply };
    budget('local save p95 at 50,000 (4× CPU)', large.save.p95, 'ms', 'max', 25);
    budget('local save app/bare ratio', large.save.p95 / large.bareSave.p95, '×', 'max', 1.5);
    log(
      `  local edit of a stored record's text p95 at 50,000: ${large.edit.p95} ms against bare ${large.bareEdit.p95} ms (${round(large.edit.p95 / large.bareEdit.p95)} ×)`,
    );
    budget('list latest 50 p95 at 50,000 (4× CPU)', large.list.p95, 'ms', 'max', 50);
    log(
      `  search p95 by query at 50,000: ${Object.entries(large.search.byCase)
        .map(([query, p95]) => `"${query}" ${p95} ms`)
        .join(', ')}`,
    );
    budget('search p95 at 50,000 (4× CPU)', large.search.p95, 'ms', 'max', 30);
    log(
      `  follow-up filter p95 (200 shown + total count): ${small.filter.p95} ms at 10,000, ${large.filter.p95} ms at 50,000 (${Object.entries(
        large.filter.byCase,
      )
        .map(([name, p95]) => `${name} ${p95} ms`)
        .join(', ')})`,
    );
    budget('follow-up filter p95 at 50,000 (4× CPU)', large.filter.p95, 'ms', 'max', 50);
    log(
      `  pull apply of 20,000: ${apply.appliedPerSecond}/s against bare bulkPut ${apply.bareBulkPutPerSecond}/s; their search words built after in ${apply.wordsSeconds} s`,
    );
    budget('pull apply app/bare ratio', apply.ratio, '×', 'min', 0.6);
  });
}

import type { Browser } from '@playwright/test';
import { budget, figures } from '../report.ts';
import { PULL_RECORDS, signIn, URL_BASE } from '../site.ts';

// 5. A district's first pull of 20,000 records over slow 3G (400 kbps, 400 ms RTT).
export async function slowPull(browser: Browser) {
  const context = await browser.newContext({ baseURL: URL_BASE });
  const page = await context.newPage();
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 400,
    downloadThroughput: (400 * 1000) / 8,
    uploadThroughput: (400 * 1000) / 8,
  });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
    bytes += event.encodedDataLength;
  });
  const start = Date.now();
  await signIn(page, 'bench.district');
  // Counted with the raw IndexedDB API: the bench reads the device's store, not the app's code.
  const count = () =>
    page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('dien-dan-tre-em');
          open.onsuccess = () => {
            const db = open.result;
            try {
              const request = db
                .transaction('recommendations')
                .objectStore('recommendations')
                .count();
              request.onsuccess = () => {
                db.close();
                resolve(request.result);
              };
              request.onerror = () => resolve(0);
            } catch {
              db.close();
              resolve(0);
            }
          };
          open.onerror = () => resolve(0);
        }),
    );
  const deadline = Date.now() + 300_000;
  while ((await count()) < PULL_RECORDS) {
    if (Date.now() > deadline) throw new Error('the first pull did not finish in 5 minutes');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const seconds = (Date.now() - start) / 1000;
  figures['slow3gFirstPull'] = {
    records: PULL_RECORDS,
    seconds: Math.round(seconds * 10) / 10,
    transferredKb: Math.round(bytes / 1024),
  };
  budget('first pull of 20,000 over slow 3G', seconds, 's', 'max', 20);
  await context.close();
}

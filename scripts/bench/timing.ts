// Timings of repeated work, as percentiles or totals; used in the device page and in Node alike.

export interface Stats {
  p50: number;
  p95: number;
  n: number;
}

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: round(at(0.5)), p95: round(at(0.95)), n: samples.length };
}
export const round = (value: number) => Math.round(value * 100) / 100;

export async function time(run: () => Promise<unknown>, repeats: number): Promise<Stats> {
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return stats(samples);
}

/**
 * Two kinds of work timed in turns (a b, b a, a b, …), so that a slow moment of the machine falls on
 * both alike: the app and its bare baseline are compared sample by sample, not block by block.
 */
export async function timePaired(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  repeats: number,
): Promise<[Stats, Stats]> {
  const samplesA: number[] = [];
  const samplesB: number[] = [];
  const once = async (run: () => Promise<unknown>, samples: number[]) => {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  };
  for (let i = 0; i < repeats; i++) {
    if (i % 2 === 0) {
      await once(a, samplesA);
      await once(b, samplesB);
    } else {
      await once(b, samplesB);
      await once(a, samplesA);
    }
  }
  return [stats(samplesA), stats(samplesB)];
}

/**
 * Cases timed in turns (`repeats` samples in all), with each case's p95 apart, to see which one
 * sets the p95, and every sample in order (a stall of the machine shows as one outlier beside its
 * neighbours, a slow case as every n-th).
 */
export async function timeCases(
  cases: [name: string, run: () => Promise<unknown>][],
  repeats: number,
): Promise<Stats & { byCase: Record<string, number>; samples: number[] }> {
  const byCase = new Map<string, number[]>(cases.map(([name]) => [name, []]));
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const [name, run] = cases[i % cases.length] ?? ['', async () => {}];
    const start = performance.now();
    await run();
    const ms = performance.now() - start;
    samples.push(ms);
    byCase.get(name)?.push(ms);
  }
  return {
    ...stats(samples),
    byCase: Object.fromEntries([...byCase].map(([name, times]) => [name, stats(times).p95])),
    samples: samples.map(round),
  };
}

/**
 * Two kinds of work on each of the same items (a page, a batch), timed in turns (a b, b a, …) so
 * that a slow moment of the machine falls on both alike: the milliseconds each took in all.
 */
export async function totalsInTurns<T>(
  items: readonly T[],
  a: (item: T, index: number) => Promise<unknown>,
  b: (item: T, index: number) => Promise<unknown>,
): Promise<{ aMs: number; bMs: number }> {
  let aMs = 0;
  let bMs = 0;
  const timed = async (work: () => Promise<unknown>) => {
    const start = performance.now();
    await work();
    return performance.now() - start;
  };
  for (const [index, item] of items.entries()) {
    if (index % 2 === 0) {
      aMs += await timed(() => a(item, index));
      bMs += await timed(() => b(item, index));
    } else {
      bMs += await timed(() => b(item, index));
      aMs += await timed(() => a(item, index));
    }
  }
  return { aMs, bMs };
}

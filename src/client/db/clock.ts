// The hybrid logical clock that stamps a device's changes. Each tab keeps it in memory, started once
// from what the device has written (the last acknowledged stamp and the outbox), so that a save
// neither reads nor writes it: two IndexedDB requests fewer on the forum day's hottest path.
//
// Two tabs each keep their own: within one millisecond a change saved in one may be stamped before
// one saved a moment earlier in the other. The server applies a device's mutations in the order of
// their ids whatever their stamps (same node), and stamps only decide between devices.
import {
  formatHlc,
  HLC_PATTERN,
  nodeFromClientId,
  parseHlc,
  tick,
  type HlcState,
} from '../../shared/hlc.ts';
import type { AppDatabase } from './db.ts';
import { ensureClientId } from './client-id.ts';
import { getMeta, setMeta } from './meta.ts';
import { CLOCK_KEY, type ClockRow } from './schema.ts';

const clocks = new WeakMap<AppDatabase, HlcState>();

/** Whether `a` comes after `b`: stamps of one device differ in wall time and counter alone. */
const isAfter = (a: HlcState, b: HlcState) =>
  a.wall > b.wall || (a.wall === b.wall && a.counter > b.counter);

/** The latest of these stamps; missing or malformed ones (an entry from before stamps) left out. */
function latestOf(stamps: (HlcState | string | undefined)[]): HlcState | undefined {
  let latest: HlcState | undefined;
  for (const stamp of stamps) {
    const clock =
      typeof stamp === 'string' ? (HLC_PATTERN.test(stamp) ? parseHlc(stamp) : undefined) : stamp;
    if (clock && (!latest || isAfter(clock, latest))) latest = clock;
  }
  return latest;
}

/** The latest stamp the device has given: acknowledged (the clock row) or still in the outbox. */
async function startClock(database: AppDatabase): Promise<HlcState> {
  const [row, last, clientId] = await Promise.all([
    getMeta<ClockRow>(database.meta, CLOCK_KEY),
    database.outbox.orderBy('id').last(),
    ensureClientId(database),
  ]);
  const node = nodeFromClientId(clientId);
  const latest = latestOf([row?.clock, last?.hlc]);
  return latest
    ? { wall: latest.wall, counter: latest.counter, node }
    : { wall: 0, counter: 0, node };
}

/**
 * The stamp of a change saved now, later than any this tab gave. Called inside the save's
 * transaction (it reads the meta and outbox tables the first time).
 */
export async function nextStamp(database: AppDatabase): Promise<string> {
  const started = clocks.get(database) ?? (await startClock(database));
  // Another save of this tab may have started the clock while this one waited.
  const next = tick(clocks.get(database) ?? started, Date.now());
  clocks.set(database, next);
  return formatHlc(next);
}

/** This tab's clock starts again from the database: the device was reset for another account. */
export function forgetClock(database: AppDatabase): void {
  clocks.delete(database);
}

/**
 * Keeps the latest of `stamps` (changes the server has acknowledged, leaving the outbox) in the
 * clock row, so that a clock started later is not behind them. Inside the acknowledging transaction.
 */
export async function keepClock(database: AppDatabase, stamps: string[]): Promise<void> {
  const latest = latestOf(stamps);
  if (!latest) return;
  const row = await getMeta<ClockRow>(database.meta, CLOCK_KEY);
  if (row && !isAfter(latest, row.clock)) return;
  const value: ClockRow = { clock: latest };
  await setMeta(database.meta, CLOCK_KEY, value);
}

// Step 5.2: the mutation's clock stamp. It must come from the device that pushes it (a device
// cannot win ties as another), and a clock running ahead is clamped to the server's time, so a
// phone set a day ahead does not win every edit for a day (docs/sync-protocol.md § Clocks).
import { formatHlc, parseHlc } from '../../../shared/hlc.ts';
import { Reject } from './context.ts';

/** How far ahead of the server a device's clock may run before its stamps are clamped. */
export const MAX_CLOCK_AHEAD_MS = 60_000;

export function checkStamp(
  hlc: string,
  node: string | null,
  now: number,
): { hlc: string; clampedMs: number } {
  const stamp = parseHlc(hlc);
  if (node !== null && stamp.node !== node) {
    throw new Reject(
      'clock-node',
      'Dấu thời gian không thuộc thiết bị gửi thay đổi; thay đổi không được áp dụng.',
    );
  }
  const ahead = stamp.wall - now;
  if (ahead <= MAX_CLOCK_AHEAD_MS) return { hlc, clampedMs: 0 };
  return { hlc: formatHlc({ ...stamp, wall: now }), clampedMs: ahead };
}

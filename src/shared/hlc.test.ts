import { describe, expect, it } from 'vitest';
import { formatHlc, parseHlc, receive, tick, type HlcState } from './hlc.ts';

const node = '0123456789abcdef';
const start: HlcState = { wall: 0, counter: 0, node };

describe('hybrid logical clock', () => {
  it('orders stamps by wall time, then counter, as plain strings', () => {
    const a = tick(start, 1_000);
    const b = tick(a, 1_000);
    const c = tick(b, 2_000);
    const stamps = [formatHlc(c), formatHlc(a), formatHlc(b)];
    expect([...stamps].sort()).toEqual([formatHlc(a), formatHlc(b), formatHlc(c)]);
    expect(b.counter).toBe(1);
  });

  it('never goes backwards when the phone clock is set back', () => {
    const a = tick(start, 5_000);
    const b = tick(a, 1_000);
    expect(formatHlc(b) > formatHlc(a)).toBe(true);
  });

  it('orders local events after a remote stamp from a faster clock', () => {
    const remote = formatHlc({ wall: 9_000, counter: 3, node: 'ffffffffffffffff' });
    const local = tick(receive(tick(start, 1_000), remote, 1_000), 1_000);
    expect(formatHlc(local) > remote).toBe(true);
  });

  it('round-trips through its string form', () => {
    const state = { wall: 1_732_000_000_123, counter: 42, node };
    expect(parseHlc(formatHlc(state))).toEqual(state);
  });
});

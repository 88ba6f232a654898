// Hybrid logical clock: wall-clock milliseconds, a counter for events within one millisecond, and
// the node. Stamps are fixed-width strings, so comparing strings orders them.

export interface HlcState {
  wall: number;
  counter: number;
  node: string;
}

export const HLC_PATTERN = /^[0-9a-z]{10}-[0-9a-z]{5}-[0-9a-f]{16}$/;
const MAX_COUNTER = 36 ** 5 - 1;

export function nodeFromClientId(clientId: string): string {
  return clientId.replace(/-/g, '').slice(0, 16).toLowerCase();
}

export function formatHlc(state: HlcState): string {
  return `${state.wall.toString(36).padStart(10, '0')}-${state.counter.toString(36).padStart(5, '0')}-${state.node}`;
}

export function parseHlc(stamp: string): HlcState {
  if (!HLC_PATTERN.test(stamp)) throw new Error(`invalid HLC stamp: ${stamp}`);
  const [wall = '', counter = '', node = ''] = stamp.split('-');
  return { wall: parseInt(wall, 36), counter: parseInt(counter, 36), node };
}

/** The next stamp for a local event. */
export function tick(state: HlcState, now: number): HlcState {
  if (now > state.wall) return { wall: now, counter: 0, node: state.node };
  if (state.counter >= MAX_COUNTER) return { wall: state.wall + 1, counter: 0, node: state.node };
  return { wall: state.wall, counter: state.counter + 1, node: state.node };
}

/** Advance past a stamp seen from elsewhere, so later local events order after it. */
export function receive(state: HlcState, remote: string, now: number): HlcState {
  const other = parseHlc(remote);
  const wall = Math.max(state.wall, other.wall, now);
  let counter = 0;
  if (wall === state.wall && wall === other.wall)
    counter = Math.max(state.counter, other.counter) + 1;
  else if (wall === state.wall) counter = state.counter + 1;
  else if (wall === other.wall) counter = other.counter + 1;
  return counter > MAX_COUNTER
    ? { wall: wall + 1, counter: 0, node: state.node }
    : { wall, counter, node: state.node };
}

export function hlcWall(stamp: string): number {
  return parseHlc(stamp).wall;
}

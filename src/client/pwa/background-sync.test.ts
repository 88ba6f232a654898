import { describe, expect, it } from 'vitest';
import type { SyncPhase } from '../sync/engine.ts';
import { oncePerOutage } from './background-sync.ts';

describe('oncePerOutage', () => {
  it('asks for a wake-up on the first failure to reach the server, not on each retry', () => {
    const ask = oncePerOutage();
    const phases: SyncPhase[] = ['syncing', 'offline', 'syncing', 'offline', 'offline'];
    expect(phases.map(ask)).toEqual([false, true, false, false, false]);
  });

  it('asks again after a sync has succeeded and the server is lost once more', () => {
    const ask = oncePerOutage();
    expect(ask('offline')).toBe(true);
    expect(ask('idle')).toBe(false);
    expect(ask('offline')).toBe(true);
  });

  it('does not ask for errors the network cannot cure', () => {
    const ask = oncePerOutage();
    expect(ask('error')).toBe(false);
    expect(ask('signed-out')).toBe(false);
  });
});

// The short seeded chaos run inside `npm test` (`npm run chaos` runs the long one).
import { describe, expect, it } from 'vitest';
import { runChaos } from './chaos.ts';

describe('chaos: faults, kills and offline spells', () => {
  it('loses, duplicates and leaks nothing, and every device converges', async () => {
    const seed = Number(process.env['CHAOS_SEED'] ?? 20231);
    const report = await runChaos({ seed, devices: 4, changes: 400, kills: 2 });
    console.log(`chaos (short): ${JSON.stringify(report)}`);
    expect(report.faults.droppedResponses + report.faults.droppedRequests).toBeGreaterThan(0);
    expect(report.faults.serverKills).toBe(2);
    expect(report).toMatchObject({ lost: 0, duplicated: 0, leaked: 0, diverged: 0, rejected: 0 });
  });
});

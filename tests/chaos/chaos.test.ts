// The short seeded chaos runs inside `npm test` (`npm run chaos` runs the long ones).
import { describe, expect, it } from 'vitest';
import { runChaos } from './chaos.ts';

const seed = Number(process.env['CHAOS_SEED'] ?? 20231);
const CLEAN = { lost: 0, duplicated: 0, leaked: 0, diverged: 0, rejected: 0, serverCrashes: 0 };

describe('chaos: faults, kills and offline spells', () => {
  it('loses, duplicates and leaks nothing, and every device converges', async () => {
    const report = await runChaos({ seed, devices: 4, changes: 300, kills: 2 });
    console.log(`chaos (short, PGlite): ${JSON.stringify(report)}`);
    expect(report.faults.droppedResponses + report.faults.droppedRequests).toBeGreaterThan(0);
    expect(report.faults.serverKills).toBe(2);
    expect(report.faults.serverErrors).toBe(0);
    expect(report).toMatchObject(CLEAN);
  }, 240_000);

  it('on PostgreSQL, also when the database crashes and restarts mid-run', async () => {
    const report = await runChaos({
      seed,
      devices: 4,
      changes: 300,
      kills: 1,
      database: 'postgres',
      databaseRestarts: 1,
    });
    console.log(`chaos (short, PostgreSQL): ${JSON.stringify(report)}`);
    expect(report.faults.databaseRestarts).toBe(1);
    // While the database was down the server answered 503 (retry later), never 500.
    expect(report.faults.unavailable).toBeGreaterThan(0);
    expect(report.faults.serverErrors).toBe(0);
    expect(report).toMatchObject(CLEAN);
  }, 240_000);

  it('with two server instances on one PostgreSQL, each request to either one', async () => {
    const report = await runChaos({
      seed: seed + 1,
      devices: 4,
      changes: 200,
      kills: 2,
      database: 'postgres',
      databaseRestarts: 0,
      instances: 2,
    });
    console.log(`chaos (short, two instances): ${JSON.stringify(report)}`);
    expect(report.instances).toBe(2);
    expect(report.faults.serverKills).toBe(2);
    expect(report.faults.serverErrors).toBe(0);
    expect(report).toMatchObject(CLEAN);
  }, 240_000);
});

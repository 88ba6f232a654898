// Parallel pushes and pulls: no pull cursor may step over a change, whatever order concurrent
// transactions commit in. Counts its interleavings (pulls answered while pushes were in flight) and
// needs at least 1,000 of them on PostgreSQL.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PullResponse } from '../../shared/protocol.ts';
import { recommendationData } from '../../shared/testing/fixtures.ts';
import { TestDevice } from '../testing/device.ts';
import { testDbKind } from '../testing/test-db.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';

const COMMUNE = 'kon-plong/dak-long';
let server: TestServer;
let writerToken: string;
let readerToken: string;

beforeAll(async () => {
  server = await startTestServer();
  writerToken = (await server.createUser('collaborator', COMMUNE)).token;
  readerToken = (await server.createUser('district', 'kon-plong')).token;
});
afterAll(() => server.stop());

describe('cursor under concurrency', () => {
  it('reaches every reader with every committed change over 1,000+ interleavings', async () => {
    const pushed = new Set<string>();
    let inFlight = 0;
    let interleavings = 0;
    let writing = true;

    const push = async (device: TestDevice, round: number) => {
      // Batches of different sizes, so transactions take different times and finish out of order.
      const ids = Array.from({ length: 1 + ((round * 7) % 13) }, () => randomUUID());
      inFlight += 1;
      try {
        const response = await server.request('/api/sync/push', {
          token: writerToken,
          body: device.pushBody(
            ids.map((id) => device.upsert('recommendation', id, recommendationData(COMMUNE))),
          ),
        });
        expect(response.status).toBe(200);
        ids.forEach((id) => pushed.add(id));
      } finally {
        inFlight -= 1;
      }
    };
    // Writers go on until the readers have met enough pushes in flight (however fast the machine
    // is), with a ceiling on rounds so a slow one still ends.
    // PGlite has one connection: fewer rounds show its feed complete, the races are PostgreSQL's.
    const postgres = testDbKind() === 'postgres';
    const wanted = postgres ? 1000 : 50;
    const rounds = postgres ? 100 : 30;
    const writer = async () => {
      const device = new TestDevice();
      for (let round = 0; round < rounds || (interleavings < wanted && round < 400); round++)
        await push(device, round);
    };
    const readers = Array.from({ length: 6 }, () => ({
      device: new TestDevice(),
      cursor: null as string | null,
      seen: new Set<string>(),
    }));
    const pull = async (reader: (typeof readers)[number], limit: number) => {
      const response = await server.request('/api/sync/pull', {
        token: readerToken,
        body: reader.device.pullBody(reader.cursor, limit),
      });
      const page = (await response.json()) as PullResponse;
      page.changes.forEach((change) => reader.seen.add(change.id));
      reader.cursor = page.cursor;
      return page;
    };
    const reading = readers.map(async (reader, index) => {
      while (writing) {
        const busy = inFlight > 0;
        await pull(reader, 5 + index * 3);
        if (busy || inFlight > 0) interleavings += 1;
      }
    });
    await Promise.all(Array.from({ length: 8 }, writer));
    writing = false;
    await Promise.all(reading);
    for (const reader of readers) {
      for (;;) if (!(await pull(reader, 1000)).hasMore) break;
      expect([...pushed].filter((id) => !reader.seen.has(id))).toEqual([]);
    }
    // PGlite has one connection, so its pulls wait behind pushes: the count is PostgreSQL's to reach.
    expect(interleavings).toBeGreaterThanOrEqual(wanted);
  });
});

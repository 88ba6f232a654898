// A phone for tests that cross from the client's sync engine to the real server: its own device
// database, the real API client over a fetch the test may wrap (to drop or cut a response), and
// an engine whose retries the test drives itself.
import { randomUUID } from 'node:crypto';
import { AppDatabase } from '../../src/client/db/db.ts';
import { createApi } from '../../src/client/sync/api.ts';
import { SyncEngine } from '../../src/client/sync/engine.ts';

export type Fetch = typeof fetch;

/** The URL a fetch call aims at, whatever form its first argument takes. */
export const urlOf = (input: Parameters<Fetch>[0]) =>
  typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;

export function device(
  baseUrl: string,
  token: string,
  wrap: (real: Fetch) => Fetch = (real) => real,
) {
  const database = new AppDatabase(`device-${randomUUID()}`);
  const api = createApi({ baseUrl, getToken: () => token, fetch: wrap(fetch) });
  // A long backoff: the test drives every retry itself.
  const engine = new SyncEngine({ database, api, backoff: { baseMs: 600_000, maxMs: 600_000 } });
  return { database, engine, api };
}

// Record versions and the locks that keep them in order. Writers lock the records they touch (not
// one global lock), then take versions: each record's versions rise in the order its writers
// commit, which the merge relies on, while writers of different records run side by side. The
// change feed orders by transaction, not by version (docs/decisions/0007-feed-in-transaction-order.md).
import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';

export async function nextVersions(tx: Tx, count: number): Promise<number[]> {
  if (count === 0) return [];
  const result = await tx.execute<{ v: string }>(
    sql`SELECT nextval('record_version_seq')::text AS v FROM generate_series(1, ${count})`,
  );
  return result.rows.map((row) => Number(row.v));
}

export async function nextVersion(tx: Tx): Promise<number> {
  const [version] = await nextVersions(tx, 1);
  if (version === undefined) throw new Error('no version allocated');
  return version;
}

/**
 * A 64-bit advisory lock key for one record: two 32-bit string hashes (FNV-1a and a murmur-style
 * mix) side by side. A collision only makes two writers wait, so no cryptographic hash is needed;
 * SHA-256 cost a push of 100 about 0.15 ms (docs/performance.md).
 */
export function lockKey(entity: string, id: string): bigint {
  let fnv = 0x811c9dc5;
  let mix = 0x5bd1e995;
  const key = `${entity}\u0000${id}`;
  for (let index = 0; index < key.length; index++) {
    const code = key.charCodeAt(index);
    fnv = Math.imul(fnv ^ code, 0x01000193);
    mix = Math.imul(mix ^ code, 0x5bd1e995);
    mix ^= mix >>> 15;
  }
  return BigInt.asIntN(64, (BigInt(fnv >>> 0) << 32n) | BigInt(mix >>> 0));
}

/** Keys in one sorted order taken by every writer, so two writers never wait on each other in a circle. */
function lockKeys(keys: { entity: string; id: string }[]): string {
  const sorted = [...new Set(keys.map((key) => lockKey(key.entity, key.id)))].sort((a, b) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  return `{${sorted.join(',')}}`;
}

/** Locks the records a transaction is about to read and write, until it ends. */
export async function lockRecords(tx: Tx, keys: { entity: string; id: string }[]): Promise<void> {
  if (keys.length === 0) return;
  await tx.execute(sql`SELECT lock_records(${lockKeys(keys)}::bigint[])`);
}

/**
 * Locks the records, then (with every lock held) takes `wanted` versions and reads the records as
 * they stand: a function for the FROM list of a larger statement (clients.ts, openPush), yielding
 * `versions_taken` and `stored` (migration 0006).
 */
export function lockVersionAndRead(keys: { entity: string; id: string }[], wanted: SQL): SQL {
  return sql`lock_version_and_read(${lockKeys(keys)}::bigint[], ${wanted}, ${JSON.stringify(keys)}::jsonb)`;
}

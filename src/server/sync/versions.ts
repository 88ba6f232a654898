// Record versions and the locks that keep them in order. Writers lock the records they touch (not
// one global lock), then take versions: each record's versions rise in the order its writers
// commit, which the merge relies on, while writers of different records run side by side. The
// change feed orders by transaction, not by version (docs/decisions/0007-feed-in-transaction-order.md).
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
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

/** A 64-bit advisory lock key for one record (a collision only makes two writers wait). */
function lockKey(entity: string, id: string): string {
  return createHash('sha256').update(`${entity}\u0000${id}`).digest().readBigInt64BE(0).toString();
}

/**
 * Locks the records a transaction is about to read and write, until it ends. Keys are taken in
 * one sorted order by every writer, so two writers never wait on each other in a circle.
 */
export async function lockRecords(tx: Tx, keys: { entity: string; id: string }[]): Promise<void> {
  if (keys.length === 0) return;
  const sorted = [...new Set(keys.map((key) => lockKey(key.entity, key.id)))].sort((a, b) =>
    BigInt(a) < BigInt(b) ? -1 : 1,
  );
  await tx.execute(sql`SELECT lock_records(${`{${sorted.join(',')}}`}::bigint[])`);
}

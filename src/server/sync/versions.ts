import { sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';

// Every write to `records` takes versions through here. The transaction-scoped advisory lock makes
// version order equal commit order: a later version cannot be handed out until the transaction
// holding the lock has committed, so a pull cursor never steps over a change still in flight.
const CHANGE_LOCK = 7202;

export async function nextVersions(tx: Tx, count: number): Promise<number[]> {
  if (count === 0) return [];
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${CHANGE_LOCK})`);
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

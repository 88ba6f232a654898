// The truth after a load run, read from the server's database once the server has stopped.
import { sql } from 'drizzle-orm';
import type { Database } from '../../../src/server/db/client.ts';
import { creationsPerRecord } from '../../../src/server/sync/push-audit.ts';

/** How many acknowledged records the server holds, and how many records it created twice. */
export async function readTruth(
  db: Database,
  acknowledged: Set<string>,
): Promise<{ onServer: number; createdTwice: number }> {
  let onServer = 0;
  const ids = [...acknowledged];
  for (let start = 0; start < ids.length; start += 5_000) {
    const slice = ids.slice(start, start + 5_000);
    const found = await db.orm.execute<{ n: string }>(
      sql`SELECT count(*)::text AS n FROM records WHERE entity = 'recommendation' AND id IN (${sql.join(
        slice.map((id) => sql`${id}`),
        sql`, `,
      )})`,
    );
    onServer += Number(found.rows[0]?.n ?? 0);
  }
  const creates = await creationsPerRecord(db.orm, { entity: 'recommendation' });
  const createdTwice = [...creates.values()].filter((count) => count > 1).length;
  return { onServer, createdTwice };
}

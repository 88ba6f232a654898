// The unit tree as the server holds it, on a given day (today unless asked), for every scope check.
import { sql } from 'drizzle-orm';
import type { Unit } from '../../shared/schemas/unit.ts';
import type { FullUnit } from '../../shared/units/unit-changes.ts';
import { UnitTree } from '../../shared/units/unit-tree.ts';
import type { Executor } from '../db/client.ts';

export const todayIso = (now = new Date()) => now.toISOString().slice(0, 10);

export async function loadUnitRecords(db: Executor): Promise<FullUnit[]> {
  const result = await db.execute<{ id: string; data: Unit }>(
    sql`SELECT id, data FROM records WHERE entity = 'unit' AND NOT deleted AND data IS NOT NULL`,
  );
  return result.rows.map((row) => ({ ...row.data, id: row.id }));
}

export async function loadUnitTree(db: Executor, day = todayIso()): Promise<UnitTree> {
  return new UnitTree(await loadUnitRecords(db), day);
}

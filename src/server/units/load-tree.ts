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

// Pushes and pulls ask for the tree on every request; it changes a few times a year. Each database
// keeps its last tree, reused while a cheap stamp of the unit rows says nothing changed: a change
// to a unit always gives its row a higher version, so the stamp moves when any unit does.
const cachedTrees = new WeakMap<object, { stamp: string; tree: UnitTree }>();

/** A cheap stamp of the unit rows, to run alone or inside another statement. */
export const UNIT_ROWS_STAMP = sql`SELECT concat_ws('/', count(*), max(version), sum(version)) FROM records WHERE entity = 'unit'`;

/** The tree of `owner`'s database today, read through `db` (which may be a transaction). */
export async function currentUnitTree(owner: object, db: Executor): Promise<UnitTree> {
  const found = await db.execute<{ stamp: string }>(sql`SELECT (${UNIT_ROWS_STAMP}) AS stamp`);
  return unitTreeAt(owner, db, found.rows[0]?.stamp ?? '');
}

/** The tree for a stamp of the unit rows read by the caller: the cached one while it holds. */
export async function unitTreeAt(
  owner: object,
  db: Executor,
  rowsStamp: string,
): Promise<UnitTree> {
  const stamp = `${todayIso()}/${rowsStamp}`;
  const cached = cachedTrees.get(owner);
  if (cached?.stamp === stamp) return cached.tree;
  const tree = await loadUnitTree(db);
  cachedTrees.set(owner, { stamp, tree });
  return tree;
}

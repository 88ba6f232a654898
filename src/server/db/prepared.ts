// Named prepared statements for the statements every push runs. Their text does not change with the
// batch (the rows travel as one JSON parameter), so PostgreSQL can parse and plan each once per
// connection and afterwards only bind and run it: about 0.4 ms a push on PostgreSQL and 0.9 ms on
// PGlite, whose planner also asks the file system for every table's size (docs/performance.md).
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Executor } from './client.ts';

const dialect = new PgDialect();

/**
 * Statement texts named so far. A statement's name is fixed by its text: another shape of the same
 * statement is another name, and a name is never reused for another text on a connection.
 */
const names = new Map<string, string>();

/**
 * Each name costs memory on every connection that ran it, so a statement whose text varied with
 * its data (an IN list spelled out, say) must not mint names without end: past this many texts,
 * new ones run unnamed.
 */
export const MAX_PREPARED = 64;

export function preparedName(text: string): string | undefined {
  const known = names.get(text);
  if (known !== undefined || names.size >= MAX_PREPARED) return known;
  const name = `ddte_${names.size + 1}`;
  names.set(text, name);
  return name;
}

/** Runs `statement` as a named prepared statement (unnamed once MAX_PREPARED texts are named). */
export async function executePrepared<Row extends Record<string, unknown>>(
  db: Executor,
  statement: SQL,
): Promise<Row[]> {
  const query = dialect.sqlToQuery(statement);
  const result = await db._.session
    .prepareQuery<{ execute: { rows: Row[] }; all: unknown; values: unknown }>(
      query,
      undefined,
      preparedName(query.sql),
      false,
    )
    .execute();
  return result.rows;
}

// Reading and writing rows of `records` in bulk: one query for many records, on PGlite and PostgreSQL alike.
import { sql, type SQL } from 'drizzle-orm';
import type { EntityName } from '../../shared/entities.ts';
import type { Executor } from '../db/client.ts';
import { compactFields, expandFields } from './field-stamps.ts';

export interface RecordRow {
  entity: EntityName;
  id: string;
  unitCode: string;
  shared: boolean;
  data: Record<string, unknown> | null;
  stamps: Record<string, string>;
  fieldVersions: Record<string, number>;
  version: number;
  deleted: boolean;
}

/** Who wrote the records of one write (seeds: nobody). */
export interface Writers {
  /** The account whose device made the change. */
  authorId: string | null;
  /** The account that sent it to the server (differs for a file transferred through the district). */
  submittedBy: string | null;
}

export const recordKey = (entity: string, id: string) => `${entity}\u0000${id}`;

/** A record as `read_records` returns it (migration 0006), its field stamps as stored. */
export type FoundRecord = Omit<RecordRow, 'version'> & { version: number | string };

/** The records `read_records` found, by key, in the form merge.ts reads. */
export function recordsFound(found: FoundRecord[]): Map<string, RecordRow> {
  const records = new Map<string, RecordRow>();
  for (const row of found) {
    records.set(recordKey(row.entity, row.id), {
      ...row,
      stamps: expandFields(row.stamps, row.data),
      fieldVersions: expandFields(row.fieldVersions, row.data),
      version: Number(row.version),
    });
  }
  return records;
}

/** The records of `keys` as stored (one primary-key probe each). */
export async function loadRecords(
  db: Executor,
  keys: { entity: string; id: string }[],
): Promise<Map<string, RecordRow>> {
  if (keys.length === 0) return new Map();
  const result = await db.execute<{ found: FoundRecord[] }>(
    sql`SELECT read_records(${JSON.stringify(keys)}::jsonb) AS found`,
  );
  return recordsFound(result.rows[0]?.found ?? []);
}

/**
 * Stores `rows`, `existing` holding the keys of those already stored (a server-side change writes
 * one record, the seed only new ones: one statement either way).
 */
export async function writeRecords(
  db: Executor,
  rows: RecordRow[],
  by: Writers,
  existing: ReadonlySet<string>,
): Promise<void> {
  for (const statement of writeRecordsSql(rows, by, existing)) await db.execute(statement);
}

/**
 * The statements storing `rows` (none, one or two, to run alone or in a CTE): a plain INSERT of the
 * records not in `existing`, an upsert of the rest. The writer holds the records' locks and read
 * them, so it knows which exist; a plain INSERT spares each new row the upsert's speculative
 * insertion (docs/performance.md). `existing` holds `recordKey`s.
 */
export function writeRecordsSql(
  rows: RecordRow[],
  by: Writers,
  existing: ReadonlySet<string>,
): SQL[] {
  const fresh: RecordRow[] = [];
  const known: RecordRow[] = [];
  for (const row of rows) (existing.has(recordKey(row.entity, row.id)) ? known : fresh).push(row);
  return [
    ...(fresh.length > 0 ? [insertSql(fresh, by)] : []),
    ...(known.length > 0
      ? [
          sql`${insertSql(known, by)}
    ON CONFLICT (entity, id) DO UPDATE SET
      unit_code = excluded.unit_code, shared = excluded.shared, data = excluded.data,
      stamps = excluded.stamps, field_versions = excluded.field_versions, version = excluded.version,
      deleted = excluded.deleted, updated_by = excluded.updated_by,
      submitted_by = excluded.submitted_by, updated_at = now(),
      txid = pg_current_xact_id()::text::bigint`,
        ]
      : []),
  ];
}

/** The writers travel once per statement, not in every row's JSON (docs/performance.md). */
function insertSql(rows: RecordRow[], by: Writers): SQL {
  const payload = rows.map((row) => ({
    entity: row.entity,
    id: row.id,
    unit_code: row.unitCode,
    shared: row.shared,
    data: row.data,
    stamps: compactFields(row.stamps, row.data),
    field_versions: compactFields(row.fieldVersions, row.data),
    version: row.version,
    deleted: row.deleted,
  }));
  return sql`
    INSERT INTO records (entity, id, unit_code, shared, data, stamps, field_versions, version, deleted,
                         created_by, updated_by, submitted_by)
    SELECT entity, id, unit_code, shared, data, stamps, field_versions, version, deleted,
           ${by.authorId}::uuid, ${by.authorId}::uuid, ${by.submittedBy}::uuid
    FROM jsonb_to_recordset(${JSON.stringify(payload)}::jsonb) AS x(
      entity text, id text, unit_code text, shared boolean, data jsonb, stamps jsonb,
      field_versions jsonb, version bigint, deleted boolean)`;
}

-- The change feed in transaction order instead of under one global lock (docs/decisions/0007):
-- every write stamps the writing transaction's id, and a pull returns only what transactions older
-- than every running one wrote, so a cursor never steps over a change still in flight.
ALTER TABLE records ADD COLUMN txid bigint NOT NULL DEFAULT 0;
ALTER TABLE records ALTER COLUMN txid SET DEFAULT (pg_current_xact_id()::text::bigint);
CREATE INDEX records_feed_idx ON records (txid, version);
CREATE INDEX records_unit_feed_idx ON records (unit_code, txid, version);
DROP INDEX records_unit_version_idx;
DROP INDEX records_shared_version_idx;
CREATE INDEX records_shared_feed_idx ON records (txid, version) WHERE shared;
CREATE INDEX records_open_conflicts_idx ON records (unit_code, version)
  WHERE entity = 'conflict' AND NOT deleted;

-- Units carry their history (docs/units.md): a unit that ended names its successors instead of
-- having its records moved. Rewritten with new versions so every device receives the new shape.
UPDATE records SET
  data = (data - 'mergedInto') || jsonb_build_object(
    'validFrom', NULL,
    'validTo', CASE WHEN (data->>'retired')::boolean THEN to_char(updated_at, 'YYYY-MM-DD') END,
    'successors', CASE WHEN data->>'mergedInto' IS NULL THEN '[]'::jsonb
                       ELSE jsonb_build_array(data->>'mergedInto') END,
    'history', '[]'::jsonb),
  version = nextval('record_version_seq'),
  txid = pg_current_xact_id()::text::bigint
WHERE entity = 'unit' AND data IS NOT NULL;

-- A plan belongs to the province that issues it.
UPDATE records SET
  data = data || jsonb_build_object('unitCode', unit_code),
  version = nextval('record_version_seq'),
  txid = pg_current_xact_id()::text::bigint
WHERE entity = 'plan' AND data IS NOT NULL AND NOT data ? 'unitCode';

-- Sign-in throttling in the database: atomic counts that hold across server instances.
CREATE TABLE login_throttle (
  key text PRIMARY KEY,
  window_start timestamptz NOT NULL DEFAULT now(),
  attempts integer NOT NULL DEFAULT 0
);

-- One-time passwords must be changed at the next sign-in; sessions say where they were opened.
ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
ALTER TABLE sessions ADD COLUMN last_used_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE sessions ADD COLUMN user_agent text;

-- Writers lock the records they touch, one key after the other in the order given (sorted by the
-- caller), so two writers never wait on each other in a circle.
CREATE FUNCTION lock_records(keys bigint[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  key bigint;
BEGIN
  FOREACH key IN ARRAY keys LOOP
    PERFORM pg_advisory_xact_lock(key);
  END LOOP;
END;
$$;

-- Settings of the server itself (the first administrator's set-up code, as a hash).
CREATE TABLE server_settings (
  key text PRIMARY KEY,
  value jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- A push reads the records it touches in the statement that locks them: one round trip less
-- (docs/performance.md). read_records is that read, also run alone (records-store.ts). Inside
-- lock_version_and_read it is a query of its own, and a volatile function's queries each take a
-- fresh snapshot, so it sees what every writer that held these locks before committed; the calling
-- statement's snapshot, taken before the locks were granted, would not
-- (sync/same-record-concurrency.db.test.ts).
CREATE FUNCTION read_records(touched jsonb) RETURNS jsonb LANGUAGE sql STABLE AS $$
  SELECT coalesce(jsonb_agg(jsonb_build_object(
    'entity', r.entity, 'id', r.id, 'unitCode', r.unit_code, 'shared', r.shared, 'data', r.data,
    'stamps', r.stamps, 'fieldVersions', r.field_versions, 'version', r.version,
    'deleted', r.deleted)), '[]'::jsonb)
  FROM jsonb_to_recordset(touched) AS k(entity text, id text)
  -- One primary-key probe per key: as a plain join the planner hashed the keys and read the whole
  -- table, so a push cost more the more records the server held (LIMIT 1 keeps the probe apart).
  CROSS JOIN LATERAL (
    SELECT * FROM records WHERE records.entity = k.entity AND records.id = k.id LIMIT 1
  ) AS r
$$;

CREATE FUNCTION lock_version_and_read(keys bigint[], wanted integer, touched jsonb)
RETURNS TABLE (versions_taken bigint[], stored jsonb) LANGUAGE plpgsql AS $$
BEGIN
  PERFORM lock_records(keys);
  versions_taken := ARRAY(SELECT nextval('record_version_seq') FROM generate_series(1, wanted));
  SELECT x.found INTO stored FROM read_records(touched) AS x(found);
  RETURN NEXT;
END;
$$;

DROP FUNCTION lock_records_then_version(bigint[], integer);

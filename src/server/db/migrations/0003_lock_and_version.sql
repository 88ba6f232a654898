-- A push locks the records it touches and then takes versions for its mutations: one statement
-- instead of two. The versions are taken after every lock is held, so a record's versions still rise
-- in the order its writers commit (docs/decisions/0007-feed-in-transaction-order.md).
CREATE FUNCTION lock_records_then_version(keys bigint[], wanted integer) RETURNS bigint[]
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM lock_records(keys);
  RETURN ARRAY(SELECT nextval('record_version_seq') FROM generate_series(1, wanted));
END;
$$;

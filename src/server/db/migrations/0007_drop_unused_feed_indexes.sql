-- The pull reads the feed in (txid, version) order and filters by unit: its plan walks
-- records_feed_idx on PostgreSQL and PGlite alike, for a commune as for the province, and never
-- these two (pg_stat_user_indexes counted no scan of either after pulls of every scope). Each new
-- record still paid for an entry in the per-unit one (docs/performance.md).
DROP INDEX IF EXISTS records_unit_feed_idx;
DROP INDEX IF EXISTS records_shared_feed_idx;

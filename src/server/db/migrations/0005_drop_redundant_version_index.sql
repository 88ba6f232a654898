-- Versions come from one sequence, so they are unique without an index that says so, and no query
-- looks a record up by its version alone: the feed reads (txid, version) and the open conflicts
-- (unit_code, version). Each pushed record paid for one more index entry (docs/performance.md).
DROP INDEX IF EXISTS records_version_idx;

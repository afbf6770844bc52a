-- 003: a run whose every page answered "not modified" and whose catalog, curated entries and
-- day are those of the run before is recorded as 'unchanged' without copying records or
-- offerings again. Its source health rows point at the run that holds the records they list.

ALTER TABLE core.runs ADD COLUMN outcome VARCHAR;             -- 'refreshed' | 'unchanged'
ALTER TABLE core.runs ADD COLUMN inputs_fingerprint VARCHAR;  -- catalog + curated + day + version
ALTER TABLE core.runs ADD COLUMN requests INTEGER;            -- HTTP requests sent (retries incl.)
ALTER TABLE core.source_health ADD COLUMN records_run_id VARCHAR;  -- NULL: this run's own records
UPDATE core.runs SET outcome = 'refreshed';

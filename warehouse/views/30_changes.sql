-- mart.changes: one row per offering that was added, changed, removed or reappeared in a run,
-- with the previous run and the values before and after for the fields analysts ask about.
-- change: added | changed | removed | retired | reappeared (retired: every source failed for
-- retire_after_days). changed_fields names the fields that differ
-- from the previous version (NULL for versions written before schema 2).
CREATE OR REPLACE VIEW mart.changes AS
WITH ordered_runs AS (
    SELECT
        run_id,
        started_at,
        lag(run_id) OVER (ORDER BY started_at, run_id) AS previous_run_id
    FROM core.runs
),
versions AS (
    SELECT
        h.*,
        lag(h.title) OVER w AS previous_title,
        lag(h.start_iso) OVER w AS previous_start,
        lag(h.start_date) OVER w AS previous_start_date,
        lag(h.end_iso) OVER w AS previous_end,
        lag(h.city) OVER w AS previous_city,
        lag(h.format) OVER w AS previous_format,
        lag(h.status) OVER w AS previous_status
    FROM core.offering_history AS h
    WINDOW w AS (PARTITION BY h.offering_id ORDER BY h.version)
)
SELECT
    r.run_id,
    r.started_at AS run_started_at,
    r.previous_run_id,
    v.offering_id,
    v.version,
    v.change_kind AS change,
    v.changed_fields,
    v.kind,
    v.title,
    v.previous_title,
    v.start_iso AS "start",
    v.previous_start,
    v.start_date,
    v.previous_start_date,
    v.end_iso AS "end",
    v.previous_end,
    v.city,
    v.previous_city,
    v.format,
    v.previous_format,
    v.status,
    v.previous_status,
    v.url
FROM versions AS v
JOIN ordered_runs AS r ON r.run_id = v.valid_from_run_id;

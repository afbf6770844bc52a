-- mart.overview: one row per offering the sources list now — what overview.json contains.
-- Removed offerings (gone from a healthy source) and retired ones (every source failing for
-- retire_after_days) are not here; past and cancelled ones are, with their status. stale_since
-- is set while no source could confirm the offering (last_seen is when one last did). "start"/"end" are the ISO strings as published; start_date/end_date and
-- start_ts/end_ts are typed for SQL.
CREATE OR REPLACE VIEW mart.overview AS
SELECT
    id,
    title,
    kind,
    url,
    start_iso AS "start",
    end_iso AS "end",
    all_day,
    date_precision,
    date_text,
    recurrence,
    format,
    venue,
    city,
    state,
    organizer,
    audience,
    topics,
    cost,
    free,
    status,
    description,
    confidence,
    sources,
    first_seen,
    last_seen,
    stale_since,
    start_date,
    end_date,
    start_ts,
    end_ts,
    version,
    last_run_id
FROM core.offerings
WHERE status NOT IN ('removed', 'retired');

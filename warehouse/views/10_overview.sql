-- mart.overview: one row per offering the sources list now — what overview.json contains.
-- Removed offerings (gone from a healthy source) are not here; past and cancelled ones are,
-- with their status. "start"/"end" are the ISO strings as published; start_date/end_date and
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
    start_date,
    end_date,
    start_ts,
    end_ts,
    version,
    last_run_id
FROM core.offerings
WHERE status <> 'removed';

-- mart.source_health: one row per catalog source — how its last run went, when it last
-- succeeded (crawled completely and healthily), and how its record count moves.
-- records_change = records in the last run minus the run before; trend compares the last run
-- with the average of the five runs before it (down = fewer than 80 %, up = more than 120 %).
CREATE OR REPLACE VIEW mart.source_health AS
WITH ranked AS (
    SELECT
        h.*,
        r.started_at,
        row_number() OVER (PARTITION BY h.source_id ORDER BY r.started_at DESC, r.run_id DESC)
            AS recency
    FROM core.source_health AS h
    JOIN core.runs AS r USING (run_id)
),
per_source AS (
    SELECT
        source_id,
        count(*) AS runs,
        count(*) FILTER (WHERE status IN ('failed', 'unreachable')) AS failed_runs,
        max(started_at) FILTER (WHERE healthy) AS last_success,
        avg(records) FILTER (WHERE recency BETWEEN 2 AND 6) AS records_avg_before,
        min(recency) FILTER (WHERE healthy) - 1 AS runs_since_success
    FROM ranked
    GROUP BY source_id
)
SELECT
    s.source_id,
    s.name,
    s.kind,
    s.extract_mode,
    s.level,
    s.enabled,
    s.login_only,
    last.run_id AS last_run_id,
    last.started_at AS last_run_at,
    last.status,
    last.healthy,
    p.last_success,
    p.runs_since_success,
    last.records,
    prev.records AS records_previous,
    last.records - prev.records AS records_change,
    CASE
        WHEN last.run_id IS NULL THEN NULL
        WHEN p.records_avg_before IS NULL THEN 'new'
        WHEN last.records < 0.8 * p.records_avg_before THEN 'down'
        WHEN last.records > 1.2 * p.records_avg_before THEN 'up'
        ELSE 'flat'
    END AS trend,
    last.pages_fetched AS pages,
    last.pages_unchanged,
    last.pages_failed,
    last.issues,
    last.issue_messages,
    p.runs,
    p.failed_runs
FROM core.sources AS s
LEFT JOIN ranked AS last ON last.source_id = s.source_id AND last.recency = 1
LEFT JOIN ranked AS prev ON prev.source_id = s.source_id AND prev.recency = 2
LEFT JOIN per_source AS p ON p.source_id = s.source_id;

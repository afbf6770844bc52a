-- 002: say what kind of change each history version is and which fields changed (so analysts
-- need no self-join to ask "which conferences moved"), and remember when a page body was pruned.

ALTER TABLE core.offering_history ADD COLUMN change_kind VARCHAR;
ALTER TABLE core.offering_history ADD COLUMN changed_fields VARCHAR[];

-- Versions written by schema 1 knew no change kind: derive it from the version and the status
-- before. Their changed_fields stay NULL ("not recorded"), unlike [] ("nothing changed").
UPDATE core.offering_history AS h
SET change_kind = derived.change_kind
FROM (
    SELECT
        offering_id,
        version,
        CASE
            WHEN status = 'removed' THEN 'removed'
            WHEN version = 1 THEN 'added'
            WHEN lag(status) OVER (PARTITION BY offering_id ORDER BY version) = 'removed'
                THEN 'reappeared'
            ELSE 'changed'
        END AS change_kind
    FROM core.offering_history
) AS derived
WHERE h.offering_id = derived.offering_id AND h.version = derived.version;

ALTER TABLE raw.pages ADD COLUMN pruned_at TIMESTAMPTZ;

-- 002: say what kind of change each history version is and which fields changed (so analysts
-- need no self-join to ask "which conferences moved"), and remember when a page body was pruned.

ALTER TABLE core.offering_history ADD COLUMN change_kind VARCHAR;
ALTER TABLE core.offering_history ADD COLUMN changed_fields VARCHAR[];

-- Versions written by schema 1 knew no change kind: derive it from the version and status.
-- Their changed_fields stay NULL ("not recorded"), unlike [] ("nothing changed").
UPDATE core.offering_history
SET change_kind = CASE
    WHEN status = 'removed' THEN 'removed'
    WHEN version = 1 THEN 'added'
    ELSE 'changed'
END;

ALTER TABLE raw.pages ADD COLUMN pruned_at TIMESTAMPTZ;

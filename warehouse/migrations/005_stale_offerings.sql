-- 005: keep "last seen" honest. When every source of an offering failed, its last records are
-- carried (so the overview keeps it) but nobody saw it: last_seen stays, stale_since says since
-- when (the first run that could not confirm it). After retire_after_days (catalog setting,
-- default 14) of that, the offering is retired: status 'retired', out of the overview, with a
-- history version of change_kind 'retired' — never silently.
ALTER TABLE core.offerings ADD COLUMN stale_since TIMESTAMPTZ;

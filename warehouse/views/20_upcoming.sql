-- mart.upcoming: offerings still to come (today in Berlin or later), scheduled or postponed,
-- soonest first; those known only to the season or year ("KGSt-FORUM 2026") after the dated
-- ones, since their start is a period bound, not a day. Offerings without any date (networks,
-- platforms) are not "upcoming".
CREATE OR REPLACE VIEW mart.upcoming AS
SELECT *
FROM mart.overview
WHERE status IN ('scheduled', 'postponed')
  AND coalesce(end_date, start_date) >= CAST(timezone('Europe/Berlin', current_timestamp) AS DATE)
ORDER BY coalesce(date_precision IN ('season', 'year'), false), start_date, start_ts NULLS FIRST, title;

-- mart.upcoming: offerings still to come (today in Berlin or later), scheduled or postponed,
-- soonest first. Only those dated to the day, week or month: an offering known only to the
-- season or year ("KGSt-FORUM 2026", stored as 2026-01-01..2026-12-31) is in mart.date_tba,
-- not here, so "upcoming by month" does not count it in January. Offerings without any date
-- (networks, platforms) are not "upcoming" either. A recurring offering (recurrence, an RRULE)
-- is listed by its next occurrence as of the last refresh, and stays listed if that day has
-- passed since: it repeats (a series that has ended was marked past when it was loaded).
CREATE OR REPLACE VIEW mart.upcoming AS
SELECT *
FROM mart.overview
WHERE status IN ('scheduled', 'postponed')
  AND coalesce(date_precision, 'day') NOT IN ('season', 'year')
  AND (
      coalesce(end_date, start_date) >= CAST(timezone('Europe/Berlin', current_timestamp) AS DATE)
      OR (recurrence IS NOT NULL AND start_date IS NOT NULL)
  )
ORDER BY start_date, start_ts NULLS FIRST, title;

-- mart.date_tba: "date to be announced" — scheduled or postponed offerings known only to the
-- season or year whose period has not ended yet, in the order of that period.
CREATE OR REPLACE VIEW mart.date_tba AS
SELECT *
FROM mart.overview
WHERE status IN ('scheduled', 'postponed')
  AND date_precision IN ('season', 'year')
  AND coalesce(end_date, start_date) >= CAST(timezone('Europe/Berlin', current_timestamp) AS DATE)
ORDER BY start_date, title;

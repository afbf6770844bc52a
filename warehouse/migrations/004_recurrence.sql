-- 004: an offering may recur. "recurrence" is an RFC 5545 RRULE ("FREQ=MONTHLY;BYDAY=1TH") from
-- an iCal series or from the page's words ("jeden ersten Donnerstag im Monat"); start/end are then
-- the next occurrence as of the run that loaded it. NULL: a one-off (or not known to repeat).
-- Raw records keep it too, so a record carried over from an unchanged page keeps its rule.

ALTER TABLE raw.records ADD COLUMN recurrence VARCHAR;
ALTER TABLE core.offerings ADD COLUMN recurrence VARCHAR;
ALTER TABLE core.offering_history ADD COLUMN recurrence VARCHAR;

"""The time objects of a calendar API's events: Google Calendar's (and Microsoft Graph's).

Google Calendar's API v3 answers an events list with each start and end as an object: a timed
event's ``{"dateTime": "2015-07-06T17:50:00+02:00", "timeZone": "Europe/Helsinki"}``, an all-day
event's ``{"date": "2015-07-06"}`` — and ``"end": {"date": …}`` is the day *after* its last, as
iCalendar's DTEND. Sites and apps keep such answers as files (a camp app's schedule). A stated
offset is the event's wall clock and stays, even where the zone beside it disagrees (a daily
series created in Helsinki's zone but written at Stockholm's +02:00: the clock the calendar
shows is the offset's). Without an offset (Microsoft Graph's ``{"dateTime":
"2026-10-01T18:00:00.0000000", "timeZone": "Europe/Berlin"}``) the clock is the zone's; so too
Indico's day and clock apart, ``{"date": …, "time": "17:00:00", "tz": "Europe/Zurich"}``.
A UTC stamp beside a zone (``{"dateTime": "2026-08-25T18:30:00Z", "timeZone": "Europe/London"}``,
as a script that stores the moment in UTC writes it) says no clock of its own: it is shown at the
zone's clock, 19:30+01:00 — Google itself writes the zone's offset.
"""

from __future__ import annotations

from datetime import date, timedelta

from netdir import lazy_re
from netdir.extract.api_event_times import clock_in_zone
from netdir.extract.iso_moments import iso_moment
from netdir.zone_names import named_zone

#: A day alone, „2015-07-06“ (an all-day event's start or end).
ISO_DAY = lazy_re.compile(r"^\d{4}-\d{2}-\d{2}$")
_STAMP = lazy_re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_CLOCK = lazy_re.compile(r"^\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?$")


def calendar_time(value: object) -> str | None:
    """A time object's start or end as ISO: with its offset, or the day alone."""
    if not isinstance(value, dict):
        return None
    stamp = value.get("dateTime")
    if isinstance(stamp, str) and _STAMP.match(stamp):
        zone_name = value.get("timeZone")
        return _utc_at_zone(stamp, zone_name) or clock_in_zone(stamp, zone_name)
    day = value.get("date")
    if "dateTime" not in value and isinstance(day, str) and ISO_DAY.match(day):
        clock = value.get("time")
        if isinstance(clock, str) and _CLOCK.match(clock):
            # Indico's HTTP API: {"date": "2019-08-30", "tz": "Europe/Zurich", "time": "17:00:00"},
            # the local clock of the zone beside it.
            return clock_in_zone(f"{day}T{clock[:8]}", value.get("tz") or value.get("timeZone"))
        return day
    return None


def last_day(end: str, value: object) -> str:
    """An all-day end object's day (the day after the event) as the event's last day."""
    if isinstance(value, dict) and "dateTime" not in value and end == value.get("date"):
        return day_before(end)
    return end


def day_before(day: str) -> str:
    """The ISO day before ``day``: an all-day end that names the day after the event, as
    iCalendar's DTEND does, turned into the event's last day."""
    return (date.fromisoformat(day) - timedelta(days=1)).isoformat()


def _utc_at_zone(stamp: str, zone_name: object) -> str | None:
    """A UTC stamp on the clock of the zone beside it; None for a stamp with another offset or
    none, or a name that is no zone."""
    moment = iso_moment(stamp)
    if moment is None or moment.utcoffset() != timedelta(0) or not isinstance(zone_name, str):
        return None
    zone = named_zone(zone_name)
    return moment.astimezone(zone).isoformat(timespec="minutes") if zone is not None else None

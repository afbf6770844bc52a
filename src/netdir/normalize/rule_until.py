"""An RRULE's UNTIL in UTC, read on the wall clock of the series' start.

A series with a zone ends at an UNTIL written in UTC (RFC 5545: „UNTIL=20240113T105959Z“ for a
series at 12:00 in Berlin whose last night is to be before 13 January). Its nights are counted on
the wall clock of its first start, so UNTIL is read on that clock too: 10:59:59 UTC is 11:59:59
in Berlin in January, and the 12:00 night of 13 January is none of the series' nights. Read as
10:59:59 on the nights' own clock, or against nights counted from midnight, it was one. An UNTIL
that is a day („UNTIL=20230208“, which calendars write for timed series too) ends after that
day's night.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from zoneinfo import ZoneInfo

from netdir import lazy_re

BERLIN = ZoneInfo("Europe/Berlin")

_UNTIL_UTC = lazy_re.compile(r"(?<=UNTIL=)(\d{8}T\d{6})Z")
_UNTIL_DAY = lazy_re.compile(r"(?<=UNTIL=)(\d{8})(?![T\d])")


def local_until(rule: str, start: datetime) -> str:
    """``rule`` with a UTC UNTIL rewritten as the wall-clock time of ``start``'s zone (Berlin's
    when the start's offset is Berlin's then, else the start's own offset), a day's UNTIL as
    that day's last second; other rules as they are."""
    if (day := _UNTIL_DAY.search(rule)) is not None:
        return rule[: day.end()] + "T235959" + rule[day.end() :]
    found = _UNTIL_UTC.search(rule)
    if found is None or start.tzinfo is None:
        return rule
    until = datetime.strptime(found[1], "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
    local = until.astimezone(_zone_of(start)).replace(tzinfo=None)
    return rule[: found.start()] + local.strftime("%Y%m%dT%H%M%S") + rule[found.end() :]


def _zone_of(start: datetime) -> tzinfo:
    if start.utcoffset() == start.astimezone(BERLIN).utcoffset():
        return BERLIN
    return start.tzinfo or UTC

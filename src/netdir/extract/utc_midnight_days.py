"""Days a server wrote as midnight UTC: ``"2026-10-19T00:00:00Z"`` to ``"2026-10-24T00:00:00Z"``.

Sessionize's speaker profiles list the conferences a speaker talks at with
``"eventStartDate": "2026-10-19T00:00:00Z"`` and ``"eventEndDate": "2026-10-24T00:00:00Z"``:
the first and the last day of PHP Conference Brasil, no hour (a one-day meetup's start and end
are the same stamp). Read as moments they move to 01:00 or 02:00 in Berlin — and to the evening
before in Brazil, where the conference is. A start and an end that are both midnight UTC are the
event's days; a start at midnight beside any other end, or a midnight in another offset, is a
clock a reader may have been given and stays.
"""

from __future__ import annotations

from netdir import lazy_re

_MIDNIGHT_UTC = lazy_re.compile(r"^(\d{4}-\d{2}-\d{2})T00:00(?::00)?(?:\.0+)?(?:Z|[+-]00:?00)$")


def utc_midnight_days(start: str | None, end: str | None) -> tuple[str, str] | None:
    """The first and last day of an event whose start and end are both midnight UTC (the end
    not before the start), or None."""
    if start is None or end is None:
        return None
    first, last = _MIDNIGHT_UTC.match(start), _MIDNIGHT_UTC.match(end)
    if first is None or last is None or last.group(1) < first.group(1):
        return None
    return first.group(1), last.group(1)

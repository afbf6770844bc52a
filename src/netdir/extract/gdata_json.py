"""The entries of a Google Data (GData) feed in its JSON form.

Google's Data APIs answered ``alt=json`` with the Atom feed mapped to JSON: every text a
``{"$t": …}`` member, every namespaced element a ``prefix$name`` key. Google Calendar's feeds
(retired 2014, kept in saved apps and pages) give an event's times as ``"gd$when": [{"startTime":
"2014-07-07T14:00:00.000+02:00", "endTime": …}]`` (a day alone for an all-day event) and its
place as ``"gd$where": [{"valueString": "Gym hall"}]``; Blogger still answers in this form.
"""

from __future__ import annotations

from typing import Any

from netdir.extract.api_event_times import clock_in_zone
from netdir.extract.calendar_api_times import ISO_DAY, day_before

TEXT_KEY = "$t"  # a GData text element's content
WHEN_KEY = "gd$when"
WHERE_KEY = "gd$where"


def gdata_when(node: dict[str, Any]) -> tuple[str, str | None] | None:
    """An entry's start and end (None when it ends as it starts) from its first ``gd$when``."""
    whens = node.get(WHEN_KEY)
    first = whens[0] if isinstance(whens, list) and whens else None
    if not isinstance(first, dict):
        return None
    start = _stamp(first.get("startTime"))
    if start is None:
        return None
    end = _stamp(first.get("endTime"))
    if end is not None and len(end) == len(start) == len("2014-07-07"):  # the day after, as DTEND
        end = day_before(end)
    return start, (end if end != start else None)


def gdata_where(node: dict[str, Any]) -> str | None:
    """An entry's place: the first ``gd$where`` that names one."""
    wheres = node.get(WHERE_KEY)
    for where in wheres if isinstance(wheres, list) else [wheres]:
        name = where.get("valueString") if isinstance(where, dict) else None
        if isinstance(name, str) and name.strip():
            return name.strip()
    return None


def _stamp(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    if ISO_DAY.match(value):
        return value
    return clock_in_zone(value, None)

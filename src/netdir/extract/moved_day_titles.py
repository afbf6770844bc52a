"""A structured event whose title says it moved to another day is on that day.

A calendar that keeps a postponed event at its first day often only renames it: kirche-mv.de's
export lists „Giora Feidman - Friendship Tour 2022 - verschoben auf 10.12.2022“ at 24 May
20:00. Its reader knows the concert is on 10 December, not on 24 May — the day the title names
after „verschoben auf“ (or „verlegt auf“, „postponed to“, „rescheduled to“, „moved to“) is the
event's day, the name is the title before the notice, and the hour is not known unless the notice
gives one. A notice without a day („verschoben“, „postponed until further notice“) changes
nothing here: the status reader marks the event postponed.
"""

from __future__ import annotations

import re
from datetime import date

from netdir import lazy_re
from netdir.normalize.when import parse_when

_NOTICE = lazy_re.compile(
    r"\s*[-–—:(,]*\s*\b(?:verschoben|verlegt|postponed|rescheduled|moved)\s+(?:auf|nach|zum|to)\s+"
    r"(?:den\s+|the\s+)?(?P<day>[^()]{4,40}?)\s*[)!.]*\s*$",
    re.IGNORECASE,
)


def moved_to(title: str, first_day: date) -> tuple[str, str] | None:
    """(the title without its notice, the new day's ISO start) when ``title`` ends with a notice
    of the day the event moved to; yearless days count from ``first_day``, the listed day."""
    match = _NOTICE.search(title)
    if match is None or match.start() == 0:
        return None
    moved = parse_when(match.group("day"), today=first_day)
    if moved.start is None or moved.precision not in ("day", "minute"):
        return None
    return title[: match.start()].strip(), moved.start

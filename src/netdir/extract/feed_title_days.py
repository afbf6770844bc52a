"""An event feed's item title that opens with its own day and hour names the event after them.

Calendar feeds list each item the way the site's calendar shows it: „8/16 7:00 PM Miami
University Women's Soccer at Xavier“, „8/29 Miami University Men's Golf vs …“ (SIDEARM Sports),
„12.03. 19:00 Stammtisch“. The date grammar does not read a yearless numeric day as a date phrase
(„8/16“ may be a score or a fraction), so the whole line stood as the name. Where the item states
its start in an element of its own, a leading numeric day that is that start's day — month/day or
day.month —, with or without the hour, restates it: the name is what follows.
"""

from __future__ import annotations

import re
from datetime import date

from netdir import lazy_re

_LEADING_DAY = lazy_re.compile(
    r"^(?P<first>\d{1,2})(?P<sep>[/.])(?P<second>\d{1,2})(?:(?P=sep)(?:\d{4}|\d{2})(?!\d)|\.)?"
    r"(?:,?\s+(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))?\s*(?P<half>[AaPp]\.?[Mm]\.?)?"
    r"(?:\s*(?:Uhr|h)\b)?)?"
    r"\s*(?:[-–|:]\s+)?(?=\S)"
)
_LETTERS_IN_A_NAME = 3


def without_leading_start(title: str, start: str | None) -> str | None:
    """``title`` without a leading day (and hour) that is ``start``'s (an ISO day or stamp);
    None when it opens with no such day, or nothing that names an event would be left."""
    match = _LEADING_DAY.match(title)
    if match is None or start is None:
        return None
    try:
        day = date.fromisoformat(start[:10])
    except ValueError:
        return None
    first, second = int(match["first"]), int(match["second"])
    if (first, second) not in ((day.month, day.day), (day.day, day.month)):
        return None
    if match["hour"] is not None and "T" in start and not _same_hour(match, int(start[11:13])):
        return None  # „8/16 3 Lions“: a number after the day that is not the start's hour
    rest = title[match.end() :].strip()
    if sum(1 for ch in rest if ch.isalpha()) < _LETTERS_IN_A_NAME:
        return None
    return rest


def _same_hour(match: re.Match[str], hour: int) -> bool:
    stated = int(match["hour"])
    half = (match["half"] or "").casefold()[:1]
    if half == "p" and stated != 12:
        stated += 12
    elif half == "a" and stated == 12:
        stated = 0
    return stated == hour

"""A second list that only repeats the days of the list chosen first.

A church's home page shows its coming offerings as cards („Räume für Heilung …“ / „Montag“ /
„13.02.2023.“) whose links open CSS modals further down; each modal repeats the card's day and
place in a box of its own („Montag“ / „13.02.“ / „Gemeindezentrum W18“) above its text. The boxes
are dated and repeat like a list, so they were chosen beside the cards as a second list — the same
offerings again, named by their place. Pages do hold more than one list (a committee's, a year's,
upcoming and past), but those lists name other days: a second group whose every dated block falls
on a day the first list already holds shows the first list's offerings again and is not read.
"""

from __future__ import annotations

from datetime import date

from netdir.extract.listing_groups import MIN_ITEMS, Candidate
from netdir.normalize.when import parse_when


def repeats_the_days(candidate: Candidate, first: Candidate, today: date) -> bool:
    """Whether every dated block ``candidate`` read (two at least) falls on a day of ``first``."""
    days = _days(candidate, today)
    if len(days) < MIN_ITEMS:
        return False
    return set(days) <= set(_days(first, today))


def _days(candidate: Candidate, today: date) -> list[str]:
    found: list[str] = []
    for reading in candidate.readings:
        if not reading.date_text:
            continue
        start = reading.start or parse_when(reading.date_text, today=today).start
        if start:
            found.append(start[:10])
    return found

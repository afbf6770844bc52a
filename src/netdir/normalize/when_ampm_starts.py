"""Several English start times of one day: „Wednesday, Jan. 21, 10:30 & 11:30 a.m.“.

A library's programme runs a session twice in a morning and writes both hours under one „a.m.“
(„10:30 & 11:30 a.m.“, „1 and 3 p.m.“, „10 a.m. & 2 p.m.“): that many sessions, one date text
each, as ``when_lists.occurrences`` splits „13 Uhr und 15 Uhr“. An hour without its own „a.m.“/
„p.m.“ takes the one that closes the run. A run read as a span („10 & 11 a.m. - noon“) or whose
hours do not rise (a range written backwards) is no list of starts.
"""

from __future__ import annotations

import re
from datetime import time
from itertools import pairwise

from netdir import lazy_re

_CLOCK = r"(?:1[0-2]|0?[1-9])(?::[0-5]\d)?"
# Not when_grammar.AM_PM: that one also takes the full stop after „am“/„pm“ written without
# inner dots („10 am. & 2 pm“ a run of two starts there, none here). Both agree on every date
# string of the corpus and the rounds (39,864); of 1.2 million made-up runs 82,320 parse
# otherwise, so the swap would change what this reader splits.
_MERIDIEM = r"(?:[ap]\.\s?m\.|[ap]\.?\s?m\b)"
_JOIN = r"\s*(?:,\s*(?:and\s+)?|\band\s+|&\s*)"
# Hours joined by commas, „and“ or „&“ (at most nine; taken whole, never given back piecemeal:
# a long run of bare numbers must not be tried every way).
_RUN = lazy_re.compile(
    rf"(?<![\w.:]){_CLOCK}(?:\s*{_MERIDIEM})?(?:{_JOIN}{_CLOCK}(?:\s*{_MERIDIEM})?){{1,8}}+",
    re.I,
)
# What may not stand before the run or after it: a span's „to“, „until“ or dash.
_SPAN_BEFORE = lazy_re.compile(r"(?:\bto|\buntil|\bfrom|\bbetween|[-–—])\s*$", re.I)
_SPAN_AFTER = lazy_re.compile(r"\.?\s*(?:[-–—]|to\b|until\b)", re.I)
_ONE = lazy_re.compile(rf"(?P<clock>{_CLOCK})(?:\s*(?P<meridiem>{_MERIDIEM}))?", re.I)
# A day named in English: „Jan. 21“, „January 21“, „21 January“.
_ENGLISH_DAY = lazy_re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b",
    re.I,
)
_YEAR_AFTER = lazy_re.compile(r",?\s*(?:19|20)\d{2}\b")


def ampm_starts(text: str) -> list[str] | None:
    """One date text per start time when ``text`` names a day and a run of two or more am/pm
    hours; None otherwise."""
    day = _ENGLISH_DAY.search(text) if "m" in text.lower() else None
    if day is None:
        return None
    after = _YEAR_AFTER.match(text, day.end())  # the hours follow the day (and its year)
    found = _RUN.search(text, after.end() if after else day.end())
    if found is None:
        return None
    if _SPAN_BEFORE.search(text, 0, found.start()) or _SPAN_AFTER.match(text, found.end()):
        return None
    parts = list(_ONE.finditer(found.group(0)))
    if len(parts) < 2 or parts[-1]["meridiem"] is None:
        return None
    starts: list[time] = []
    closing = parts[-1]["meridiem"]
    for part in parts:
        starts.append(_clock(part["clock"], part["meridiem"] or closing))
    if any(later <= earlier for earlier, later in pairwise(starts)):
        return None
    head, tail = text[: found.start()], text[found.end() :]
    return [f"{head}{_written(start)}{tail}" for start in starts]


def _clock(clock: str, meridiem: str) -> time:
    hour, _, minute = clock.partition(":")
    hours = int(hour) % 12 + (12 if meridiem.lower().startswith("p") else 0)
    return time(hours, int(minute or 0))


def _written(start: time) -> str:
    """„10:30 a.m.“, „3:00 p.m.“: a clock ``parse_when`` reads back."""
    half = "p.m." if start.hour >= 12 else "a.m."
    return f"{start.hour % 12 or 12}:{start.minute:02d} {half}"

"""The house a list of date lines names by its number after the clock: „Tues, Jan 16th at 7.30pm,
395“.

A housing co-operative meets in turn in its houses and lists the year's meetings as bare lines —
the day, the hour, then the house's number („…, 395“, „…, 397“, „…, 399“, „…, 395 (AGM)“). A
reader takes that number for where each meeting is, as a room number after the hour would be.
One line alone cannot say it (a trailing number may count seats or cost), so the evidence is the
list's: every row ends so, and the numbers come round again — two or more houses, each named by
two or more rows.
"""

from __future__ import annotations

import re
from collections import Counter

from netdir import lazy_re
from netdir.records import RawRecord

# „at 7.30pm, 395“, „19:30 Uhr, 12“, „7pm, 397 (AGM)“: a clock, a comma, a number of one to four
# digits (a letter after it: „12a“) and perhaps a bracketed note, ending the line.
_CLOCK_THEN_NUMBER = lazy_re.compile(
    r"\b\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?|Uhr)\s*,\s*(?P<number>\d{1,4}[a-z]?)"
    r"\s*(?:\([^()]{1,40}\))?\s*$",
    re.IGNORECASE,
)
_LEAST_ROWS = 3
_LEAST_TURNS = 2  # each house named by two rows or more


def houses_after_the_clock(records: list[RawRecord]) -> None:
    """Each record of a list whose date lines all end in a number after the clock, the numbers
    coming round again, is held at its number; records with a place keep theirs."""
    if len(records) < _LEAST_ROWS:
        return
    numbers: dict[int, str] = {}
    for record in records:
        match = _CLOCK_THEN_NUMBER.search(" ".join((record.date_text or "").split()))
        if match is None:
            return  # a row that ends otherwise: the numbers are no column of the list
        numbers[id(record)] = match["number"]
    turns = Counter(numbers.values())
    if len(turns) < 2 or min(turns.values()) < _LEAST_TURNS:
        return
    for record in records:
        if record.location_text is None:
            record.location_text = numbers[id(record)]
            where = record.field_sources.get("date_text", "listing:")
            record.field_sources["location_text"] = f"{where} (house number after the clock)"

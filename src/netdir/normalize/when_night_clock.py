"""„In der Nacht vom 22. auf 23. April 1945 heulten gegen 2:00 Uhr nachts die Sirenen“: a clock in
the small hours of a night named by its two days is on the second day.

``when_overnight`` reads „in der Nacht vom … auf den …“ as the period of both days, and a clock
beside it went onto the first day: 22 April, 02:00 — the night before the night meant. A clock
before six in the morning lies after midnight, on the night's second day; that moment is what
the text dates (an evening clock, „um 22 Uhr“, stays on the first day with the night's end).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS
from netdir.normalize.when_value import BERLIN, When

_NIGHT_FROM = lazy_re.compile(r"\bnacht\s+vo[mn]\s+\d", FLAGS)
#: Clocks before this hour are past midnight: the small hours, not the evening before.
_SMALL_HOURS_END = 6


def night_clock_moved(text: str, found: When) -> When:
    """``found`` with a small-hours clock of a two-day night moved onto the night's second day."""
    start, end = found.start, found.end
    if start is None or end is None or len(start) <= 10 or len(end) != 10:
        return found
    if "acht" not in text or _NIGHT_FROM.search(text) is None:
        return found
    clock = datetime.fromisoformat(start)
    second_day = date.fromisoformat(end)
    if clock.hour >= _SMALL_HOURS_END or second_day != clock.date() + timedelta(days=1):
        return found
    moved = datetime.combine(second_day, time(clock.hour, clock.minute), tzinfo=BERLIN)
    return replace(found, start=moved.isoformat(), end=None)

"""A dated day with its hours, then „und“ the next day named by its weekday alone with hours of
its own: „am Montag den 21.07 zwischen 18 und 22 Uhr und Dienstag zwischen 17 Uhr und 24 Uhr“ (a
festival's luggage pick-up, round 281). Two following days each with their hours are one span
(the rounds' convention, as „Mittwoch, 24.6., 16-20 Uhr und Donnerstag, 25.6., 16-20 Uhr“); the
second day gave no date, so only the first day's hours were read.

Only the day right after the dated one counts (its weekday must be the next day's), only a
weekday joined by „und“ and followed, within a few words without a date, by a clock range whose
end closes the span („24 Uhr“ is the day's last minute)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS
from netdir.normalize.when_value import BERLIN, When
from netdir.normalize.when_words import GERMAN_WEEKDAY_ALT, WEEKDAYS

# „und Dienstag zwischen 17 Uhr und 24 Uhr“, „und am Dienstag von 17 bis 24 Uhr“, „und Dienstag
# zwischen 17 Uhr 24 Uhr“ (the page left out the „und“): the weekday, a few words, its range
_NEXT_DAY_HOURS = lazy_re.compile(
    rf"\bund\s+(?:am\s+)?(?P<wd>{GERMAN_WEEKDAY_ALT})\b"
    r"[^\d.!?;|]{0,20}?(?:[01]?\d|2[0-4])(?!\d)(?:[:.][0-5]\d)?\s*(?:uhr\s*)?(?:-|–|bis|und)?\s*"
    r"(?P<h>[01]?\d|2[0-4])(?:[:.](?P<m>[0-5]\d))?\s*uhr\b",
    FLAGS,
)


def with_next_weekday_hours(text: str, found: When) -> When | None:
    """``found`` ending at the next day's own hours (see the module docstring), or None."""
    start, end = found.start or "", found.end or ""
    if len(start) < 16 or (end and end[:10] != start[:10]):
        return None
    if "und" not in text:
        return None
    own = _NEXT_DAY_HOURS.search(text)
    if own is None:
        return None
    following = date.fromisoformat(start[:10]) + timedelta(days=1)
    if WEEKDAYS[own["wd"]] != following.weekday():
        return None
    hour, minute = int(own["h"]), int(own["m"] or 0)
    closing = time(23, 59) if hour == 24 else time(hour, minute)
    ending = datetime.combine(following, closing, tzinfo=BERLIN)
    return replace(found, end=ending.isoformat(), all_day=False)

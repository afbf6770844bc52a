"""The hours a dated span's last day keeps of its own, told after „bzw.“: „Vom 21.-22.09.2024 gibt
es von 10 bis 23 Uhr bzw. Sonntags 10-18 Uhr Rollenspiele …“ (a games convention's two days,
round 271). The span's days and their common hours were read, but the weekday adverb made it a
weekly rule; it names the Sunday in the span, whose hours end it.

Only a span over two days or more with clocks counts, only a weekday after „bzw.“ or
„beziehungsweise“ (the alternative to the hours just given) with its own span of hours, and only
when that weekday is the span's last day."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS
from netdir.normalize.when_value import BERLIN, When
from netdir.normalize.when_words import GERMAN_WEEKDAY_ALT, WEEKDAYS

# „bzw. Sonntags 10-18 Uhr“, „bzw. am Sonntag von 10 bis 18 Uhr“: the weekday, then its hours
_OWN_HOURS = lazy_re.compile(
    r"\b(?:bzw\.|beziehungsweise)\s+(?:am\s+)?"
    rf"(?P<wd>{GERMAN_WEEKDAY_ALT})s?\s+(?:von\s+)?"
    r"(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*(?:uhr\s*)?(?:-|–|bis)\s*"
    r"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s*uhr\b",
    FLAGS,
)


def with_last_day_hours(text: str, found: When) -> When | None:
    """``found`` ending at its last day's own hours (see the module docstring), or None."""
    start, end = found.start or "", found.end or ""
    if len(start) < 16 or len(end) < 16 or start[:10] >= end[:10]:
        return None
    if "bzw." not in text and "beziehungsweise" not in text:
        return None
    own = _OWN_HOURS.search(text)
    if own is None:
        return None
    last = date.fromisoformat(end[:10])
    if WEEKDAYS[own["wd"]] != last.weekday():
        return None
    ending = datetime.combine(last, time(int(own["h"]), int(own["m"] or 0)), tzinfo=BERLIN)
    return replace(found, end=ending.isoformat(), all_day=False)

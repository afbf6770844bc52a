"""Clocks that belong to another day than the event's: a deadline's or a stamp's, and today's.

„Das nächste BarCamp RheinMain findet am 22./23.11.2014 bei etecture in Frankfurt statt. Die
Anmeldung startet am Montag, den 20. Oktober 2014 um 10 Uhr.“ (round 266): ``when_roles`` skips the
sign-up day, but its clock „um 10 Uhr“ stayed in the text the event's times are read from, so the
barcamp's days began at 10:00. A clock right after a skipped day („um 10 Uhr“, „, 12:00 Uhr“,
„ 23:59“) belongs to that day and is blanked with it before the times are read.

„seit heute (10 Uhr) gibt es die Tickets für das BarCamp RheinMain am 23./24.11.2013“ (round 266, a
newsletter): the clock right after „heute“ is today's — when the event lies on another day, it is
not the event's either.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.normalize.when_mentions import Skipped

# Right after the day: a comma or a space, „um“/„ab“/„bis“/„gegen“, then a clock with its minutes
# or „Uhr“ (a bare number may be anything).
_OWN_CLOCK_AFTER = lazy_re.compile(
    r"[ \t]*,?[ \t]*(?:(?:um|ab|bis|gegen|at)[ \t]+)?(?:ca\.[ \t]*)?"
    r"(?:[01]?\d|2[0-3])(?:[:.][0-5]\d(?:[ \t]*(?:uhr|h)\b)?|[ \t]*(?:uhr|h)\b)",
    re.IGNORECASE,
)


def skipped_clock_spans(text: str, skipped: list[Skipped]) -> list[tuple[int, int]]:
    """The spans of the clocks that stand right after the skipped days of ``text``."""
    spans = []
    for item in skipped:
        found = _OWN_CLOCK_AFTER.match(text, item.mention.end)
        if found is not None:
            spans.append(found.span())
    return spans


# „heute (10 Uhr)“, „seit heute, 10 Uhr“, „ab heute um 9:00“: a clock right after „heute“.
_TODAY_CLOCK = lazy_re.compile(
    r"\bheute[ \t]*(?:\([ \t]*|,[ \t]*)?(?:(?:um|ab|gegen)[ \t]+)?"
    r"(?P<clock>(?:[01]?\d|2[0-3])(?:[:.][0-5]\d(?:[ \t]*(?:uhr|h)\b)?|[ \t]*(?:uhr|h)\b))",
    re.IGNORECASE,
)


def todays_clock_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the clocks right after „heute“ in ``text`` (to blank when the event's day is
    another)."""
    if "heute" not in text.lower():
        return []
    return [found.span("clock") for found in _TODAY_CLOCK.finditer(text)]

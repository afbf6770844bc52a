"""Digit clocks marked as the evening's or the afternoon's: „ab 6 Uhr abends“ is 18:00.

A blog's „Jeden Dienstag von 7:30 bis 9:00 Uhr am Abend üben freiwillige Mesner das Glockenläuten“,
„Samstag 8 Uhr Früh … bis 8 Uhr Abends“, „Dort sind jedes Wochenende ab 6 Uhr abends viele Standln
…“ (round 286): a clock below twelve with „Uhr“ and right after it „abends“, „am Abend“,
„nachmittags“ or „am Nachmittag“ is the afternoon's or the evening's hour, as ``when_times`` already
reads a spoken „halb acht abends“. In a range marked once at its end („von 7 bis 9 Uhr abends“) the
start is the evening's too unless it lies after the end („von 10 bis 2 Uhr nachmittags“: 10 in the
morning). A clock of twelve or more, or one marked „morgens“ or „früh“, stays as written.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.normalize.when_words import has_any

_FLAGS = re.IGNORECASE

# „7:30 bis 9:00 Uhr am Abend“, „7 - 9 Uhr abends“: a range's end marked (the start unmarked).
_MARKED_RANGE = lazy_re.compile(
    r"(?<![\d.:])(?P<h1>0?\d|1[01])(?P<m1>[:.][0-5]\d)?(?P<mid>\s*(?:-|–|bis)\s*)"
    r"(?P<h2>0?\d|1[01])(?P<m2>[:.][0-5]\d)?(?P<mark>\s*uhr\s+(?:abends|am\s+abend|nachmittags"
    r"|am\s+nachmittag)\b)",
    _FLAGS,
)
# „ab 6 Uhr abends“, „bis 8 Uhr Abends“: one clock marked.
_MARKED_CLOCK = lazy_re.compile(
    r"(?<![\d.:])(?P<h>0?\d|1[01])(?P<m>[:.][0-5]\d)?(?P<mark>\s*uhr\s+(?:abends|am\s+abend"
    r"|nachmittags|am\s+nachmittag)\b)",
    _FLAGS,
)
_GATE = ("abend", "nachmittag")


def _later(hour: str) -> str:
    return str(int(hour) + 12)


def _range_as_later(match: re.Match[str]) -> str:
    start, end = int(match["h1"]), int(match["h2"])
    first = _later(match["h1"]) if start <= end else match["h1"]
    return (
        f"{first}{match['m1'] or ''}{match['mid']}{_later(match['h2'])}{match['m2'] or ''}"
        f"{match['mark']}"
    )


def _clock_as_later(match: re.Match[str]) -> str:
    return f"{_later(match['h'])}{match['m'] or ''}{match['mark']}"


def evening_clocks(text: str, lowered: str | None) -> str:
    """``text`` with digit clocks below twelve marked as the evening's or afternoon's moved past
    noon (see the module); ``lowered`` as ``when_words.lowered_for_cues`` gives it."""
    if not has_any(lowered, _GATE) or not has_any(lowered, ("uhr",)):
        return text
    text = _MARKED_RANGE.sub(_range_as_later, text)
    return _MARKED_CLOCK.sub(_clock_as_later, text)

"""The clock a span's last day is given by its weekday: „Datum: 06.+07.02.2016 Beginn: Samstag um 16
Uhr Abschluss mit Preisvergabe: Sonntag um 20 Uhr“, „beginnt am Samstag, dem 23. Februar 2013, 10:00
Uhr … und geht bis Sonntagabend (ca. 17/18:00 Uhr)“ (a hackspace's hackathons, round 275). The
span's days and its start's clock were read; the end stayed a bare day although the text gives
the last day's clock by naming that day's weekday. Two clocks across „/“ („17/18:00 Uhr“, about
five or six) end at the later.

Only a span over two or more days whose start has a clock and whose end has none counts, and
only a clock written after the last day's own weekday (the last such mention)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS
from netdir.normalize.when_value import BERLIN, When
from netdir.normalize.when_words import GERMAN_WEEKDAY_ALT, GERMAN_WEEKDAYS, WEEKDAYS

# the weekday (or its evening), then within a few words a clock with „Uhr“: „Sonntag um 20 Uhr“,
# „Sonntagabend (ca. 17/18:00 Uhr)“
_DAY_CLOCK = lazy_re.compile(
    rf"\b(?P<wd>{GERMAN_WEEKDAY_ALT})"
    r"(?:abend|nachmittag|mittag|morgen|vormittag)?\b\s*\(?\s*,?\s*"
    r"(?:um\s+|ca\.\s*|gegen\s+|bis\s+)?"
    r"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?"
    r"(?:\s*/\s*(?P<h2>[01]?\d|2[0-3])(?:[:.](?P<m2>[0-5]\d))?)?\s*uhr\b",
    FLAGS,
)


# „Beginn ist am Freitag um 16:00 Uhr und am Samstag um 10:00 Uhr“ (round 292): the last day's
# clock listed among the starts is when that day begins, no end — unless an end's word comes
# between („Beginn: Samstag um 16 Uhr Abschluss …: Sonntag um 20 Uhr“).
_STARTS = lazy_re.compile(
    r"\b(?:beginn|beginnt|beginnen|start|startet|starten)\b(?![^.!?]*[.!?]\s)", FLAGS
)
_ENDS = lazy_re.compile(r"\b(?:abschluss|ende|endet|enden|schluss|bis)\b", FLAGS)


def with_end_day_clock(text: str, found: When) -> When:
    """``found`` ending at the clock the text gives its last day by weekday (see the module)."""
    start, end = found.start or "", found.end or ""
    if len(start) < 16 or len(end) != 10 or found.recurrence or start[:10] >= end:
        return found
    last = date.fromisoformat(end)
    wanted = last.weekday()
    lowered = text.lower()
    if not any(
        day == wanted and name[:5].lower() in lowered for name, day in GERMAN_WEEKDAYS.items()
    ):
        return found
    clocks = [m for m in _DAY_CLOCK.finditer(text) if WEEKDAYS[m["wd"]] == wanted]
    if not clocks:
        return found
    clock = clocks[-1]
    told_before = text[: clock.start()]
    opening = _STARTS.search(told_before)
    if opening is not None and _ENDS.search(told_before, opening.end()) is None:
        return found  # „Beginn ist am Freitag um 16:00 Uhr und am Samstag um 10:00 Uhr“
    hour, minute = int(clock["h2"] or clock["h"]), int(clock["m2"] or clock["m"] or 0)
    ending = datetime.combine(last, time(hour, minute), tzinfo=BERLIN)
    return replace(found, end=ending.isoformat(), all_day=False)

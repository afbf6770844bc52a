"""Following weekdays listed one after another, each with its hours and no "und" between them
(„Freitag 12:00 - 20:00 Uhr Samstag 12:00 - 02:00 Uhr Sonntag 12:00 - 01:00 Uhr“, a congress's
stream times): one run from the first day's start to the last day's end, as "am Samstag und
Sonntag von 10 bis 18 Uhr" is (``when_relative``). Days that skip one are no run.
"""

from __future__ import annotations

from datetime import date, time, timedelta

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, PAST_TENSE, WEEKDAY_FULL_ALT
from netdir.normalize.when_value import When, with_times
from netdir.normalize.when_words import WEEKDAYS

_CLOCK = r"(?P<{0}h>[01]?\d|2[0-3])[:.](?P<{0}m>[0-5]\d)"
# One item: a written-out weekday (capitalised: a list's item, not prose), its clock range.
_ITEM = lazy_re.compile(
    r"(?<![\w.-])(?=(?-i:[A-ZÄÖÜ]))(?P<wd>"
    + WEEKDAY_FULL_ALT
    + r")\s*,?\s*"
    + _CLOCK.format("a")
    + r"\s*(?:uhr\s*)?(?:-|–|bis)\s*"
    + _CLOCK.format("b")
    + r"\s*(?:uhr\b)?",
    FLAGS,
)
# Between two items: spaces, a comma, a semicolon or a bar only.
_ITEM_GAP = lazy_re.compile(r"[\s,;|/]*")


def weekday_hour_run(text: str, reference: date) -> When | None:
    """The run of two or more following weekdays each with its hours, the coming one."""
    first = _ITEM.search(text)
    if first is None or PAST_TENSE.search(text) is not None:
        return None
    weekday = WEEKDAYS[first["wd"].lower()]
    day = reference + timedelta(days=(weekday - reference.weekday()) % 7)
    last_day, last, at = day, first, first.end()
    while (gap := _ITEM_GAP.match(text, at)) is not None and (
        found := _ITEM.match(text, gap.end())
    ) is not None:
        if WEEKDAYS[found["wd"].lower()] != (last_day + timedelta(days=1)).weekday():
            return None
        last_day, last, at = last_day + timedelta(days=1), found, found.end()
    if last is first:
        return None
    begin = time(int(first["ah"]), int(first["am"]))
    finish = time(int(last["bh"]), int(last["bm"]))
    if finish <= time(int(last["ah"]), int(last["am"])):
        last_day += timedelta(days=1)  # "Sonntag 12:00 - 01:00 Uhr": the last night runs on
    return with_times(day, last_day, (begin, finish))

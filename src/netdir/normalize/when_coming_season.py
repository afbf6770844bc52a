"""A season named without its year in a sentence about something still to come: the coming one.

A residence's report closes „So sehen wir uns gut gerüstet für die nächste Bücherbörse, die wieder
in Kooperation mit den TBR im Herbst stattfinden soll“ (round 222, written in September): the fair
falls in this autumn. ``when_periods`` read a season only with its year („Herbst 2021“, „im Herbst
dieses Jahres“), so the sentence gave nothing. Only „im Frühjahr/Frühling/Sommer/Herbst“ counts
(winter runs over the new year, and „fall“ is an English verb), only in a sentence that says it
will happen („soll … stattfinden“, „wird“, „findet … statt“) and tells nothing past, and never a
season every year („jedes Jahr im Herbst“, „Premiere im Herbst“ of a yearly production), nor
seasons joined or a season's hours („im Herbst/Winter wieder um 15 Uhr beginnen“).
"""

from __future__ import annotations

import calendar
from datetime import date

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, PAST_TENSE

_BARE_SEASON = lazy_re.compile(
    # (not "im Herbst/Winter wieder um 15 Uhr beginnen": seasons joined, round 47)
    r"\bim\s+(?P<s>frühjahr|frühling|fruehjahr|sommer|herbst)\b"
    r"(?![\s,]*(?:\d|diese|des\b|der\b))(?!\s*(?:/|-|–|und\b|bis\b))",
    FLAGS,
)
_COMING = lazy_re.compile(
    r"\b(?:soll|sollen|wird|werden|stattfinden|geplant|(?:findet|finden)\b[^.!?;]{0,80}\bstatt)\b",
    FLAGS,
)
_EVERY_YEAR = lazy_re.compile(
    r"\b(?:jedes\s+jahr|jeden\s+(?:frühling|sommer|herbst)|(?:all|halb)?jährlich\w*|immer"
    r"|traditionell\w*|regelmäßig)\b",
    FLAGS,
)
_CLOCK = lazy_re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*uhr\b", FLAGS)
_FIRST_MONTH = {"frühjahr": 3, "frühling": 3, "fruehjahr": 3, "sommer": 6, "herbst": 9}


def coming_season(text: str, reference: date) -> tuple[date, date, str] | None:
    """The coming (or current) season a sentence about the future names without its year."""
    matches = list(_BARE_SEASON.finditer(text))
    if len(matches) != 1 or _COMING.search(text) is None:
        return None
    if PAST_TENSE.search(text) is not None or _EVERY_YEAR.search(text) is not None:
        return None
    if _CLOCK.search(text) is not None:
        return None  # "im Herbst … um 15 Uhr beginnen": a season's hours, no day of it
    first_month = _FIRST_MONTH[matches[0]["s"].lower()]
    year = reference.year
    last_month = first_month + 2
    if date(year, last_month, calendar.monthrange(year, last_month)[1]) < reference:
        year += 1
    last = date(year, last_month, calendar.monthrange(year, last_month)[1])
    return date(year, first_month, 1), last, "season"

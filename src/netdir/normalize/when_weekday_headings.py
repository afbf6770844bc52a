"""A trip diary's day heading over a text told in the past: „Dienstag – Regen | Tja, der
Wetterbericht verhieß nichts Gutes und so kam es dann auch. Es regnete gleich am Morgen.“ (round
280, a cycling blog's Easter week posted the Sunday after).

The weekday opens the text, a dash, a colon or the heading's bar after it, the day's title after
that. Told in the past, the text means the last such day before the page's day, as „Am Dienstag
regnete es“ does (``when_relative.parse_bare_weekday``). A plan's heading („Samstag: Anreise“
without a verb in the past), a run of weekdays („Montag – Freitag“), hours („Dienstag: 10-12 Uhr“)
and a heading over a dated text are not such a day.
"""

from __future__ import annotations

from datetime import date, timedelta

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, PAST_TENSE, WEEKDAY_FULL_ALT
from netdir.normalize.when_value import When, whole_day
from netdir.normalize.when_words import WEEKDAYS

# The weekday written out, then its heading's mark, then a word (not another weekday, not a
# digit: "Montag – Freitag", "Dienstag: 10-12 Uhr").
_HEADING = lazy_re.compile(
    r"^\s*(?P<wd>" + WEEKDAY_FULL_ALT + r")\s*(?:[–—:|]|-(?=\s))\s*"
    r"(?!(?:" + WEEKDAY_FULL_ALT + r")\b)(?=[^\W\d_])",
    FLAGS,
)
_ANY_DIGIT = lazy_re.compile(r"\d")


def weekday_heading_told(text: str, reference: date) -> When | None:
    """The last day before ``reference`` of the weekday heading ``text``, when the text under it
    is told in the past and names no number (see the module)."""
    match = _HEADING.match(text)
    if match is None or _ANY_DIGIT.search(text) is not None:
        return None
    if PAST_TENSE.search(text, match.end()) is None:
        return None
    weekday = WEEKDAYS[match["wd"].lower()]
    return whole_day(reference - timedelta(days=(reference.weekday() - weekday - 1) % 7 + 1))

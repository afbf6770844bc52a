"""The days a date box's screen-reader label spells out where the box abbreviates them.

A theme that sets a row's date as a box of two parts — „<span class="aktuelles-row__day">12/14/21
</span><span class="aktuelles-row__month">Mär 2027</span>“ — writes the days of a production's
three performances with slashes, which reads as a numeric date („12/14/21“: 14 December 2021),
and „4/11 Dez 2026“ as one day. The same box carries the days for reading aloud in its
``aria-label``: „12./14./21. März 2027“, „4. und 11. Dezember 2026“. Where that label is a date
and nothing else, and it reads otherwise than the shown text (other days, or more of them), the
label is the box's date: it says in words what the box shows in figures.
"""

from __future__ import annotations

import re
from datetime import date

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import names_a_day
from netdir.extract.context import clean_text
from netdir.extract.date_cues import MONTH_WORD, WEEKDAY_WORD
from netdir.normalize.when import parse_when
from netdir.normalize.when_lists import occurrences

_LABEL_CHARS = 60  # a date spelled out; a longer label describes the row
# The words a label of days alone holds besides its figures and month: the joins of a list or
# a run („und“, „oder“, „bis“) and the dashes between days.
_JOIN = lazy_re.compile(r"^(?:und|oder|bis|and|or|to|&|[-–—/,])$", re.I)
# Any day will do to compare two readings of dated texts (both name their years, or both count
# from the same day).
_SOME_DAY = date(2000, 1, 1)


def spelled_out_days(box: LexborNode, shown: str) -> str | None:
    """The ``aria-label`` of a date box when it spells out the box's days otherwise than its
    shown text ``shown`` reads them (see the module docstring); None otherwise."""
    label = clean_text(box.attributes.get("aria-label"))
    if not label or len(label) > _LABEL_CHARS or label == shown or not names_a_day(label):
        return None
    if not all(_day_word(word) for word in label.split()):
        return None
    if _days(label) == _days(shown):
        return None
    return label


def _day_word(word: str) -> bool:
    return (
        any(ch.isdigit() for ch in word)
        or MONTH_WORD.match(word) is not None
        or WEEKDAY_WORD.match(word) is not None
        or _JOIN.match(word) is not None
    )


def _days(text: str) -> list[str | None]:
    return [parse_when(day, today=_SOME_DAY).start for day in occurrences(text) or [text]]

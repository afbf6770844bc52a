"""This month's meeting of a monthly rule moved to another weekday of the month: "jeden 2.
Donnerstag im Monat … verschiebt sich der Termin diesen Monat auf den 3. Donnerstag", "Diesen Monat
findet es jedoch bereits am 1. Donnerstag statt", "every 2nd Thursday a month … This month however,
the date changed to the 3rd Thursday". The moved day is the next meeting while it is still ahead
(the rule stays as written)."""

from __future__ import annotations

from datetime import date

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, WEEKDAY_FULL_ALT
from netdir.normalize.when_nth import nth_weekday
from netdir.normalize.when_words import WEEKDAYS

_NTH = r"(?P<n>[1-5])(?:\.|st|nd|rd|th)?|(?P<w>first|second|third|fourth|ersten|zweiten|dritten|vierten)"
_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "ersten": 1, "zweiten": 2,
          "dritten": 3, "vierten": 4}  # fmt: skip
_MOVED_THIS_MONTH = lazy_re.compile(
    r"\b(?:diesen\s+monat|in\s+diesem\s+monat|this\s+month)\b[^.!?;]{0,60}?"
    r"\b(?:auf\s+den|am|an\s+dem|to\s+the|on\s+the)\s+(?:" + _NTH + r")\s*"
    r"(?P<wd>" + WEEKDAY_FULL_ALT + r")\b",
    FLAGS,
)


def moved_this_month(text: str, today: date) -> date | None:
    """This month's moved meeting day, when the text names one still ahead of ``today``."""
    match = _MOVED_THIS_MONTH.search(text)
    if match is None:
        return None
    nth = int(match["n"]) if match["n"] else _WORDS[match["w"].lower()]
    day = nth_weekday(today.year, today.month, WEEKDAYS[match["wd"].lower()], nth)
    return day if day is not None and day >= today else None

"""Days a listing names by a word relative to the day it is read: a date cell saying only
„Tomorrow“ („Sat, 11/18“ above and below it), a section „Around the World Today“ whose rows carry
no date of their own. ``parse_when`` reads the word against the day the page was fetched.
"""

from __future__ import annotations

import re

from netdir import lazy_re

# A date field that holds only the word (not „Today's Deals“ or „Heute im Programm: …“).
_RELATIVE_DAY = lazy_re.compile(
    r"^\s*(?:today|tonight|tomorrow|heute(?:\s+abend)?|morgen|(?:ü|ue)bermorgen)\s*[.!:]?\s*$",
    re.IGNORECASE,
)
# A short section heading naming today: „Around the World Today“, „Heute in Berlin“, „Tonight“
# (not „morgen“: „Guten Morgen“ is a greeting, „Morgen“ a morning).
_TODAY_WORD = lazy_re.compile(r"\b(?:today|tonight|heute)\b", re.IGNORECASE)
_HEADING_CHARS = 60


def is_relative_day(text: str) -> bool:
    """``text`` is only a relative day word: „Tomorrow“, „Heute“."""
    return _RELATIVE_DAY.match(text) is not None


def today_of_heading(heading: str | None) -> str | None:
    """„today“ when a short section heading says its rows are today's; None else."""
    if not heading or len(heading) > _HEADING_CHARS:
        return None
    return "today" if _TODAY_WORD.search(heading) else None

"""A meeting's line that opens with its year and gives its day after a dash, without the year.

A homeowners' association lists each annual meeting's papers as lines that open with the
meeting's year, name the meeting and its paper, then the day and the place after dashes::

    2018 Annual Residents Meeting Agenda - April 10 - First Christian Church
    2016 Annual Residents Meeting Minutes - March 29 - First Christian Church
    2016 Annual Residents Meeting Agenda - March 29 - First Christian Church
    2010 Annual Residents Meeting Minutes - February 09

The year that opens the line is the day's year (read alone, „April 10“ fell in the year the
page was saved); the paper's word (agenda, minutes, notice) names the paper, so the meeting is
named without it — and the minutes and the agenda of one meeting name the same meeting. A line
without a day („2019 Annual Residents Meeting Notice“) gives none.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.block_text import names_a_day
from netdir.extract.date_cues import has_year, search_date_phrase

# „2018 Annual Residents Meeting Agenda - April 10 …“: a year, a name of words, a dash, the rest
_YEAR_LED = lazy_re.compile(
    r"^(?P<year>(?:19|20)\d{2})\s+(?P<name>[^\W\d][^\d–—:;!?]{2,60}?)\s+[–—-]\s+(?P<rest>\S.*)$"
)
# what may follow the day: nothing, or a dash and a place of words („- First Christian Church“)
_AFTER_THE_DAY = lazy_re.compile(r"^(?:[–—-]\s+[^\W\d][^\d;:!?]{1,60})?$")
# the paper the line stands for: „… Meeting Agenda“, „… Meeting Minutes“
_PAPER = lazy_re.compile(r"\s+(?:agenda|minutes|notes|notice|packet)$", re.IGNORECASE)


def year_led_day(text: str) -> tuple[str, str] | None:
    """(the meeting's name with its year, the day with that year) of a line that opens with a
    year and gives a yearless day after a dash; None for any other line."""
    match = _YEAR_LED.match(text.strip())
    if match is None:
        return None
    rest = match["rest"]
    phrase = search_date_phrase(rest)
    if phrase is None or phrase.start() != 0:
        return None
    day = phrase.group(0).strip()
    if not names_a_day(day) or has_year(day):
        return None
    if _AFTER_THE_DAY.match(rest[phrase.end() :].strip()) is None:
        return None
    name = _PAPER.sub("", match["name"].strip())
    return f"{match['year']} {name}", f"{day} {match['year']}"

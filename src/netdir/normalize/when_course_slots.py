"""A course's weekly slot told with the day it begins: „Gruppe 1: Do. 11--13, D1.01 (UZA4) Hermann
Schichl (Beginn: 22.03.2012)“ (round 261, a university's tutorial groups). A weekday and its hours,
then the first day in brackets that falls on that same weekday, is a meeting every week from that
day on — the date alone would read as one day, the weekday alone as the coming one. A first day on
another weekday is no such slot (the bracket may name an exam or a deadline), so nothing is read.
"""

from __future__ import annotations

from datetime import date

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, WD_ALT
from netdir.normalize.when_weekday_rules import RecurrenceMention
from netdir.normalize.when_words import RRULE_DAYS, WEEKDAY_ABBREVIATIONS

#: What a text needs before the pattern is tried.
SLOT_HINTS = ("eginn", "Start", "start")

_SLOT_THEN_FIRST_DAY = lazy_re.compile(
    rf"(?<![\w.])(?P<wd>{WD_ALT})\.?,?\s+(?:von\s+)?\d{{1,2}}(?:[:.]\d{{2}})?\s*"
    r"(?:-{1,2}|–|bis)\s*\d{1,2}(?:[:.]\d{2})?(?:\s*uhr)?(?![\w:.]?\d)"
    # (a room's bracket „(UZA4)“ may come between)
    r"(?:[^()]|\([^()]{0,20}\)){0,120}?\(\s*(?:beginn|start)\s*:?\s*"
    r"(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4})\s*\)",
    FLAGS,
)


def course_slot(text: str) -> RecurrenceMention | None:
    """The weekly rule of a weekday slot whose bracketed first day falls on it (see the module)."""
    match = _SLOT_THEN_FIRST_DAY.search(text)
    if match is None:
        return None
    try:
        first = date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return None
    weekday = WEEKDAY_ABBREVIATIONS[match["wd"].lower()]
    if first.weekday() != weekday:
        return None
    return RecurrenceMention(f"FREQ=WEEKLY;BYDAY={RRULE_DAYS[weekday]}", *match.span("wd"))


#: A university term's lecture weeks: a slot begun longer ago than this has ended.
TERM_WEEKS = 15


def term_is_over(text: str, first: date, reference: date) -> bool:
    """Whether ``text`` is a course slot whose first day lies more than a term before
    ``reference``: its weekly meetings ended with the term, so the next one would be invented and
    the first day (the one the text states) is kept."""
    return (reference - first).days > TERM_WEEKS * 7 and course_slot(text) is not None

"""A night named by the two weekdays it joins, and a weekday's course (round 294, a fire brigade's
call-out reports): „In der Nacht von Freitag auf Samstag ereignete sich … ein schwerer
Verkehrsunfall“, „ein Sturmtief, das Deutschland in der Nacht von Mittwoch auf Donnerstag
erreichte“, „beendete schlagartig die Nacht von Mittwoch auf Donnerstag (4.9.25)“; „Im Laufe des
Donnerstags wird eine Brandnachschau durchgeführt“, „Im Verlauf des Montags wurden … die
Feuerwehren aktiv“.

A night from one day to the next is those two days (round 104: „In der Nacht von 19. auf 20.
November“). Named by weekdays, it is the last such night when told in the past — the one just
ended when the page's day is the second weekday — else the coming one; a day in brackets right
after it is the night's second day. A weekday's course („im Laufe des Donnerstags“) is that day:
the page's own when the weekdays match, else the last one told in the past or the coming one.
Only a text without a clock and without any other date is read here (the alarm's minute, „um kurz
nach 3 Uhr von Mittwoch auf Donnerstag (24.4.25)“, is read as a clock on its day).
"""

from __future__ import annotations

from datetime import date, timedelta

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, PAST_TENSE, WEEKDAY_FULL_ALT
from netdir.normalize.when_value import When, whole_day
from netdir.normalize.when_words import WEEKDAYS

_NIGHT = lazy_re.compile(
    r"\bNacht\s+(?:von|vom)\s+(?P<wd>" + WEEKDAY_FULL_ALT + r")\s+(?:auf|zum)\s+"
    r"(?P<wd2>" + WEEKDAY_FULL_ALT + r")\b"
    r"(?:\s*\(\s*(?P<d>[12]\d|3[01]|0?[1-9])\.(?P<m>1[0-2]|0?[1-9])\.(?P<y>\d{2}|\d{4})\s*\))?",
    FLAGS,
)
_COURSE = lazy_re.compile(
    r"\b(?:im\s+)?(?:Laufe|Verlauf)\s+des\s+(?P<wd>" + WEEKDAY_FULL_ALT + r")e?s\b", FLAGS
)
_CLOCK_OR_DATE = lazy_re.compile(
    r"\d{1,2}[:.]\d{2}|\buhr\b|\d{1,2}\.\d{1,2}\.|\d{1,2}\.\s+[A-ZÄÖÜ]"
)


def _the_weekday(weekday: int, reference: date, *, past: bool) -> date:
    """The weekday on or before ``reference`` when told in the past, else on or after it."""
    if past:
        return reference - timedelta(days=(reference.weekday() - weekday) % 7)
    return reference + timedelta(days=(weekday - reference.weekday()) % 7)


def weekday_night(text: str, reference: date) -> When | None:
    """The two days of a night named by its weekdays (see the module docstring)."""
    night = _NIGHT.search(text)
    if night is None:
        return None
    first, second = WEEKDAYS[night["wd"].lower()], WEEKDAYS[night["wd2"].lower()]
    if (first + 1) % 7 != second:
        return None
    rest = text[: night.start()] + text[night.end() :]
    if _CLOCK_OR_DATE.search(rest) is not None:
        return None
    if night["d"]:
        year = int(night["y"]) + (2000 if len(night["y"]) == 2 else 0)
        try:
            end = date(year, int(night["m"]), int(night["d"]))
        except ValueError:
            return None
        if end.weekday() != second:
            return None
    else:
        end = _the_weekday(second, reference, past=PAST_TENSE.search(text) is not None)
    start = end - timedelta(days=1)
    return When(start.isoformat(), end.isoformat(), True, "day")


def weekday_course(text: str, reference: date) -> When | None:
    """The day whose course the text names by its weekday (see the module docstring)."""
    course = _COURSE.search(text)
    if course is None or _CLOCK_OR_DATE.search(text) is not None:
        return None
    weekday = WEEKDAYS[course["wd"].lower()]
    day = _the_weekday(weekday, reference, past=PAST_TENSE.search(text) is not None)
    return whole_day(day)

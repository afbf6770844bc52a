"""A feast's long weekend named alone: „trafen sich am Himmelfahrtswochenende mehr als 50000
Turnbegeisterte in Leipzig“, „wurden die … Rollsporttage über das Pfingstwochenende zu einem
echten Highlight“ (round 233, a gymnastics club's reports).

Before, such a weekend gave nothing (only a weekday of it, „Sonntag am Pfingstwochenende“, was
read, ``when_feasts``). A reader takes the days the feast makes free: Ascension Thursday to the
Sunday after („das verlängerte Wochenende“ the report goes on), Whit Saturday to Whit Monday
(round 76's „am Pfingstwochenende. Von Samstag bis Montag“), Good Friday to Easter Monday, Corpus
Christi Thursday to the Sunday after („am verlängerten Fronleichnamswochenende“, round 278). A feast
on a fixed day makes the weekend it touches long: All Saints' Day on a Thursday or Friday runs to
the Sunday after, on a Monday or Tuesday from the Saturday before („das verlängerte
Allerheiligen-Wochenende“, round 280); on a Wednesday it makes none. The year is the one whose
weekend lies nearest the page's day.
"""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.easter import easter

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS
from netdir.normalize.when_value import When

#: A feast's weekend: its first and last day as days after Easter Sunday.
_WEEKENDS = {
    "himmelfahrt": (39, 42),
    "pfingst": (48, 50),
    "oster": (-2, 1),
    "fronleichnam": (60, 63),
}
#: Feasts on a fixed day (month, day) whose long weekend depends on the weekday they fall on.
_FIXED = {"allerheiligen": (11, 1)}
# "am Himmelfahrtswochenende", "über das Pfingstwochenende", "Oster-Wochenende" — not after a
# weekday („Sonntag am Pfingstwochenende“ is that one day, ``when_feasts``).
_FEAST_WEEKEND = lazy_re.compile(
    r"(?<!tag\sam\s)(?<!tag\sdes\s)(?<![\w-])(?P<stem>himmelfahrt|pfingst|oster|fronleichnam|allerheiligen)s?-?wochenendes?\b"
    # „Diese Ostern haben wir ein langes Wochenende im Seenbezirk … gemacht“ (round 286): the feast
    # named, then its long weekend in the same sentence
    r"|\b(?P<stem2>oster|pfingst)(?:n|en)\b[^.!?]{0,60}?\b(?:lange[sn]?|verlängerte[sn]?)\s+wochenende\b",
    FLAGS,
)
# „Letzten Donnerstag war Feiertag in Österreich, darum haben wir das verlängerte Wochenende in
# München verbracht“ (round 286): a holiday's weekday and the long weekend it makes.
_HOLIDAY_LONG_WEEKEND = lazy_re.compile(
    r"\bfeiertag\b[^.!?]{0,80}?\b(?:lange[sn]?|verlängerte[sn]?)\s+wochenende\b", FLAGS
)


def feast_weekend(text: str, reference: date) -> When | None:
    """The days of the one feast weekend ``text`` names, in the year nearest ``reference``."""
    if "ochenende" not in text:
        return None
    found = list(_FEAST_WEEKEND.finditer(text))
    if len(found) != 1:
        return None
    stem = (found[0]["stem"] or found[0]["stem2"]).lower()
    nearest: tuple[int, date, date] | None = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        if stem in _FIXED:
            # (the year nearest by the holiday itself: one on a Wednesday makes no weekend, and
            # another year's would be no reading of it)
            holiday = date(year, *_FIXED[stem])
            start = end = holiday
        else:
            start, end = _easter_weekend(year, stem)
        distance = min(abs((start - reference).days), abs((end - reference).days))
        if nearest is None or distance < nearest[0]:
            nearest = (distance, start, end)
    if nearest is None:
        return None
    if stem in _FIXED:
        span = _fixed_weekend(nearest[1])
        if span is None:
            return None
        return When(span[0].isoformat(), span[1].isoformat(), True, "day")
    return When(nearest[1].isoformat(), nearest[2].isoformat(), True, "day")


def _easter_weekend(year: int, stem: str) -> tuple[date, date]:
    first, last = _WEEKENDS[stem]
    sunday = easter(year)
    return sunday + timedelta(days=first), sunday + timedelta(days=last)


def _fixed_weekend(feast: date) -> tuple[date, date] | None:
    """The long weekend a holiday on a fixed day makes: from it to the Sunday after (Thursday,
    Friday), from the Saturday before to it (Monday, Tuesday), the weekend it falls on; a
    Wednesday's holiday touches no weekend."""
    weekday = feast.weekday()
    if weekday in (3, 4):
        return feast, feast + timedelta(days=6 - weekday)
    if weekday in (0, 1):
        return feast - timedelta(days=weekday + 2), feast
    if weekday == 5:
        return feast, feast + timedelta(days=1)
    if weekday == 6:
        return feast - timedelta(days=1), feast
    return None


def holiday_long_weekend(text: str, found: When) -> When:
    """The long weekend a holiday's one day makes when the text says so (see
    ``_HOLIDAY_LONG_WEEKEND``): a Thursday or Friday to the Sunday after, a Monday or Tuesday from
    the Saturday before; ``found`` otherwise."""
    if found.start is None or found.end is not None or found.recurrence is not None:
        return found
    if "ochenende" not in text or _HOLIDAY_LONG_WEEKEND.search(text) is None:
        return found
    span = _fixed_weekend(date.fromisoformat(found.start[:10]))
    if span is None or span[0] == span[1] or span[1] - span[0] < timedelta(days=2):
        return found
    return When(span[0].isoformat(), span[1].isoformat(), True, "day")

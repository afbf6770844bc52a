"""A weekly rule of two or more weekdays, each written with its own hours: „Trainingszeiten:
Montags, 17:00-19:30 und Freitags, 18:00-20:00“, „montags, von 17:30 Uhr bis 20:00 Uhr und
freitags, von 18:00 Uhr bis 20:00 Uhr“, „Dienstags "Bodyfit" (19-20Uhr) mit Julia und Donnerstags
"Full-Body-workout" (18-19Uhr) mit Nicole“ (round 233, a gymnastics club's training hours); and
rows of hours in cells, each opening with its weekday, „Di: von 15:00 bis 20:00 | Fr: von 15:00 bis
20:00“, „Beratungszeiten: | Montag: 15:00-18:00 | Mittwoch: 10:00-13:00“ (round 254).

Before, the rule was read as the first weekday alone (its hours, BYDAY=MO) or lost. A reader takes
every weekday named into the rule and the next of them, on or after the page's day, with the hours
written beside it: on a Tuesday the Friday's 18:00-20:00 comes before the Monday's.

Only the plural weekday adverbs count („montags“, „Freitags“: a habit, not one day), each with a
clock range of its own, two or more of them joined by „und“ or a comma; what stands between a
weekday and its hours is short and has no digit (a class's name in quotes, „von“, a comma).
"""

from __future__ import annotations

from datetime import date, time, timedelta
from itertools import pairwise

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS
from netdir.normalize.when_hours_rows import hours_rows
from netdir.normalize.when_value import When, with_times

_DAYS = ("montags", "dienstags", "mittwochs", "donnerstags", "freitags", "samstags", "sonntags")
_BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_CLOCK = r"(?P<{0}h>[01]?\d|2[0-3])(?:[:.](?P<{0}m>[0-5]\d))?"
# One item: a plural weekday, at most 40 characters without a digit, its clock range.
_ITEM = lazy_re.compile(
    r"(?<![\w-])(?P<wd>"
    + "|".join(_DAYS)
    + r")\b[^\d\n]{0,40}?"
    + _CLOCK.format("a")
    + r"\s*(?:uhr\s*)?(?:-|–|bis)\s*"
    + _CLOCK.format("b")
    + r"(?![\d.:])\s*(?:uhr\b)?",
    FLAGS,
)
# Between two items: no digit, and an „und“ or a comma.
_JOIN = lazy_re.compile(r"[^\d]{0,60}")
_JOINER = lazy_re.compile(r"\bund\b|,", FLAGS)


def weekdays_with_own_hours(text: str, today: date) -> When | None:
    """The next day of a weekly rule whose weekdays each carry their own hours, with the rule's
    RRULE; None unless two or more such weekdays are joined in ``text``."""
    if "tags" not in text.lower():
        return None
    items = list(_ITEM.finditer(text))
    if len(items) < 2:
        return None
    for before, after in pairwise(items):
        gap = text[before.end() : after.start()]
        if _JOIN.fullmatch(gap) is None or _JOINER.search(gap) is None:
            return None
    weekdays = [_DAYS.index(item["wd"].lower()) for item in items]
    if len(set(weekdays)) != len(weekdays):
        return None
    best: tuple[date, time, time] | None = None
    for item, weekday in zip(items, weekdays, strict=True):
        begin = time(int(item["ah"]), int(item["am"] or 0))
        finish = time(int(item["bh"]), int(item["bm"] or 0))
        day = today + timedelta(days=(weekday - today.weekday()) % 7)
        if best is None or day < best[0]:
            best = (day, begin, finish)
    if best is None:
        return None
    found = with_times(best[0], None, (best[1], best[2]))
    rule = "FREQ=WEEKLY;BYDAY=" + ",".join(_BYDAY[day] for day in sorted(weekdays))
    return When(found.start, found.end, False, "minute", rule)


def next_of_hours_rows(text: str, today: date) -> When | None:
    """The next day of two or more rows of hours in cells („Di: … | Fr: …“), with its own hours
    and the rule of all their weekdays; None for fewer rows or a weekday named twice."""
    rows = hours_rows(text) if "|" in text else []
    weekdays = [weekday for weekday, _, _ in rows]
    if len(rows) < 2 or len(set(weekdays)) != len(weekdays):
        return None
    day, begin, finish = min(
        (today + timedelta(days=(weekday - today.weekday()) % 7), begin, finish)
        for weekday, begin, finish in rows
    )
    found = with_times(day, None, (begin, finish))
    rule = "FREQ=WEEKLY;BYDAY=" + ",".join(_BYDAY[weekday] for weekday in sorted(weekdays))
    return When(found.start, found.end, False, "minute", rule)

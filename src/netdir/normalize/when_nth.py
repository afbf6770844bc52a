"""The n-th weekday or weekend of a month („am 1. Mittwoch im August“, „am letzten Wochenende im
August“, the weekend of a month's second Sunday)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT
from netdir.normalize.when_nth_month_list import months_listed, next_listed
from netdir.normalize.when_periods import month_end
from netdir.normalize.when_times import (
    find_times,
)
from netdir.normalize.when_value import (
    NOTHING,
    When,
    blank,
    day_at_times,
    infer_year,
)
from netdir.normalize.when_words import (
    MONTH_STEMS,
    MONTHS,
    ORDINALS,
    RRULE_DAYS,
    WEEKDAYS,
    alternation,
    has_any,
    lowered_for_cues,
)

# The ordinal words and numbers ("ersten", "1.", "first"), their dots literal.
_ORDINAL = alternation(ORDINALS).replace(".", r"\.")

# "am 1. Mittwoch im August", "first Monday in March 2027": one day, not a rule (the month is
# named; "jeden ersten Donnerstag im Monat" is a rule, when_recurrence.py).
_NTH_WEEKDAY_OF_MONTH = lazy_re.compile(
    r"(?<!jeden\s)(?<!jedem\s)(?<!every\s)(?<![\d.])\b(?P<ord>"
    + _ORDINAL
    + r")\s*(?P<wd>"
    + alternation(WEEKDAYS)
    + r")\s+(?:im|in|of)\s+(?P<mn>"
    + MONTH_ALT
    + r")\b\.?(?:\s+(?P<y>\d{4})\b)?",
    FLAGS,
)
# "Am letzten Wochenende im August", "am 2. Wochenende im Mai", "the first weekend in June",
# "zweites Augustwochenende": that weekend's Saturday and Sunday.
_WEEKEND_ORDINALS = _ORDINAL + "|erstes|zweites|drittes|viertes|letztes"
_NTH_WEEKEND_OF_MONTH = lazy_re.compile(
    r"(?<!jeden\s)(?<!jedem\s)(?<!every\s)(?<![\d.])\b(?P<ord>"
    + _WEEKEND_ORDINALS
    # ("Am dritten vollem Wochenende im Juli": a full weekend, its Sunday in the month too)
    + r")\s*(?:(?P<full>voll(?:en|em)\s+|ganz(?:en|em)\s+|full\s+)?(?:wochenende|weekend)\s+"
    r"(?:im|in|of|des)\s+(?P<mn>"
    + MONTH_ALT
    + r")\b\.?|(?P<mn2>"
    + MONTH_ALT
    # "am zweiten Juli -Wochenende": a hyphen typed after a space
    + r")\s?-?s?wochenende\b)(?:\s+(?P<y>\d{4})\b)?",
    FLAGS,
)
_DAYS_IN_BRACKET_AFTER = lazy_re.compile(r"\s*\(\s*\d{1,2}\.")
# "Jedes Jahr wird am Wochenende des ersten Sonntags im Juli ein Schützenfest gefeiert", "the
# weekend of the first Sunday in July": that Sunday and the Saturday before it.
_WEEKEND_OF_NTH_SUNDAY = lazy_re.compile(
    r"\b(?:wochenende|weekend)\s+(?:des|vom|of\s+the)\s+(?P<ord>"
    + _ORDINAL
    + r")\s*(?:sonntags?|sunday)\s+(?:im|in|of)\s+(?P<mn>"
    + MONTH_ALT
    + r")\b\.?(?:\s+(?P<y>\d{4})\b)?",
    FLAGS,
)
# "The December meeting will be held on the third Tuesday at 3:00 p.m.": a month's meeting on
# its n-th weekday (the month named before, as the meeting's adjective).
_MONTHS_MEETING_ON_NTH = lazy_re.compile(
    r"\b(?P<mn>"
    + MONTH_ALT
    + r")(?:-|\s+)(?:meeting|session|sitzung|treffen)\b[^.!?]{0,60}?\b(?:on\s+the|am)\s+(?P<ord>"
    + _ORDINAL
    + r")\s*(?P<wd>"
    + alternation(WEEKDAYS)
    + r")\b(?!\s+(?:of|in|im)\b)",
    FLAGS,
)
_BRACKET_BEFORE = lazy_re.compile(r"\(\s*$")
# "The first or second Saturday in March", "am ersten oder zweiten Samstag im Mai": one of two
# days, which one the text leaves open.
_EITHER_ORDINAL_BEFORE = lazy_re.compile(r"\b(?:" + _ORDINAL + r")\s+(?:or|oder)\s+$", FLAGS)
# "Am letzten Tag im August unternahmen …", "on the first day of March": that day of the month
# (not an end: "bis zum letzten Tag im August" is a period's last day).
_EDGE_DAY_OF_MONTH = lazy_re.compile(
    r"(?<!bis\s)(?<!zum\s)(?<!until\s)\b(?P<ord>ersten|letzten|first|last)\s+(?:tag|day)\s+"
    r"(?:im|des|of|in)\s+(?P<mn>" + MONTH_ALT + r")\b(?:\s+(?P<y>(?:19|20)\d{2})\b)?",
    FLAGS,
)
_MONTH_AFTER_IN = lazy_re.compile(r"\s(?:im|in|of|des)\s+(?:" + MONTH_ALT + r")\b", FLAGS)


def parse_nth_weekday(text: str, reference: date) -> When | None:
    """ "am 1. Mittwoch im August ab 17:00 Uhr": the month's n-th weekday (year: the nearest)."""
    if not has_any(lowered_for_cues(text), MONTH_STEMS):
        return None  # cheap tests first: most texts name no "im März"
    if ("ag " in text or "ay " in text) and (edge := _EDGE_DAY_OF_MONTH.search(text)) is not None:
        month = MONTHS[edge["mn"].lower()]
        year = int(edge["y"]) if edge["y"] else infer_year(month, 15, reference)
        first = edge["ord"].lower() in ("ersten", "first")
        day = date(year, month, 1) if first else month_end(year, month)
        times = find_times(blank(text, [edge.span()]))
        return day_at_times(day, times)
    if _MONTH_AFTER_IN.search(text) is None:
        meeting = _MONTHS_MEETING_ON_NTH.search(text)
        if meeting is not None:
            return _nth_weekday_when(text, meeting, reference)
        return _parse_nth_weekend(text, reference)  # "zweites Augustwochenende"
    if "ochenend" in text or "eekend" in text:
        weekend = _weekend_of_nth_sunday(text, reference)  # not "the second Sunday" alone
        if weekend is not None:
            return weekend
    match = _NTH_WEEKDAY_OF_MONTH.search(text)
    if match is None:
        return _parse_nth_weekend(text, reference)
    if _BRACKET_BEFORE.search(text, 0, match.start()):
        return None  # "19.10.2025 (3.Sonntag im Oktober)": the bracket explains the date before it
    if _EITHER_ORDINAL_BEFORE.search(text, 0, match.start()):
        return NOTHING  # "the first or second Saturday in March, check the calendar": not said
    found = _nth_weekday_when(text, match, reference)
    if "ochenend" in text and found is not None and found.start is not None:
        # „am letzten Augustwochenende und am letzten Sonntag im August“ (round 325): a weekday
        # of the weekend the text names first is a day of that weekend, which stays the span
        weekend = _parse_nth_weekend(text, reference)
        if (
            weekend is not None
            and weekend.start is not None
            and weekend.end is not None
            and weekend.start[:10] <= found.start[:10] <= weekend.end[:10]
        ):
            return weekend
    return found


def _nth_weekday_when(text: str, match: re.Match[str], reference: date) -> When | None:
    nth = ORDINALS[match["ord"].lower()]
    weekday, month = WEEKDAYS[match["wd"].lower()], MONTHS[match["mn"].lower()]
    written = match.groupdict().get("y")
    year = int(written) if written else infer_year(month, 15, reference)
    day = nth_weekday(year, month, weekday, nth)
    if day is None:
        return None
    rule = None
    listed = months_listed(text, month, match.end("mn")) if not written else None
    if listed is not None:
        # "the 2nd Wednesday of February, April, May, July, September, October and December"
        months, end = listed
        rule = f"FREQ=MONTHLY;BYMONTH={','.join(map(str, months))};BYDAY={nth}{RRULE_DAYS[weekday]}"
        day = next_listed(months, reference, lambda y, m: nth_weekday(y, m, weekday, nth)) or day
        times = find_times(blank(text, [(match.start(), end)]))
        found = day_at_times(day, times)
        return replace(found, recurrence=rule)
    if not written and (
        (
            _WHOLE_CELL_BEFORE.search(text, 0, match.start())
            and _WHOLE_CELL_AFTER.match(text, match.end())
        )
        or _YEARLY_CUE.search(text) is not None
    ):
        # "The Aiken Camellia Show | The Second Saturday in January | First Presbyterian
        # Church": a table cell saying only the n-th weekday of a month is a yearly date, the
        # next one from the page's day on; so is one a text calls a tradition ("Es hat Tradition,
        # dass sich hier am ersten Sonntag im Monat Juli viele … einfinden")
        rule = f"FREQ=YEARLY;BYMONTH={month};BYDAY={nth}{RRULE_DAYS[weekday]}"
        if day < reference:
            day = nth_weekday(year + 1, month, weekday, nth) or day
    times = find_times(blank(text, [match.span()]))
    found = day_at_times(day, times)
    return replace(found, recurrence=rule) if rule is not None else found


# Words saying a day comes back every year.
_YEARLY_CUE = lazy_re.compile(
    r"\b(?:tradition(?:ell)?|alljährlich|jedes\s+jahr|jährlich|every\s+year|each\s+year|annually)\b",
    FLAGS,
)
# A table cell holding nothing but the n-th weekday ("| The Second Saturday in January |").
_WHOLE_CELL_BEFORE = lazy_re.compile(r"(?:^|\|)\s*(?:the\s+|am\s+|on\s+(?:the\s+)?)?$", FLAGS)
_WHOLE_CELL_AFTER = lazy_re.compile(r"\s*(?:\||$)", FLAGS)


def _parse_nth_weekend(text: str, reference: date) -> When | None:
    """ "Am letzten Wochenende im August": the month's n-th Saturday and the Sunday after it."""
    if "ochenend" not in text and "eekend" not in text:
        return None
    match = _NTH_WEEKEND_OF_MONTH.search(text)
    if match is None:
        return _weekend_of_nth_sunday(text, reference)
    if _DAYS_IN_BRACKET_AFTER.match(text, match.end()):
        return None  # "am letzten Juni-Wochenende (26. - 28. Juni 2020)": the bracket's days
    month = MONTHS[(match["mn"] or match["mn2"]).lower()]
    year = int(match["y"]) if match["y"] else infer_year(month, 15, reference)
    word = match["ord"].lower()
    nth = ORDINALS.get(word) or ORDINALS[word[:-1] if word.endswith("es") else word]
    saturday = nth_weekday(year, month, 5, nth)
    if saturday is None:
        return None
    if match["full"] and saturday == month_end(year, month):
        saturday -= timedelta(days=7)  # "am letzten vollen Wochenende": its Sunday in the month too
    return When(saturday.isoformat(), (saturday + timedelta(days=1)).isoformat(), True, "day")


def _weekend_of_nth_sunday(text: str, reference: date) -> When | None:
    """ "am Wochenende des ersten Sonntags im Juli": that Sunday and the Saturday before it."""
    match = _WEEKEND_OF_NTH_SUNDAY.search(text)
    if match is None:
        return None
    month = MONTHS[match["mn"].lower()]
    year = int(match["y"]) if match["y"] else infer_year(month, 15, reference)
    word = match["ord"].lower()
    nth = ORDINALS.get(word) or ORDINALS.get(word.removesuffix("s").removesuffix("n"))
    sunday = nth_weekday(year, month, 6, nth) if nth else None
    if sunday is None:
        return None
    return When((sunday - timedelta(days=1)).isoformat(), sunday.isoformat(), True, "day")


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date | None:
    """The ``nth`` (1–4, -1 the last) ``weekday`` of a month; None when there is none."""
    if nth == -1:
        last = month_end(year, month)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    found = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    return found if found.month == month else None

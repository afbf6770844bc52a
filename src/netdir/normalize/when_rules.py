"""The next day of a rule written beside or instead of a date: within a season („bis Oktober“),
except some months („außer im August“), with a second monthly rule („und am 3. Samstag“)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from netdir import lazy_re
from netdir.normalize.when_feasts import (
    find_feasts,
)
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT, MONTHLY_BYDAY
from netdir.normalize.when_moved_this_month import moved_this_month
from netdir.normalize.when_periods import month_end
from netdir.normalize.when_recurrence import (
    RecurrenceMention,
    find_recurrence,
    next_day_of,
    next_occurrence,
)
from netdir.normalize.when_rule_from_month import rule_start_month
from netdir.normalize.when_season_months import LEFT_OUT_PIECES, season_months, with_months
from netdir.normalize.when_times import (
    find_times,
)
from netdir.normalize.when_value import (
    When,
    blank,
    day_at_times,
    spans_days,
    with_recurrence,
    with_times,
)
from netdir.normalize.when_weekly_beside import earlier_weekly_day
from netdir.normalize.when_words import (
    MONTHS,
    RRULE_DAYS,
    has_any,
    lowered_for_cues,
)

# "ab gestern alle 3 Monate den ersten Mittwoch im Monat": a rule counted every n-th month or week
# from a day the text names relative to the page's ("ab gestern", "seit heute").
_FROM_RELATIVE_DAY = lazy_re.compile(
    r"\b(?:ab|seit|from|since)\s+(?P<rel>gestern|heute|yesterday|today)\b", FLAGS
)


def _anchored_day(text: str, rule: str, today: date) -> date | None:
    """The next day of an every-n-th rule counted from the day ``_FROM_RELATIVE_DAY`` names."""
    anchor = _FROM_RELATIVE_DAY.search(text) if "INTERVAL=" in rule else None
    if anchor is None:
        return None
    back = 1 if anchor["rel"].lower() in ("gestern", "yesterday") else 0
    # (the rule's first day on or after that day, whichever week or month it falls in; the
    # count of n starts there)
    first = next_day_of(rule, today - timedelta(days=back))
    return next_occurrence(rule, first, today) if first else None


def next_day_of_rule(text: str, recurrence: RecurrenceMention, today: date) -> When:
    day = _anchored_day(text, recurrence.rule, today) or next_day_of(recurrence.rule, today)
    if day is None:
        return When(recurrence=recurrence.rule)
    season = (
        _SEASON_BEFORE.search(text, 0, recurrence.start)
        if "bis" in text or "ab" in text or "rom " in text
        else None
    )
    # "Jeden Freitag ab 17:00 Uhr von Mai bis Oktober gibt es Übungen": the season after the rule
    # starts and ends it, its clock or not (as "On the fourth Thursdays through September from
    # 7-9 p.m.")
    # ("We meet on the second Wednesday of each month from March to December": the English one)
    season_after = (
        _SEASON_BEFORE.search(text, recurrence.end)
        if season is None
        and ("bis" in text or " to " in text or "through" in text or "until" in text)
        else None
    )
    season = season or season_after
    dated_season = _dated_season(text) if season is None and "20" in text else None
    if dated_season is not None and day < dated_season[0]:
        # "November 2027 - März 2028 | Spinning freitags", read in May: from the season's start
        day = next_day_of(recurrence.rule, dated_season[0]) or day
    from_month = rule_start_month(text, today) if season is None and dated_season is None else None
    if from_month is not None and day < from_month:
        # "ab April | … | Nordic-Walking (Montags)", read in January: from April's first Monday
        day = next_day_of(recurrence.rule, from_month) or day
    if season is not None:
        # "Von April bis Juli gibt es drei Nachmittage, jeweils am dritten Donnerstag des
        # Monats": the rule runs from the named month on
        month, last = MONTHS[season["mn"].lower()], MONTHS[season["last"].lower()]
        running = (
            month <= today.month <= last
            if month <= last
            else today.month >= month or today.month <= last
        )
        if not running:
            first = date(today.year + (month < today.month), month, 1)
            day = next_day_of(recurrence.rule, first) or day
        elif day > month_end(today.year + (month > last and today.month >= month), last):
            # "donnerstags … von Anfang Oktober bis Ende April", written on 28 April: the rule's
            # next day falls after the season's end, so the next season's first one is meant
            first = date(today.year + (month <= today.month), month, 1)
            day = next_day_of(recurrence.rule, first) or day
    rule = recurrence.rule
    if season is not None and rule.startswith(MONTHLY_BYDAY) and "BYMONTH" not in rule:
        held = season_months(text[recurrence.end :], month, last)
        if held is not None:
            # "… of each month from March to December, excluding June and August"
            rule = with_months(rule, held)
            while day.month not in held:
                day = next_day_of(recurrence.rule, month_end(day.year, day.month)) or day
    if (
        season is None
        and rule.startswith(MONTHLY_BYDAY)
        and "BYMONTH" not in rule
        and has_any(text[recurrence.end :].lower(), LEFT_OUT_PIECES)
        # (not "except December when it's on the last Saturday before Christmas": a month whose
        # meeting moves to a feast's day is held)
        and month_excepted(text[recurrence.end :], None, today) is None
    ):
        held = season_months(text[recurrence.end :], 1, 12)
        if held is not None:
            # "jeden dritten Dienstag im Monat … (außer im August und Dezember)": a year-round
            # rule without the months it leaves out
            rule = with_months(rule, held)
            while day.month not in held:
                after = month_end(day.year, day.month) + timedelta(days=1)
                day = next_day_of(recurrence.rule, after) or after
    if recurrence.rule.startswith(MONTHLY_BYDAY):
        paired = _second_monthly_rule(text, recurrence, day, today)
        if paired is not None:
            return paired
        day = month_excepted(text[recurrence.end :], day, today) or day
        day = earlier_weekly_day(text, recurrence, day, today)
        if "onat" in text or "onth" in text:
            # "… verschiebt sich der Termin diesen Monat auf den 3. Donnerstag": this month's
            day = moved_this_month(text[recurrence.end :], today) or day
    # "12-1 p.m. Fridays", "at 11:30 a.m. Tuesdays": the rule was read from the clock's marker
    # on; the marker stays with the clock.
    marker = _CLOCK_MARKER.match(text, recurrence.start)
    rule_start = marker.end() if marker is not None else recurrence.start
    times = find_times(blank(text, [(rule_start, recurrence.end)]))
    closing = _season_end(text, day) if season is None and "t" in text else None
    if season is not None and (times is None or season_after is not None):
        # "Wer von April bis September montags das Sportabzeichen ablegen will": a rule without
        # its clock ends with the season's last month, as the English "through September"
        last = MONTHS[season["last"].lower()]
        season_last = month_end(day.year + (last < day.month), last)
        closing = season_last if season_last > day else None
    if closing is None and dated_season is not None and dated_season[1] > day:
        closing = dated_season[1]  # "Nov. 09 – März 2010 | Spinning freitags": to the season's end
    if closing is not None:
        # "On the fourth Thursdays through September from 7-9 p.m.": the rule's season ends
        # with that month (its last day, as a season's end is written: rounds 8, 44, 53)
        found = day_at_times(day, times, closing)
        if times is None:
            found = replace(found, end=closing.isoformat())
    else:
        found = day_at_times(day, times)
    return When(found.start, found.end, found.all_day, found.precision, rule)


# "November 2009 - März 2010": a season of months with their years.
_DATED_SEASON = lazy_re.compile(
    r"\b(?P<mn>" + MONTH_ALT + r")\.?\s+(?P<y>(?:19|20)\d{2})\s*(?:-|bis|to|until|through)\s*"
    r"(?P<last>" + MONTH_ALT + r")\.?\s+(?P<y2>(?:19|20)\d{2})\b",
    FLAGS,
)


def _dated_season(text: str) -> tuple[date, date] | None:
    """The first and last day of a season written as months with their years, else None."""
    match = _DATED_SEASON.search(text)
    if match is None:
        return None
    first = date(int(match["y"]), MONTHS[match["mn"].lower()], 1)
    last = month_end(int(match["y2"]), MONTHS[match["last"].lower()])
    return (first, last) if first < last else None


_CLOCK_MARKER = lazy_re.compile(r"(?:[ap]\.?m\.?|uhr)\s+", FLAGS)
# "through September", "until the end of October": a month without a day closing a season.
_SEASON_UNTIL = lazy_re.compile(
    r"\b(?:through|thru|until|till)\s+(?:the\s+end\s+of\s+)?(?P<mn>"
    + MONTH_ALT
    + r")\b(?!\.?\s*\d)",
    FLAGS,
)
_MONTH_BEFORE = lazy_re.compile(r"\b(?:" + MONTH_ALT + r")\s*$", FLAGS)


def _season_end(text: str, day: date) -> date | None:
    """The last day of the month an English season runs through, on or after ``day``."""
    match = _SEASON_UNTIL.search(text)
    if match is None or _MONTH_BEFORE.search(text, 0, match.start()) is not None:
        return None  # ("September through June" is a season from its first month: round 55)
    month = MONTHS[match["mn"].lower()]
    last = month_end(day.year + (month < day.month), month)
    return last if last > day else None


# ("von Anfang Oktober bis Ende April": the months' parts name the same season)
_SEASON_BEFORE = lazy_re.compile(
    r"\b(?:von|ab|from)\s+(?:(?:anfang|mitte|ende)\s+)?(?P<mn>"
    + MONTH_ALT
    + r")\s+(?:bis|to|through|until)\s+(?:(?:anfang|mitte|ende)\s+)?(?P<last>"
    + MONTH_ALT
    + r")\b(?!\.?\s*\d)",
    FLAGS,
)
# "on the last Saturday of the month (except August …, and December when it's on the last
# Saturday before Christmas)": a month whose meeting a feast places instead of the rule.
_EXCEPTED_MONTH = lazy_re.compile(
    r"\b(?:except|außer|ausser|ausgenommen|bis\s+auf)\b[^()]{0,80}?\b(?P<mn>"
    + MONTH_ALT
    + r")\b(?P<how>[^().;]{0,40})$",
    FLAGS,
)


def month_excepted(after: str, day: date | None, today: date) -> date | None:
    """The day a feast names for the month an exception moves the rule's meeting in, when the
    next meeting (``day``; None: any month) falls in that month."""
    for feast in find_feasts(after, lowered_for_cues(after)):
        if not feast.relative:
            continue
        named = _EXCEPTED_MONTH.search(after, 0, feast.start)
        if named is None:
            continue
        month = MONTHS[named["mn"].lower()]
        if day is None:
            return today  # (only asked whether there is such an exception)
        if month != day.month:
            continue
        moved = feast.day_in(day.year)
        if moved.month == day.month and moved >= today:
            return moved
    return None


_JOINED_RULE = lazy_re.compile(r"\b(?:and|und|sowie)\b", FLAGS)


def _second_monthly_rule(
    text: str, first: RecurrenceMention, day: date, today: date
) -> When | None:
    """ "held on the first Wednesday of each month at 12:30 p.m., and the third Wednesday of each
    month at 6:30 p.m.": two monthly rules joined, each with its own clock; the next meeting is
    the earlier of the two (the rule holds both days)."""
    tail = text[first.end :]
    second = find_recurrence(tail)
    if (
        second is None
        or not second.rule.startswith(MONTHLY_BYDAY)
        or _JOINED_RULE.search(tail, 0, second.start) is None
    ):
        return None
    own = find_times(tail[: second.start])
    other_times = find_times(tail[second.end :])
    other_day = next_day_of(second.rule, today)
    if own is None or other_times is None or other_day is None:
        return None
    rule = f"{first.rule},{second.rule.removeprefix(MONTHLY_BYDAY)}"
    found = (
        with_times(day, None, own) if day <= other_day else with_times(other_day, None, other_times)
    )
    return When(found.start, found.end, found.all_day, found.precision, rule)


def in_the_rules_weekday_year(found: When, rule: str, text: str, reference: date) -> When:
    """``found`` a year later when its yearless first day, past by the nearest year, falls on
    another weekday than the weekly rule beside it and next year's same day falls on the rule's
    ("Immer Donnerstags: Tag 1: 09.01. …" in June 2024: 9 January 2025, a Thursday)."""
    start = found.start or ""
    if not rule.startswith("FREQ=WEEKLY;BYDAY=") or len(start) < 10 or start[:4] in text:
        return found
    days = rule.removeprefix("FREQ=WEEKLY;BYDAY=")
    if days not in RRULE_DAYS:
        return found
    day = date.fromisoformat(start[:10])
    if day >= reference or RRULE_DAYS[day.weekday()] == days:
        return found
    try:
        later = day.replace(year=day.year + 1)
    except ValueError:
        return found  # 29 February
    if RRULE_DAYS[later.weekday()] != days:
        return found

    def moved(value: str | None) -> str | None:
        return value if value is None else f"{int(value[:4]) + 1:04d}{value[4:]}"

    return replace(found, start=moved(found.start), end=moved(found.end))


def recurring(found: When, recurrence: RecurrenceMention, today: date) -> When:
    """A date written beside a rule is its first occurrence; a past one moves forward. A period
    that runs daily ("Daily, January 6 – March 15, 2026", "täglich vom 6. Januar bis 15. März")
    is that period as written: it already holds every day, and its end is the rule's last day,
    not something to move (a daily RRULE beside it would repeat the whole period every day)."""
    if recurrence.rule == "FREQ=DAILY" and spans_days(found):
        return found
    return with_recurrence(found, _on_the_first_days_weekday(recurrence.rule, found), today)


def _on_the_first_days_weekday(rule: str, found: When) -> str:
    """A weekly rule that names no weekday runs on its first day's: "Ab dem 11. Mai … im
    Zweiwochentakt" is every other Thursday (11 May 2023 a Thursday), said in the rule itself."""
    if not rule.startswith("FREQ=WEEKLY") or "BYDAY=" in rule or found.start is None:
        return rule
    weekday = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")[
        date.fromisoformat(found.start[:10]).weekday()
    ]
    return f"{rule};BYDAY={weekday}"

"""Where a text names days: each numeric, textual or English date with its place in the text and
its year (``Mention``), the weekday written beside it, and what looked like a date but is none
(``Skipped``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise

from netdir import lazy_re
from netdir.normalize.weekday_years import year_the_weekday_names
from netdir.normalize.when_badge_weekday import weekday_before_badge_day
from netdir.normalize.when_grammar import (
    DAY_NUMBER,
    FLAGS,
    MONTH_ALT,
    PAST_TENSE,
    WD_ALT,
    WEEKDAY_FULL_ALT,
)
from netdir.normalize.when_lone_datelines import lone_dateline
from netdir.normalize.when_order import (
    SLASHED_OR_DASHED,
    resolve_day_month,
    text_day_first,
)
from netdir.normalize.when_roles import (
    PUBLISHED,
    SIGNUP_REACH,
    may_hold_roles,
    role_of_date,
)
from netdir.normalize.when_times import (
    TIME_RANGE,
)
from netdir.normalize.when_value import infer_year, safe_date
from netdir.normalize.when_words import (
    MONTH_STEMS,
    MONTHS,
    WEEKDAY_ABBREVIATIONS,
    full_year,
    has_any,
    lowered_for_cues,
)

# "Samstag und Sonntag, 21. und 22. Juli": weekdays listed before a list of days pair up in
# order, so the first day's weekday is the first one.
_WEEKDAY_BEFORE = lazy_re.compile(
    # "am Samstag, dem 5. Oktober", "Sonntag, d. 24.07."; "Freitag | 28. August | 20.00 Uhr": a
    # programme's weekday cell before its day's; "Samstag · 22. Mai": a dot between them
    # („Donnerstag, der 5.1.“, round 292: the nominative's article)
    r"\b(?P<wd>" + WD_ALT + r")\.?(?:\s*(?:und|and|&|/)\s*(?:" + WD_ALT + r")\.?)?,?\s*"
    r"(?:[|·•]\s*)?(?:(?:den|dem|der|d\.)\s*)?$",
    FLAGS,
)
# (a two-letter weekday is written large after its day: „Am 1. Juli so gegen 16:30 gab's …“,
# round 292, is the adverb, no Sunday that moves the day to 2012)
_WEEKDAY_AFTER = lazy_re.compile(
    r"^\s*,?\s*\(?\s*(?!(?-i:[a-zäöü]{2})\b)(?P<wd>" + WD_ALT + r")\b", FLAGS
)
_NUMERIC = lazy_re.compile(
    r"(?<![\d.])(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})(?:\.|,(?=\d{4})"  # "05.03,2021": a typed comma
    r"|(?<=\d\d)(?=(?:19|20)\d\d(?!\d)))"  # "21.102024": the dot before the year left out
    r"(?:(?P<y4>\s?\d{4})|(?P<y2>\d{2}))?(?!\d|:\d)"
)  # "22.12.: Demonstration": a colon after the closing dot is punctuation, "1.12.:30" no date
_TEXTUAL = lazy_re.compile(
    # "am .22. März 2019": a stray dot after a space is no earlier number's; "19. März '27": a
    # year shortened with an apostrophe
    rf"(?:(?<![\d.])|(?<=\s\.))(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\.?\s*(?:of\s+)?(?P<mn>{MONTH_ALT})\b\.?(?:\s*,?\s*(?P<y4>(?:19|20)\d{{2}}(?!\d)|\d{{4}}(?!\d)(?!\s*(?:[-–]\s*\d{{1,2}}:\d{{2}}|uhr\b)))|\s*['’‘](?P<y2>\d{{2}})(?!\d))?",
    FLAGS,
)  # ("26. Juni, 1320 - 13:50": a clock run together after the day is no year)
# "March 12", "Jan.31", "Jan 5, 2026"; never "August 19:30" or "März 10 Uhr" (an hour).
_ENGLISH = lazy_re.compile(
    rf"\b(?P<mn>{MONTH_ALT})(?:\.\s*|\s+)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
    # "Oct. 20 to 23": a range of days in one month, but never "May 5 to 7pm" (an hour).
    # "November 5/6": a weekend's two days (only days that follow each other)
    rf"(?:\s*(?:-|to|through|thru|until|till|(?P<slash>/))\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)"
    # ("April 8th – 16 Year Anniversary": a count of years, no last day)
    rf"(?!:\d)(?![/.]\d)(?!\s*(?:[ap]\.?m\b|uhr\b|h\b|years?\b|yrs?\b))"
    # "August 15,16 & 17": days listed after one month name (a period when they follow each other)
    # "October 4th and 5th, 2025": the listed days may carry ordinals too, the year follows them
    rf"|(?P<dlist>(?:\s*,\s*\d{{1,2}}(?:st|nd|rd|th)?)*\s*(?:&|and)\s*\d{{1,2}}(?:st|nd|rd|th)?"
    rf"|(?:\s*,\s*\d{{1,2}}(?:st|nd|rd|th)?){{2,}})"
    rf"(?!\d)(?!:\d)(?!\s*-\s*\d)(?!\s*(?:[ap]\.?m\b|uhr\b|h\b)))?"
    rf"(?!\d)(?!:\d)(?!\s*(?:uhr|h)\b)"
    # "September 8th-9th 2025: Pre-conference events": a colon after the year ends a label
    rf"(?:\s*,?\s*(?P<y4>\d{{4}})(?!\d)(?!:\d))?",
    FLAGS,
)
# "10/25 at 10:00 PM", "3/4, 7pm": month/day (or day/month) without a year, a clock beside it.
_SLASHED_NO_YEAR = lazy_re.compile(
    r"(?<![\d/.\-])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/.\-])"
    r"(?=\s*(?:at|@|,|-)?\s*\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?!\w))",
    FLAGS,
)
# "Tuesdays @ 6:45pm (beginning 9/13)": a yearless slashed date after a word of starting is the
# first day of something (no clock needed; "24/7" and "Saison 24/25" have no such word).
_SLASHED_AFTER_START = lazy_re.compile(
    r"\b(?:beginning|starting|begins|starts|commencing)\s+(?:on\s+)?"
    r"(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/.\-])",
    FLAGS,
)
# "Upcoming meetup dates: ☃ 2/23 ⛵ 3/21 🌷 4/20": yearless slashed dates after a label of dates
# (a symbol or two before each).
_SLASHED_AFTER_DATES = lazy_re.compile(
    r"\b(?:dates|termine)\s*:\s*(?:[^\w\s]{1,3}\s*)?"
    r"(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/.\-])",
    FLAGS,
)
# "cancelled due to the holiday break (12/25-12/29)": two yearless slashed dates joined by a dash
# are a period (one clock-less pair alone may be "24/7" or a fraction; a pair of them whose days
# follow within a month reads as nothing else: "1/2-3/4 cup" spans two).
_SLASHED_RANGE = lazy_re.compile(
    r"(?<![\d/.\-])(?P<a>\d{1,2})/(?P<b>\d{1,2})\s*[-–]\s*(?P<c>\d{1,2})/(?P<d>\d{1,2})(?![\d/.\-])"
)
#: How many days such a period may span at most.
_SLASHED_RANGE_DAYS = 31
# "10/8 – Heart of Town (…)": on an English (month-first) page, a list line opening with M/D.
_SLASHED_LINE_START = lazy_re.compile(r"^\s*(?P<a>\d{1,2})/(?P<b>\d{1,2})\s*[-:]\s+(?=\D)")
# "11/2 Saturday – Dia de Los Muertos", "Sat., 11/2: Festival": a weekday beside a yearless slashed
# date makes it one (full names, or the capitalised English abbreviations: "so 1/2" is no Sunday).
_SLASHED_WEEKDAY = (
    r"(?P<wd>" + WEEKDAY_FULL_ALT + r"|(?-i:Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun))\b\.?"
)
_SLASHED_BY_WEEKDAY = lazy_re.compile(
    r"\b" + _SLASHED_WEEKDAY + r",?\s+(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/.\-])"
    r"|(?<![\d/.\-])(?P<a2>\d{1,2})/(?P<b2>\d{1,2}),?\s+"
    + _SLASHED_WEEKDAY.replace("?P<wd>", "?P<wd2>"),
    FLAGS,
)
# The years a date may lie in. A day written in full with its four-digit year is that day however
# long ago („Am 24.03.1983 konnte das 1. Treffen stattfinden“, „31. Oktober 1517“): whether it is
# an offering's day is the sentence's business (a birth, a death, a wedding, a decision are not,
# ``when_notices``). A two-digit year („24.03.83“) or a number standing alone („1500 Teilnehmer“)
# is read only from 1990 on: there the year is a guess, and counts and numbers are common.
EARLIEST_YEAR = 1990
EARLIEST_WRITTEN_YEAR = 1000
#: Years ahead no day told in the past can lie: a two-digit year further ahead is the last century's.
_PAST_CENTURY_GAP = 10
_NOUN_AFTER = lazy_re.compile(r"\s+(?-i:[A-ZÄÖÜ])")
_COMMA_BEFORE = lazy_re.compile(r",\s*$")
# Years between a span's two written days that make it a life's or a history's, not an offering's.
_SPAN_OF_DECADES = 20
_DASH_ONLY = lazy_re.compile(r"\s*(?:-|bis|to|until)\s*", FLAGS)
_HISTORIC_START_BEFORE = lazy_re.compile(r"(?<![\d.])(?:1[0-8]\d\d|19[0-8]\d)\s*-\s*$")
# "1787 Dec. 20.": a year before the years read (1990) right before a month's day is a history's.
_HISTORIC_YEAR_BEFORE = lazy_re.compile(r"(?<![\d.])(?:1[0-8]\d\d|19[0-8]\d)\s*$")
_PAREN_DATELINE_BEFORE = lazy_re.compile(r"^\(\s*[^\W\d]{1,6}\.?\s*-\s*$")
_WEEKDAY_DAY_MONTH = lazy_re.compile(
    # ("am Sonntag den 03.03 ab 10 Uhr": "den" or "dem" may stand between)
    # ("Am 10.08 laden wir euch … ein": "am" alone before them)
    r"(?:\b(?:" + WD_ALT + r")\.?,?\s+(?:(?:den|dem)\s+)?|\bam\s+)"
    r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})(?![\d.:])"
    # ("am 03.04 2009": a year after a missing dot is a date this pattern cannot read)
    r"(?!\s*(?:uhr|h)\b)(?!\s+(?:19|20)\d\d\b)",
    FLAGS,
)
_DIGIT_DOT_DIGIT = lazy_re.compile(r"\d\.\d")


@dataclass(frozen=True)
class Mention:
    """One day-level date found in the text; month/year None when the text left them out."""

    start: int
    end: int
    day: int
    month: int
    year: int | None
    end_day: int | None = None  # "March 12–14": the range sits inside one mention
    #: "Ostermontag": a holiday, its day in a given year (day/month above are the nearest one's).
    feast: Callable[[int], date] | None = None


@dataclass(frozen=True)
class Skipped:
    """A date that is no event's: a deadline or a page stamp (``when_roles``)."""

    mention: Mention
    role: str


def mention_day(mention: Mention, reference: date) -> date | None:
    year = mention.year or infer_year(mention.month, mention.day, reference)
    return safe_date(year, mention.month, mention.day)


def find_mentions(
    text: str, day_first: bool | None, reference: date
) -> tuple[list[Mention], list[Skipped]]:
    """The event's date mentions in text order, and the dates skipped as deadlines or stamps."""
    found: list[Mention] = []
    # A text naming no month word (most numeric dates) skips the two month patterns.
    named_month = has_any(lowered_for_cues(text), MONTH_STEMS)
    for pattern in (_NUMERIC, _TEXTUAL, _ENGLISH) if named_month else (_NUMERIC,):
        for match in pattern.finditer(text):
            mention = _to_mention(match, reference)
            if mention is not None:
                found.append(mention)
    slashed = list(SLASHED_OR_DASHED.finditer(text))
    if slashed:
        order = day_first if day_first is not None else text_day_first(text)
        for match in slashed:
            if _inside_time_range(text, match):
                continue
            day, month = resolve_day_month(int(match["a"]), int(match["b"]), order)
            written = len(match["y"]) == 4
            year = int(match["y"]) if written else full_year(match["y"], reference)
            earliest = EARLIEST_WRITTEN_YEAR if written else EARLIEST_YEAR
            mention = checked(match.start(), match.end(), day, month, year, None, earliest)
            if mention is not None:
                found.append(mention)
    if "/" in text:
        found.extend(_month_day_with_clock(text, day_first, reference))
    if not found and _DIGIT_DOT_DIGIT.search(text) is not None:
        # "Samstag, 11.04 um 10:30 Uhr": day and month without the closing dot, a weekday before
        for match in _WEEKDAY_DAY_MONTH.finditer(text):
            mention = checked(
                match.start("d"), match.end(), int(match["d"]), int(match["m"]), None, None
            )
            if mention is not None:
                found.append(mention)
    # Longest match first at each position, then drop overlaps.
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Mention] = []
    skipped: list[Skipped] = []
    last_end = -1
    roles_possible = bool(found) and may_hold_roles(text)
    for mention in found:
        if mention.start < last_end:
            continue
        last_end = mention.end
        role = None
        if roles_possible:
            before = text[max(0, mention.start - 2 * SIGNUP_REACH) : mention.start]
            role = role_of_date(before, text[mention.end :])
        if role is not None:
            skipped.append(Skipped(mention, role))
        else:
            kept.append(mention)
    if (
        kept
        and _PAREN_DATELINE_BEFORE.match(text[: kept[0].start])
        and text.startswith(")", kept[0].end)
    ):
        # "(kb – 29.06.2019) Dieses Jahr war es wieder so weit": a press note's dateline.
        skipped.append(Skipped(kept.pop(0), PUBLISHED))
    if len(kept) == 1 and not skipped and lone_dateline(text):
        # "Jöhlingen, 11.01.2020": a letter's place and day alone, no event's
        skipped.append(Skipped(kept.pop(0), PUBLISHED))
    if kept:
        kept = [m for m in kept if _HISTORIC_YEAR_BEFORE.search(text, 0, m.start) is None]
    if len(kept) > 1:
        kept = _without_long_spans(text, kept)
    if kept and "-" in text:
        # "(1943 - 1.Dezember 2019)": a life's or a history's span; its start lies before the
        # years read (1990), so its end is no offering's day either.
        kept = [m for m in kept if _HISTORIC_START_BEFORE.search(text, 0, m.start) is None]
    if skipped and kept:
        # "01/10/2025 | News release | Distributed … on 01/10/2025": the stamp's date repeated.
        stamped = {(s.mention.day, s.mention.month, s.mention.year) for s in skipped}
        kept = [m for m in kept if (m.day, m.month, m.year) not in stamped]
    return kept, skipped


def _without_long_spans(text: str, kept: list[Mention]) -> list[Mention]:
    """The mentions without the two ends of a span of decades: „Maestro Mariss Jansons (14.
    Jänner 1943 – 1.Dezember 2019)“ and „Roman Abegg, 14.Juli 1965 bis 10.Juli 2024“ are lives, a
    chronicle's „1. April 1965 - 31. März 2015“ an office's; no offering runs from one written
    day to another that many years on."""
    dropped: set[int] = set()
    for index, (first, second) in enumerate(pairwise(kept)):
        if (
            first.year is not None
            and second.year is not None
            and second.year - first.year >= _SPAN_OF_DECADES
            and _DASH_ONLY.fullmatch(text, first.end, second.start) is not None
        ):
            dropped |= {index, index + 1}
    return [m for index, m in enumerate(kept) if index not in dropped]


def _month_day_with_clock(text: str, day_first: bool | None, reference: date) -> list[Mention]:
    """ "10/25 at 10:00 PM": a yearless slashed date counts only with a clock time beside it
    (else "24/7", "1/2" and "Saison 24/25" would be dates)."""
    found = []
    if day_first is False and "/" in text[:6]:
        line = _SLASHED_LINE_START.match(text)
        if line is not None:
            mention = checked(
                line.start("a"), line.end("b"), int(line["b"]), int(line["a"]), None, None
            )
            if mention is not None:
                found.append(mention)
    order = day_first  # the text's own order, read once a slashed date needs it
    for match in (
        *_SLASHED_NO_YEAR.finditer(text),
        *_SLASHED_AFTER_START.finditer(text),
        *_SLASHED_AFTER_DATES.finditer(text),
    ):
        if order is None:
            order = text_day_first(text)
        day, month = resolve_day_month(int(match["a"]), int(match["b"]), order)
        mention = checked(match.start(), match.end(), day, month, None, None)
        if mention is not None:
            found.append(mention)
    if "/" in text and ("-" in text or "–" in text):
        for match in _SLASHED_RANGE.finditer(text):
            if order is None:
                order = text_day_first(text)
            found.extend(_slashed_range(match, order, reference))  # order is set just above
    for match in _SLASHED_BY_WEEKDAY.finditer(text):
        first, second = ("a", "b") if match["a"] else ("a2", "b2")
        if any(m.start == match.start(first) for m in found):
            continue
        if order is None:
            order = text_day_first(text)
        day, month = resolve_day_month(int(match[first]), int(match[second]), order)
        mention = checked(match.start(first), match.end(second), day, month, None, None)
        said = WEEKDAY_ABBREVIATIONS.get((match["wd"] or match["wd2"]).lower())
        if mention is None or said is None:
            continue
        # ("open 24/7 Sunday": 24 July is no Sunday near; "Sun, 5/20" in November: next May's)
        year = year_the_weekday_names(month, day, said, reference)
        if year is None:
            continue
        found.append(
            mention if year == infer_year(month, day, reference) else replace(mention, year=year)
        )
    return found


def _slashed_range(match: re.Match[str], order: bool, reference: date) -> list[Mention]:
    """Both ends of "12/25-12/29" when each is a day and the period is short and forward."""
    day, month = resolve_day_month(int(match["a"]), int(match["b"]), order)
    end_day, end_month = resolve_day_month(int(match["c"]), int(match["d"]), order)
    first = checked(match.start("a"), match.end("b"), day, month, None, None)
    last = checked(match.start("c"), match.end("d"), end_day, end_month, None, None)
    if first is None or last is None:
        return []
    year = infer_year(month, day, reference)
    start = safe_date(year, month, day)
    end = safe_date(year + (end_month < month), end_month, end_day)
    if start is None or end is None or not 0 < (end - start).days <= _SLASHED_RANGE_DAYS:
        return []
    return [first, last]


def _inside_time_range(text: str, match: re.Match[str]) -> bool:
    """ "10-12-14 Uhr" is no date; a dashed date must not be a piece of a time range."""
    if match["sep"] != "-":
        return False
    return (
        TIME_RANGE.match(text, match.start()) is not None
        and "uhr" in text[match.end() : match.end() + 5].lower()
    )


def _count_not_year(match: re.Match[str]) -> bool:
    """Whether a four-digit number after a day may be a count rather than an early year: „Am 3.
    Mai 1500 Teilnehmer“ (a noun after it, set apart by a space), „May 3 1500 people“ (an English
    month-first date writes a comma before its year: „May 3, 1937“). Only years before
    ``EARLIEST_YEAR`` are asked: later ones have always been read as years."""
    text, start = match.string, match.start("y4")
    if text[start].isspace():
        start += 1  # "24.03. 1983": the numeric pattern takes the space into the year
    if not text[start - 1].isspace():
        return False  # "24.03.1983 Gründung": a year run on to its month is one
    comma = _COMMA_BEFORE.search(text, 0, start) is not None
    if not comma and _NOUN_AFTER.match(text, match.end()) is not None:
        return True
    return "slash" in match.groupdict() and not comma


def _to_mention(match: re.Match[str], reference: date) -> Mention | None:
    groups = match.groupdict()
    day = int(groups["d"])
    month = MONTHS[groups["mn"].lower()] if groups.get("mn") else int(groups["m"])
    year: int | None = None
    earliest = EARLIEST_YEAR
    if groups.get("y4"):
        year = int(groups["y4"].strip())
        earliest = EARLIEST_YEAR if _count_not_year(match) else EARLIEST_WRITTEN_YEAR
    elif groups.get("y2"):
        year = full_year(groups["y2"], reference)
        if year > reference.year + _PAST_CENTURY_GAP and PAST_TENSE.search(match.string):
            # "Am 01.12.43 waren die Alliierten bis hierher vorgedrungen" (round 234, read in
            # 2013): a day told in the past lies decades behind, not ahead — the last century's
            year -= 100
            earliest = EARLIEST_WRITTEN_YEAR
    end_day = int(groups["d2"]) if groups.get("d2") else None
    if groups.get("slash") and end_day != day + 1:
        end_day = None
    if groups.get("dlist"):
        days = [day, *(int(d) for d in DAY_NUMBER.findall(groups["dlist"]))]
        following = all(b == a + 1 for a, b in pairwise(days))
        end_day = days[-1] if following else None
    return checked(match.start(), match.end(), day, month, year, end_day, earliest)


def checked(
    begin: int,
    finish: int,
    day: int,
    month: int,
    year: int | None,
    end_day: int | None,
    earliest: int = EARLIEST_YEAR,
) -> Mention | None:
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    if year is not None and not earliest <= year <= 2100:
        return None
    if end_day is not None and not day < end_day <= 31:
        end_day = None
    return Mention(begin, finish, day, month, year, end_day)


# "von Samstag bis Montag, 15. bis 17. Juli": a range of weekdays before a range of days, the
# first weekday the first day's.
_WEEKDAY_RANGE_BEFORE = lazy_re.compile(
    r"\b(?P<wd>" + WD_ALT + r")\.?\s*(?:-|–|bis)\s*(?:" + WD_ALT + r")\.?,?\s*$", FLAGS
)


def weekday_beside(text: str, before: int, after: int) -> int | None:
    match = _WEEKDAY_RANGE_BEFORE.search(text[max(0, before - 40) : before])
    if match is None:
        match = _WEEKDAY_BEFORE.search(text[max(0, before - 30) : before])
    if match is None:
        match = _WEEKDAY_AFTER.match(text[after : after + 16])
    return WEEKDAY_ABBREVIATIONS[match["wd"].lower()] if match else None


def first_day_and_weekday(text: str, reference: date) -> tuple[Mention, int] | None:
    """The text's first date mention and the weekday (0 = Monday) written beside it; None when
    the text has no mention or writes no weekday beside its first."""
    # („9. Sa März“, a stacked badge's parts: the weekday between the day and its month is the
    # day's, as ``clean_date_text`` reads it)
    text = weekday_before_badge_day(text)
    mentions, _ = find_mentions(text, None, reference)
    if not mentions:
        return None
    first = mentions[0]
    weekday = weekday_beside(text, first.start, first.end)
    return None if weekday is None else (first, weekday)

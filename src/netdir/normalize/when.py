"""Dates and times as German (and English) pages write them, into ISO strings.

Rules, in the order they are tried on one text:

1. ISO 8601 (``2027-03-12``, ``2019-9-18``, ``2027-03-12T09:30``, with or without offset; ranges
   joined by a dash or ``/``; the ordinal ``2013-034`` only as a whole text). A stated offset is the event's own local time and is kept
   (``2015-10-31T19:30-04:00`` stays on 31 October). Only UTC (``Z``, ``+00:00``), which says
   nothing about where the event is, is shown in Berlin time — unless that would change its day.
   A time without offset is Berlin wall time.
2. Day-level dates: ``26.05.2025``, ``26.5.25``, ``18. März``, ``Mo., 3. Feb. 2027``,
   ``Sa 20 . August 2022``, ``March 12–14, 2027``, ``Jan.31``, ``09/07/23``; ranges
   ``12.–14. März 2027``, ``Vom 18. bis zum 20. September``, ``Sa 13. und So 14. August``,
   ``From 18 to 19 March 2025``, ``30. Juni – 2. Juli 2027``, ``28.12.2026–2.1.2027``. Dotted
   dates are day first, always; slashed and dashed ones (``09/07/23``, ``9-7-2023``) follow
   ``day_first`` or the text's own evidence (``when_order.py``). Times beside them
   (``9:30–16:00 Uhr``, ``ab 14 Uhr``, ``ab 09:30 Uhr / bis 22:00 Uhr``, ``3:00 p.m.``,
   ``10am–2pm``, ``noon``; ``when_times.py``) make the start and end datetimes; a time without
   any date yields nothing, because a time alone says nothing. "Month HH:MM" never reads the
   hour as a day.
   Dates next to a deadline cue ("Anmeldeschluss", "Bewerberfrist", "bis spätestens", "bis …
   online anmelden") are deadlines, dates after "Stand:", "veröffentlicht am", "Pressemitteilung
   vom", "Posted … on" are page stamps (``when_roles.py``): neither is ever start or end; they
   are reported in ``deadline``/``published`` (``date_role`` tells an extractor a text holds
   only such dates). A lone date after "bis" ("bis 30.11.2026") is an end without a start (a yearless one
   the next such day: what runs until then runs now), unless one waits for it ("muss bis 25.
   Oktober warten"). A day the text says was moved away ("vom 26. April auf den Herbst verlegt",
   "ursprünglich … am 13. März") yields to the other day named; a make-up day ("wird am 29.
   November nachgeholt") lies ahead.
   A holiday named instead of a day ("Ostermontag bis 31.Oktober", "1.November bis Samstag vor
   Ostern", "Heiligabend, 16 Uhr"; ``when_feasts.py``) is that day; beside other dates only as
   a range's other end. "am 1. Mittwoch im August" is that month's first Wednesday, "am letzten
   Wochenende im August" its last Saturday and the Sunday after; a yearless slashed date counts
   only with a clock beside it ("10/25 at 10:00 PM").
3. Recurrence (``jeden ersten Donnerstag im Monat, ab 16:00 Uhr``, ``alle zwei Wochen
   mittwochs``, ``monatlich``; ``when_recurrence.py``): ``recurrence`` holds the RFC 5545 RRULE,
   start/end the next occurrence on or after ``today`` (unknown when the rule names no weekday).
   A recurrence written beside a date keeps that date as its start, moved forward to the next
   occurrence when it lies before ``today``; a daily one beside a period ("Daily, January 6 –
   March 15, 2026", "täglich vom … bis …") is that period, kept as written.
4. Relative days in a short text: ``heute``, ``morgen, 14 Uhr``, ``übermorgen``, ``today``,
   ``tomorrow`` at its start, or anywhere with a time after them ("Los geht's heute ab 17 Uhr");
   "am heutigen Samstag" in any text. Counted from ``page_date`` (a dated article's "heute" is
   its own day), else ``today``. "am Morgen" is the morning, not tomorrow. A weekday made one
   day by a word ("kommenden Montag", "diesen Freitag", "Freitag nächster Woche", "… bis zum
   Samstag") counts the same way.
5. Periods (``when_periods.py``): calendar weeks (``KW 12/2027``, ``KW 12``) precision
   ``week``; quarters and half-years (``Q2 2027``, ``2. Halbjahr 2027``) and months
   (``März 2027``, ``03/2027``) precision ``month``; seasons (``Herbst 2027``) ``season``; a bare
   year ``year`` — never an invented day.

A missing year is the year in a table row's first cell ("2025 | 25. Oktober - 2. November"), else
the year the page's context states (``year=``, ``netdir parse when --year``: a heading "Programm
2024" above the text), else inferred from ``page_date`` when given, else ``today``: the nearest such day,
at most six months before or after the reference (a listing saved today shows last week's
event as past, not as next year's) — unless a weekday beside the date ("Mo., 14. Dezember",
"20. August (Samstag)") fits only the year before or after, which then wins. 29 February
without a year is the next one. Anything else ("tba", "folgt", "N.N.", "") gives all-None.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from itertools import pairwise
from zoneinfo import ZoneInfo

from netdir.normalize.when_context import PageYear, stated_year
from netdir.normalize.when_feasts import (
    ADVENT_WEEKEND_HINTS,
    FeastMention,
    advent_weekend,
    find_feasts,
)
from netdir.normalize.when_lists import day_list
from netdir.normalize.when_order import (
    SLASHED_OR_DASHED,
    looks_english,
    resolve_day_month,
    text_day_first,
)
from netdir.normalize.when_periods import find_period, month_end
from netdir.normalize.when_recurrence import (
    RecurrenceMention,
    find_recurrence,
    next_day_of,
    next_occurrence,
)
from netdir.normalize.when_roles import (
    DEADLINE,
    PUBLISHED,
    SIGNUP_REACH,
    may_hold_roles,
    role_of_date,
)
from netdir.normalize.when_semesters import semester_as_period
from netdir.normalize.when_times import (
    NOON,
    TIME_RANGE,
    clock,
    clock12,
    find_times,
    spoken_clock,
)
from netdir.normalize.when_words import (
    MONTH_STEMS,
    MONTHS,
    ORDINALS,
    RELATIVE_ADJECTIVES,
    RELATIVE_DAYS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    alternation,
    full_year,
    has_any,
    lowered_for_cues,
)

BERLIN = ZoneInfo("Europe/Berlin")
#: How far a yearless date may lie from the reference day (see the module docstring).
YEAR_WINDOW = timedelta(days=183)


@dataclass(frozen=True)
class When:
    """A parsed date: ISO ``start``/``end`` (date or datetime with offset), how exact it is,
    and the RFC 5545 ``recurrence`` rule (``FREQ=WEEKLY;BYDAY=TU``) when the text repeats."""

    start: str | None = None
    end: str | None = None
    all_day: bool | None = None
    precision: str | None = None  # minute | day | week | month | season | year
    recurrence: str | None = None
    #: A date the text names that is not the event's (``when_roles``): never start or end.
    deadline: str | None = None
    published: str | None = None

    def as_dict(self) -> dict[str, str | bool | None]:
        return {
            "start": self.start,
            "end": self.end,
            "all_day": self.all_day,
            "precision": self.precision,
            "recurrence": self.recurrence,
            "deadline": self.deadline,
            "published": self.published,
        }


NOTHING = When()

_FLAGS = re.IGNORECASE
_MONTH_ALT = alternation(MONTHS)
_WD_ALT = alternation(WEEKDAY_ABBREVIATIONS)
# "Samstag und Sonntag, 21. und 22. Juli": weekdays listed before a list of days pair up in
# order, so the first day's weekday is the first one.
_WEEKDAY_BEFORE = re.compile(
    # "am Samstag, dem 5. Oktober", "Sonntag, d. 24.07."
    r"\b(?P<wd>" + _WD_ALT + r")\.?(?:\s*(?:und|and|&|/)\s*(?:" + _WD_ALT + r")\.?)?,?\s*"
    r"(?:(?:den|dem|d\.)\s*)?$",
    _FLAGS,
)
_WEEKDAY_AFTER = re.compile(r"^\s*,?\s*\(?\s*(?P<wd>" + _WD_ALT + r")\b", _FLAGS)
_NUMERIC = re.compile(
    r"(?<![\d.])(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})(?:\.|,(?=\d{4})"  # "05.03,2021": a typed comma
    r"|(?<=\d\d)(?=(?:19|20)\d\d(?!\d)))"  # "21.102024": the dot before the year left out
    r"(?:(?P<y4>\s?\d{4})|(?P<y2>\d{2}))?(?!\d|:\d)"
)  # "22.12.: Demonstration": a colon after the closing dot is punctuation, "1.12.:30" no date
_TEXTUAL = re.compile(
    # "am .22. März 2019": a stray dot after a space is no earlier number's; "19. März '27": a
    # year shortened with an apostrophe
    rf"(?:(?<![\d.])|(?<=\s\.))(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\.?\s*(?:of\s+)?(?P<mn>{_MONTH_ALT})\b\.?(?:\s*,?\s*(?P<y4>\d{{4}})(?!\d)|\s*['’‘](?P<y2>\d{{2}})(?!\d))?",
    _FLAGS,
)
# "March 12", "Jan.31", "Jan 5, 2026"; never "August 19:30" or "März 10 Uhr" (an hour).
_ENGLISH = re.compile(
    rf"\b(?P<mn>{_MONTH_ALT})(?:\.\s*|\s+)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
    # "Oct. 20 to 23": a range of days in one month, but never "May 5 to 7pm" (an hour).
    # "November 5/6": a weekend's two days (only days that follow each other)
    rf"(?:\s*(?:-|to|through|thru|until|till|(?P<slash>/))\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)"
    rf"(?!:\d)(?![/.]\d)(?!\s*(?:[ap]\.?m\b|uhr\b|h\b))"
    # "August 15,16 & 17": days listed after one month name (a period when they follow each other)
    # "October 4th and 5th, 2025": the listed days may carry ordinals too, the year follows them
    rf"|(?P<dlist>(?:\s*,\s*\d{{1,2}}(?:st|nd|rd|th)?)*\s*(?:&|and)\s*\d{{1,2}}(?:st|nd|rd|th)?"
    rf"|(?:\s*,\s*\d{{1,2}}(?:st|nd|rd|th)?){{2,}})"
    rf"(?!\d)(?!:\d)(?!\s*-\s*\d)(?!\s*(?:[ap]\.?m\b|uhr\b|h\b)))?"
    rf"(?!\d)(?!:\d)(?!\s*(?:uhr|h)\b)"
    # "September 8th-9th 2025: Pre-conference events": a colon after the year ends a label
    rf"(?:\s*,?\s*(?P<y4>\d{{4}})(?!\d)(?!:\d))?",
    _FLAGS,
)
# "10/25 at 10:00 PM", "3/4, 7pm": month/day (or day/month) without a year, a clock beside it.
_SLASHED_NO_YEAR = re.compile(
    r"(?<![\d/.\-])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/.\-])"
    r"(?=\s*(?:at|@|,|-)?\s*\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?!\w))",
    _FLAGS,
)
# "Tuesdays @ 6:45pm (beginning 9/13)": a yearless slashed date after a word of starting is the
# first day of something (no clock needed; "24/7" and "Saison 24/25" have no such word).
_SLASHED_AFTER_START = re.compile(
    r"\b(?:beginning|starting|begins|starts|commencing)\s+(?:on\s+)?"
    r"(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/.\-])",
    _FLAGS,
)
# "10/8 – Heart of Town (…)": on an English (month-first) page, a list line opening with M/D.
_SLASHED_LINE_START = re.compile(r"^\s*(?P<a>\d{1,2})/(?P<b>\d{1,2})\s*[-:]\s+(?=\D)")
_ISO = re.compile(
    r"(?<![\d.])(?P<y>\d{4})(?P<sep>[-/])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d.])"
    r"(?:[T ](?P<h>\d{2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:\.\d+)?)?(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
)
_ORDINAL_ISO = re.compile(
    r"^\s*(?P<y>\d{4})-(?P<doy>\d{3})(?:T(?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d))?\s*$"
)
# The end of a range may carry its own weekday: "Mittwoch, 24.03.2027 – Donnerstag, 25.03.2027".
# "…; Ende: 15.03.2026": a labelled end.
# "Ende: 14.11.", "Begins Tuesday, September 2 and ends Friday, November 14"
_END_LABEL = r"[;,|]?\s*(?:(?:and|und)\s+)?(?:ende|ends?|endet(?:\s+am)?)(?:\s+on)?\s*:?"
_CONNECTOR = re.compile(
    r"^\s*\)?\s*,?\s*(?:-|(?:an\s+)?bis(?:\s+(?:zum|am|einschließlich|einschl\.|inkl\.|voraussichtlich|vorerst)){0,2}|to|until|through|/|\+|"
    # "am 3. Dezember und am 4. Dezember", "sowohl am 3. als auch am 4.": following days;
    # "zwischen dem 3. März und dem 20. April": a period's ends.
    r"(?:und|and|&|sowie|als\s+auch)(?:\s+(?:am|an|on|dem))?|"
    # "until lunch on Friday June 9", "bis zum Mittag am Sonntag, 12. Mai": words, then the day.
    r"(?:bis|until|till)\s+(?:[^\W\d]+\s+){1,3}?(?:am|on)(?=\s+(?:" + _WD_ALT + r")\b)|"
    # "begin on May 17 and will continue through Labor Day, Monday, September 1", "und dauert
    # bis zum 3. März": a verb of lasting, then up to three words naming the last day.
    r"(?:[;,]\s*)?(?:(?:and|und)\s+)?(?:(?:will|wird)\s+)?(?:continues?|runs?|lasts?|goes|dauert|läuft|geht)"
    r"\s+(?:on\s+)?(?:through|until|till|to|bis(?:\s+zum)?)(?:\s+[^\W\d]+){0,3}?\s*,?|"
    # "starting on June 1, with the last show set for Aug. 24": the series' last day
    r"[;,]?\s*(?:with\s+|and\s+)?the\s+(?:last|final)\s+(?:show|concert|session|performance|event"
    r"|meeting|class|market)\s+(?:(?:is\s+)?set\s+for|is|on|will\s+be)(?:\s+on)?|"
    + _END_LABEL
    + r")\s*:?\s*(?:(?:"
    + _WD_ALT
    # "03.03.2025 und Faschingsdienstag, 04.03.2025": a day's name ending in a weekday
    + r"|[^\W\d]*(?:"
    + alternation(WEEKDAYS)
    + r"))\.?,?\s*)?\(?\s*$",
    _FLAGS,
)
# "27.03.2027 23:00 – 28.03.2027 01:00", "12.03., 10 Uhr bis 14.03., 16 Uhr": a time after each.
_CLOCK = (
    r"(?P<h>\d{1,2})(?:[:.](?P<mi>\d{2})\s*(?:uhr|h\b|(?P<ap>[ap]\.?m\.?))?"
    r"|\s*(?:uhr|h\b|(?P<ap2>[ap]\.?m\.?)))"
)  # "December 20, 2021 @ 8:00 am - December 31, 2021 @ 5:00 pm": a clock after each date
_TIMED_CONNECTOR = re.compile(
    r"^\s*[,-]?\s*(?:um\s+|ab\s+|at\s+|@\s*)?"
    + _CLOCK
    # "vom 31.12. um 19 Uhr bis zum 1.1. um 7 Uhr", "Dec. 31 at 7 p.m. to Jan. 1 at 7 a.m."
    + r"\s*(?:-|bis(?:\s+zum)?|to|until|till|"
    + _END_LABEL
    + r")\s*(?:(?:"
    + _WD_ALT
    + r")\.?,?\s*)?$",
    _FLAGS,
)
_END_TIME_AFTER = re.compile(
    r"^\s*(?:-|bis|to|until)\s*(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?![\d.])", _FLAGS
)
_LEADING_TIME = re.compile(r"^\s*[,-]?\s*(?:um\s+|bis\s+|at\s+|@\s*)?" + _CLOCK, _FLAGS)
# "12.–14. März", "Vom 18. bis zum 20.", "Sa 13. und So 14. August", "From 18 to 19 March".
# "11., 12. und 13. Oktober": a comma joins days only after a day's dot ("Nr. 5, 12. März" no).
_DAY_JOIN = r"(?:(?:st|nd|rd|th)?\.?\s*(?:-|bis(?:\s+(?:zum|am|voraussichtlich|vorerst))?|to|until|through|/|\+|und|and|&|sowie)|\.\s*,)\s*"
_HOLIDAY_IS = re.compile(
    r"\b(?:day|tag)\s+(?:is|ist)\s+(?:(?:" + _WD_ALT + r")\.?,?\s*)?(?:der\s+|the\s+)?$", _FLAGS
)
# "am Wochenende vom 21. zum 23. Oktober": "zum" joins a few following days too.
_OVERNIGHT_BEFORE = re.compile(r"\bvom\s+(?P<d>\d{1,2})\.\s*(?:auf\s+den|(?P<zum>zum))\s+$", _FLAGS)
# "vom 12. auf den 19. Mai verschoben": a move from one day to another, no period.
_MOVED_AFTER = re.compile(r"^[^.!?;]{0,60}?\b(?:verschoben|verlegt|vorverlegt)\b", _FLAGS)
_BARE_DAY_BEFORE = re.compile(
    r"(?<![\d.:])(?P<d>\d{1,2})" + _DAY_JOIN + r"(?:\d{1,2}" + _DAY_JOIN + r"){0,5}"
    r"(?:(?:" + _WD_ALT + r")\.?,?\s*)?(?:(?:the|den|dem|der)\s+)?$",
    _FLAGS,
)  # "13./14./15. März", "am Samstag, den 20. und Sonntag, den 21. April": the chain's first
# ("im November der 7. und der 21. November")
# "Am Sonntag, 7. April, beginnt die Saison … Dort endet sie auch am 13. Oktober": the second
# date, right after a verb of ending, is the end (when the first is the start: "beginnt").
_ENDS_ON = re.compile(
    r"\b(?:beginnt|begins|starts|startet|opens|eröffnet)\b[^\n]*\b(?:endet|enden|ends|closes)\b"
    r"(?:\s+[^\W\d]+){0,3}?\s+(?:am|on)\s+(?:(?:" + _WD_ALT + r")\.?,?\s*)?$",
    _FLAGS,
)
# School holidays named without their days: a weekly rule inside them has no next day to give.
# ("auch in den Ferien", "also during the summer break": the rule goes on through them; "immer
# dienstags außer in den Ferien", "except during the summer break": the rule skips them).
_IN_HOLIDAYS = re.compile(
    r"\bferienwochen?\b|(?<!auch\s)(?<!nicht\s)(?<!außer\s)(?<!ausser\s)\b(?:in|während)\s+(?:den|der)\s+"
    r"(?:sommer|oster|herbst|winter|pfingst|weihnachts|faschings)?ferien\b"
    r"|(?<!also\s)(?<!even\s)(?<!except\s)\bduring\s+(?:the\s+)?"
    r"(?:summer|school|spring|winter)\s+(?:holidays?|break|vacation)\b",
    _FLAGS,
)
_CLAUSE_AFTER = re.compile(r"[^.!?;]{0,60}")
# Words of calling off or suspending: "bis Ende Mai" beside them is how long nothing is offered.
_CALLED_OFF = re.compile(
    # "Unser Übungs- und Ausbildungsdienst ruht bis Mitte Mai": a service paused
    r"\b(?:abzusagen|absagen|abgesagt|aussetzen|auszusetzen|ausgesetzt|entfallen|entfällt"
    r"|ruht|ruhen|pausiert|pausieren"
    r"|fallen\s+(?:\w+\s+){0,3}?aus|fällt\s+(?:\w+\s+){0,3}?aus|cancel(?:l?ed|ling|s)?|suspend(?:ed|s)?)\b",
    _FLAGS,
)
# "Seit dem 22. Januar 1997 gibt es den Seniorentreff", "Seit Oktober 2024 findet … einmal
# monatlich … statt", "since 2009": when something began, told as its history.
_SINCE = re.compile(
    r"\b(?:seit|since)\s+(?:dem\s+|the\s+)?(?:(?P<d>\d{1,2})(?:\.\s*|\s+|(?:st|nd|rd|th)\s+))?"
    r"(?:(?P<mn>" + _MONTH_ALT + r")\.?,?\s+|(?P<m>\d{1,2})\.\s*)?(?P<y>(?:19|20)\d\d)\b",
    _FLAGS,
)


_CLAUSE = re.compile(r"[^.!?;]*")
_SINCE_PAST = re.compile(r"\b(?:verstarb|verstarben|starb|starben)\b", _FLAGS)
_SINCE_EVENT = re.compile(
    r"\b(?:seit|since)\s+(?:der|dem|the)\s+(?:[^\W\d]+\s+){1,3}?(?:am|vom|on)\s+(?P<date>"
    r"(?P<d>\d{1,2})\.\s*(?:(?P<m>\d{1,2})\.|(?P<mn>"
    + _MONTH_ALT
    + r")\.?)\s*(?P<y>(?:19|20)\d\d)?)",
    _FLAGS,
)
# "Seit Ende Oktober gab es keine Aufführungen": a yearless part of a month after "seit" is when
# a state began (a day after "seit" may be a recent one the text is about: "seit dem 30. April
# wieder möglich").
_SINCE_MONTH_PART = re.compile(
    r"\b(?:seit|since)\s+(?:(?:ende|anfang|mitte|beginn|end\s+of|early|late|mid-?)\s+)?(?:"
    + _MONTH_ALT
    + r")\b(?!\.?\s*\d)",
    _FLAGS,
)


def _without_history(text: str, reference: date) -> str:
    """The text with its "seit …" dates blanked where they are history, not an offering's day: a
    month or year that began before the reference, or a day more than a year before it ("Seit
    dem 18.4. ist das Barcamp vorbei" and "seit dem 30. April wieder möglich" name recent days
    that stay the text's dates)."""
    for match in reversed(list(_SINCE_MONTH_PART.finditer(text))):
        text = text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]
    for match in reversed(list(_SINCE_EVENT.finditer(text))):
        # "Seit der letzten Hauptversammlung am 10.03.2023 verstarben 6 Mitglieder": a past
        # event named as the start of a count
        month = int(match["m"]) if match["m"] else MONTHS[match["mn"].lower()]
        year = int(match["y"]) if match["y"] else infer_year(month, int(match["d"]), reference)
        day = _safe_date(year, month, int(match["d"]))
        clause = _CLAUSE.match(text, match.end())
        told_past = clause is not None and (
            _PAST_TENSE.search(clause.group(0)) is not None
            or _SINCE_PAST.search(clause.group(0)) is not None
        )
        if day is not None and day < reference and told_past:
            # ("Seit dem Anwendertreffen am 25. September 2015 tritt die Gruppe als
            # Mitveranstalterin auf": a present state, the meeting's day stays the text's)
            span = match.span("date")
            text = text[: span[0]] + " " * (span[1] - span[0]) + text[span[1] :]
    for match in reversed(list(_SINCE.finditer(text))):
        year = int(match["y"])
        month = MONTHS[match["mn"].lower()] if match["mn"] else int(match["m"] or 1)
        if match["d"] is None or not 1 <= month <= 12:
            past = (year, month) < (reference.year, reference.month)
        else:
            day = _safe_date(year, month, int(match["d"]))
            past = day is not None and day < reference - timedelta(days=365)
        if past:
            text = text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]
    return text


_UNTIL_MONTH_END = re.compile(
    r"\b(?:bis|until|through)\s+(?:zum\s+|zur\s+|the\s+)?(?:ende|end)\s+(?:of\s+)?(?P<mn>"
    + _MONTH_ALT
    + r")\b\.?(?:\s+(?P<y>\d{4})\b)?(?!\.?\s*\d)",
    _FLAGS,
)
_UNTIL_YEAR_END = re.compile(
    r"\b(?:bis|until|through)\s+(?:zum\s+|to\s+)?(?:ende\s+(?:des|dieses)\s+jahres|jahresende"
    r"|(?:the\s+)?end\s+of\s+(?:the|this)\s+year)\b",
    _FLAGS,
)
_UNTIL_MONTH_PART = re.compile(
    r"\b(?:bis|until)\s+(?:zum\s+|zur\s+)?(?:anfang|mitte|beginning\s+of|middle\s+of|mid-?)\s*(?:"
    + _MONTH_ALT
    + r")\b",
    _FLAGS,
)
_MOVED_TO = re.compile(
    r"(?:\b(?:neuer\s+termin|ersatztermin|nachholtermin|verschoben\s+(?:auf|zum)|verlegt\s+(?:auf|zum)"
    r"|new\s+date|rescheduled\s+(?:to|for))\b\s*:?\s*(?:ist|is)?\s*(?:der|den|am|on|to)?\s*"
    # "Rescheduled the September 4 meeting at 2:00 PM to September 17", "rescheduling the meeting
    # that was previously scheduled for Thursday, October 27, to Wednesday, October 26"
    r"|\b(?:rescheduled|rescheduling|postponed|moved)\b[^.!?;]{0,90}?\bto\s+"
    # "… is cancelled and the next P&Z meeting will be Monday, December 6, 2010"
    r"|\bnext\s+(?:[\w&-]+\s+){0,3}?(?:meeting|session)\s+(?:will\s+be|is)\s+(?:held\s+)?(?:on\s+)?"
    # "10-18-23 Regular City Council Meeting date change to 10-25-23", "… date has been changed
    # and it will be on October 25, 2023 instead"
    r"|\b(?:date\s+)?chang(?:e|es|ed)\s+to\s+"
    r"|\b(?:changed|moved)\b[^.!?;]{0,60}?\b(?:will\s+(?:now\s+)?be|is\s+now)\s+(?:held\s+)?(?:on\s+)?)"
    r"(?:(?:" + _WD_ALT + r")\.?,?\s*)?$",
    _FLAGS,
)
# "… wurde das Maibaumaufstellen auf den 4.Mai verlegt": the day right between "auf" and the verb
# of moving is the new one (the day named before it, "für den 1. Mai", the old).
_MOVED_ONTO_BEFORE = re.compile(
    r"\bauf\s+(?:den\s+|dem\s+)?(?:(?:" + _WD_ALT + r")\.?,?\s*(?:den\s+)?)?$", _FLAGS
)
# "… den Termin vom 18. Juni auf den 11. Juni zu verschieben": the infinitive too.
_MOVED_VERB_AFTER = re.compile(
    r"^\s*(?:zu\s+)?(?:verschoben|verlegt|verschieben|verlegen)\b", _FLAGS
)
# "… für das Konzert am 28. März bereits der 26. September 2020 als Ersatztermin gefunden": the
# day named as the make-up date (after it) is the new one.
_REPLACEMENT_AFTER = re.compile(
    r"^\s*,?\s*(?:als|zum|is\s+the|as\s+the)\s+(?:neuer?n?\s+)?"
    r"(?:ersatztermin|nachholtermin|ausweichtermin|(?<=neuer\s)termin|(?<=neuen\s)termin"
    r"|make-up\s+date|new\s+date)\b",
    _FLAGS,
)
_HISTORIC_START_BEFORE = re.compile(r"(?<![\d.])(?:1[0-8]\d\d|19[0-8]\d)\s*-\s*$")
# "there will be no meeting in August 2023", "keine Sitzung im August": a month named as having
# none (only where the text names no day: "no meeting in August; next on September 12" keeps it).
_NO_MEETING_IN = re.compile(
    r"\b(?:no|keine?n?)\s+(?:[\w-]+\s+){0,2}?(?:meetings?|sessions?|sitzung(?:en)?|programs?"
    r"|programm|classes|treffen|proben?)\s+(?:in|im|during|for|diesen|this)\b",
    _FLAGS,
)
_PAREN_DATELINE_BEFORE = re.compile(r"^\(\s*[^\W\d]{1,6}\.?\s*-\s*$")
# "in den Tagen zwischen 24. und 27.12.": the days between two days are a period.
_BETWEEN_BEFORE = re.compile(r"\b(?:zwischen|between)\s+(?:dem\s+|the\s+)?$", _FLAGS)
_RANGE_WORD = re.compile(r"-|/|\bbis\b|\bto\b|\buntil\b|\bthrough\b", _FLAGS)
_DAY_NUMBER = re.compile(r"\d{1,2}")
# "bis 30.11.2026" alone: the end of something that runs already (or a deadline).
_UNTIL_BEFORE = re.compile(
    r"(?:^|\b)(?:bis|until|till|through|(?P<verb>(?:closes|ends|endet)\s+(?=on\b|am\b)))\s*(?:zum\s+|am\s+|on\s+|einschließlich\s+"
    # "bis zum Ende der Sommerferien am 10. September": a named end, then its day
    r"|(?:zum|zur)\s+(?:[^\W\d]+\s+){1,4}?am\s+)?(?:(?:" + _WD_ALT + r")\.?,?\s*(?:(?:den|dem|d\.)\s*)?)?$",
    _FLAGS,
)  # fmt: skip
_RELATIVE = re.compile(
    r"^\s*(?:(?:ab|on)\s+)?(?:(?:"  # "am Morgen" is the morning, not tomorrow
    + _WD_ALT
    + r")\.?,?\s+)?(?P<rel>"
    + alternation(frozenset(RELATIVE_DAYS))
    + r")\b",
    _FLAGS,
)
# "Los geht's heute ab 17 Uhr": inside a short text a relative word counts with a time after it
# (never "am Morgen um 9 Uhr", the morning).
_RELATIVE_TIMED = re.compile(
    r"(?<!am\s)(?<!jeden\s)(?<!den\s)\b(?P<rel>"
    + alternation(frozenset(RELATIVE_DAYS))
    + r")\b(?=\s*,?\s*(?:ab|um|at|from|von)?\s*\d{1,2}(?:[:.]\d{2})?\s*(?:uhr|h\b|a\.?m|p\.?m))",
    _FLAGS,
)
# "am 1. Mittwoch im August", "first Monday in March 2027": one day, not a rule (the month is
# named; "jeden ersten Donnerstag im Monat" is a rule, when_recurrence.py).
_NTH_WEEKDAY_OF_MONTH = re.compile(
    r"(?<!jeden\s)(?<!jedem\s)(?<!every\s)(?<![\d.])\b(?P<ord>"
    + alternation(ORDINALS).replace(".", r"\.")
    + r")\s*(?P<wd>"
    + alternation(WEEKDAYS)
    + r")\s+(?:im|in|of)\s+(?P<mn>"
    + _MONTH_ALT
    + r")\b\.?(?:\s+(?P<y>\d{4})\b)?",
    _FLAGS,
)
# "Am letzten Wochenende im August", "am 2. Wochenende im Mai", "the first weekend in June",
# "zweites Augustwochenende": that weekend's Saturday and Sunday.
_WEEKEND_ORDINALS = (
    alternation(ORDINALS).replace(".", r"\.") + "|erstes|zweites|drittes|viertes|letztes"
)
_NTH_WEEKEND_OF_MONTH = re.compile(
    r"(?<!jeden\s)(?<!jedem\s)(?<!every\s)(?<![\d.])\b(?P<ord>"
    + _WEEKEND_ORDINALS
    + r")\s*(?:(?:wochenende|weekend)\s+(?:im|in|of|des)\s+(?P<mn>"
    + _MONTH_ALT
    + r")\b\.?|(?P<mn2>"
    + _MONTH_ALT
    # "am zweiten Juli -Wochenende": a hyphen typed after a space
    + r")\s?-?s?wochenende\b)(?:\s+(?P<y>\d{4})\b)?",
    _FLAGS,
)
_DAYS_IN_BRACKET_AFTER = re.compile(r"\s*\(\s*\d{1,2}\.")
# "Jedes Jahr wird am Wochenende des ersten Sonntags im Juli ein Schützenfest gefeiert", "the
# weekend of the first Sunday in July": that Sunday and the Saturday before it.
_WEEKEND_OF_NTH_SUNDAY = re.compile(
    r"\b(?:wochenende|weekend)\s+(?:des|vom|of\s+the)\s+(?P<ord>"
    + alternation(ORDINALS).replace(".", r"\.")
    + r")\s*(?:sonntags?|sunday)\s+(?:im|in|of)\s+(?P<mn>"
    + _MONTH_ALT
    + r")\b\.?(?:\s+(?P<y>\d{4})\b)?",
    _FLAGS,
)
# "The December meeting will be held on the third Tuesday at 3:00 p.m.": a month's meeting on
# its n-th weekday (the month named before, as the meeting's adjective).
_MONTHS_MEETING_ON_NTH = re.compile(
    r"\b(?P<mn>"
    + _MONTH_ALT
    + r")(?:-|\s+)(?:meeting|session|sitzung|treffen)\b[^.!?]{0,60}?\b(?:on\s+the|am)\s+(?P<ord>"
    + alternation(ORDINALS).replace(".", r"\.")
    + r")\s*(?P<wd>"
    + alternation(WEEKDAYS)
    + r")\b(?!\s+(?:of|in|im)\b)",
    _FLAGS,
)
_BRACKET_BEFORE = re.compile(r"\(\s*$")
_MONTH_AFTER_IN = re.compile(r"\s(?:im|in|of|des)\s+(?:" + _MONTH_ALT + r")\b", _FLAGS)
# "vom 27.7 — 9.8.20": a day and month without the closing dot, before a range's end date.
_MOVED_HINT = re.compile(
    r"verschoben|verschieben|verlegt|ursprünglich|eigentlich\s+(?:am|für|war)|verschiebung|anstelle"
    r"|anstatt",
    _FLAGS,
)
_OLD_DATE_BEFORE = re.compile(
    # ("wie ursprünglich geplant vom 23. Dezember bis zum 2. Januar geschlossen": as planned)
    r"(?<!wie\s)\b(?:ursprünglich|eigentlich)\b[^.!?()]{0,40}?(?:am|für(?:\s+den)?|vom)\s+(?:(?:" + _WD_ALT
    + r")\.?,?\s*)?$"
    # "Verschiebung der Gemeindeversammlung vom 13. Mai 2020", "anstelle der Gemeindeversammlung
    # vom 27. November 2020 eine Urnenabstimmung am 13. Dezember 2020": the day given up
    r"|\b(?:verschiebung|anstelle|anstatt)\s+(?:der|des|dem|von)\b[^.!?()\d]{0,50}?\b(?:vom|am)\s+"
    r"(?:(?:" + _WD_ALT + r")\.?,?\s*)?$",
    _FLAGS,
)  # fmt: skip
# ("die geplante Vernissage am 29. März 2020 auf zunächst unbestimmte Zeit verschoben": moved
# to no day at all)
_OLD_DATE_AFTER = re.compile(
    r"^\s*,?\s*(?:(?:wird|wurde|werden|wurden|ist|sind)\s+)?auf\s+"
    r"(?:den|die|das|einen|eine|(?:[^\W\d]+\s+)?unbestimmte)\s+"
    r"[^.!?\d]{0,40}?\b(?:verschoben|verlegt)\b"
    # "die für den 16. April geplante Mitgliederversammlung erneut zu verschieben": the day the
    # meeting was planned for, to be moved (to no day this sentence names; round 5's "für den
    # 31. März geplante Bürgerversammlung, auf unbestimmte Zeit verschoben" keeps its day)
    r"|^\s*(?:geplante|vorgesehene|angesetzte)[nrs]?\s+[^.!?\d]{0,60}?\b(?:zu\s+)?"
    r"(?:verschieben|verlegen)\b",
    _FLAGS,
)
# "muss jetzt bis 25. Oktober 2020 warten": the day waited for is the event's, not an end.
_WAIT_AFTER = re.compile(r"^\s*(?:[^\W\d]+\s+){0,2}?(?:warten|gedulden)\b", _FLAGS)
# "wird am 29. November nachgeholt", "… auf den 2. Oktober verschoben": a make-up day lies ahead.
_AHEAD_AFTER = re.compile(r"^\s*(?:[^\W\d]+\s+){0,3}?(?:nachgeholt|verschoben|verlegt)\b", _FLAGS)
_WEEKDAY_DAY_MONTH = re.compile(
    r"\b(?:" + _WD_ALT + r")\.?,?\s+(?P<d>\d{1,2})\.(?P<m>\d{1,2})(?![\d.:])(?!\s*(?:uhr|h)\b)",
    _FLAGS,
)
_DIGIT_DOT_DIGIT = re.compile(r"\d\.\d")
# "am Vorabend des 1. Mai", "am Vortag zum 1. Advent": the day before the named one.
_EVE_BEFORE = re.compile(r"\b(?:Vorabend|Vortag)\s+(?:des|vom|zum)\s+$", _FLAGS)
# "2025 | 25. Oktober - 2. November |": a table row whose first cell is the year of its days.
_LEADING_YEAR = re.compile(r"^\s*(?P<y>(?:19|20)\d{2})\s*[|:]")
_BARE_DAY_MONTH_BEFORE = re.compile(
    r"(?<![\d.:])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.?\s*(?:-|bis(?:\s+zum)?)\s*$", _FLAGS
)
# "morgen (22.) um 17 Uhr": the day of the month in brackets confirms the relative word.
# "Heute könnt ihr zum Beispiel ab 16 Uhr … Blut spenden": a text opening with the word, its clock
# later in the same sentence.
_RELATIVE_OPENING = re.compile(
    r"^(?P<rel>heute|morgen|today|tomorrow|tonight)\b(?=[^.!?]{0,80}?\b(?:ab|um|at|from|von)\s+"
    r"\d{1,2}(?:[:.]\d{2})?\s*(?:uhr|h\b|a\.?m|p\.?m))",
    _FLAGS,
)
# "Hierzu laden wir euch zum Familienabendgebet morgen um 19.30 Uhr … ein": inside a sentence the
# word written small with "um"/"ab" and a clock right after it (never "am Morgen um 9 Uhr", nor a
# weekday's "Samstag morgen um 9 Uhr").
_RELATIVE_CLOCK_INSIDE = re.compile(
    r"(?<![\w.])(?<!am\s)(?<!jeden\s)(?<!den\s)(?<!tag\s)(?<!woch\s)(?<!abend\s)"
    r"(?-i:(?P<rel>heute|morgen|übermorgen))"
    r"(?=\s+(?:ab|um)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:uhr|h\b))",
    _FLAGS,
)
# "The Open House is Tomorrow!!": a short text saying the day is the relative one.
_RELATIVE_IS = re.compile(
    r"\b(?:is|ist|are|sind)\s+(?P<rel>today|tomorrow|tonight|heute|morgen)\b(?!\s+(?:geschlossen|closed))",
    _FLAGS,
)
# "Im Übrigen ist heute der 5. Mittwoch in diesem Monat", "today is Friday": the relative word
# names the weekday it is.
_RELATIVE_IS_WEEKDAY = re.compile(
    r"\b(?P<rel>heute|today)\s+(?:ist\s+|is\s+)?(?:der\s+|the\s+)?(?:\d{1,2}\.\s*|\d(?:st|nd|rd|th)\s+)?"
    r"(?:" + alternation(WEEKDAYS) + r")\b",
    _FLAGS,
)
# "Auditions will be from 7 p.m. to 9 p.m. today": a clock right before the relative word.
_CLOCK_THEN_RELATIVE = re.compile(
    r"(?:\d\s*(?:uhr|[ap]\.?m\.?)|\bnoon|\bmidnight)\s+(?P<rel>today|tonight|tomorrow|heute)\b",
    _FLAGS,
)
_RELATIVE_CONFIRMED = re.compile(
    r"(?<!am\s)(?<!jeden\s)\b(?P<rel>"
    + alternation(frozenset(RELATIVE_DAYS))
    + r")\s*\((?P<d>\d{1,2})\.?\)",
    _FLAGS,
)
_RELATIVE_ADJECTIVE = re.compile(
    r"\b(?:am|an\s+diesem)\s+(?P<rel>" + alternation(RELATIVE_ADJECTIVES) + r")\b", _FLAGS
)
_WEEKDAY_FULL_ALT = alternation(WEEKDAYS)
# "Vom kommenden Montag bis zum Samstag", "am Freitag nächster Woche", "this Friday": a weekday
# counted from the page's day (the relative word makes it one day, not a weekly rule).
# "am vergangenen Samstag", "vorigen Mittwoch": the last such day before the page's day.
_RELATIVE_WEEKDAY = re.compile(
    r"\b(?:(?P<which>kommenden|kommender|nächsten|nächster|naechsten|diesen|dieser|diesem|coming|next|this"
    r"|vergangenen|vergangener|vorigen|voriger)"
    # ("am kommenden Samstagvormittag": the weekday fused with its part of the day)
    r"\s+(?P<wd>" + _WEEKDAY_FULL_ALT + r")(?:vormittag|nachmittag|mittag|abend)?"
    r"|(?P<wd_next>" + _WEEKDAY_FULL_ALT + r")\s+(?:nächster|kommender|der\s+nächsten"
    r"|der\s+kommenden|next)\s+(?:woche|week))(?!\w)"
    r"(?:\s*(?:bis|-|to|until|through)\s+(?:zum\s+|zu\s+|on\s+)?(?P<until>"
    + _WEEKDAY_FULL_ALT
    + r")(?!\w))?",
    _FLAGS,
)
_RELATIVE_WEEKDAY_HINTS = (
    "komm", "nächst", "naechst", "diese", "next", "this", "coming", "vergangen", "vorig",
)  # fmt: skip
_PAST_WHICH = ("vergangenen", "vergangener", "vorigen", "voriger")
_WEEKDAY_PIECES = tuple(WEEKDAYS)
_RELATIVE_PIECES = tuple(RELATIVE_DAYS)
#: Relative words ("heute") count only in texts this short: in prose they are no event date.
_RELATIVE_MAX_LENGTH = 40
# "SepSeptember 1 2020": a calendar badge's abbreviation glued to the month's own name.
_GLUED_MONTH = re.compile(
    r"\b(?P<abbr>" + alternation(frozenset(m for m in MONTHS if len(m) <= 4)) + r")(?=(?P=abbr)\w)",
    _FLAGS,
)
_GLUED_PAIRS = tuple(m + m for m in MONTHS if len(m) <= 4)  # what a glued month needs
_SUNDAY_AND_HOLIDAY = re.compile(r"\bSonn-\s*und\s+Feier\w*?tag(?P<s>s|en|e)?\b", _FLAGS)
_DASHES = re.compile(r"[‐‑‒–—―−]")
_SPACES = re.compile(r"\s+")
# "15h c.t.", "18 Uhr c.t." (cum tempore, the academic quarter): a quarter past the hour.
_CUM_TEMPORE = re.compile(
    # "18 Uhr c.t,.": a typed comma after the t
    r"(?<![\d.:])(?P<h>[01]?\d|2[0-3])(?:[:.]00)?\s*(?:uhr|h)?\s*c\.\s?t(?:\.|,|(?![^\W\d_]))",
    _FLAGS,
)
# "09.11 - 10.11. Fahrt der Aktiven": a range's first day written without its closing dot (a
# clock range, "10.30 - 11.30.", has no month in its minutes).
_UNDOTTED_FIRST_DAY = re.compile(
    r"(?<![\d.:])(?P<d>0?[1-9]|[12]\d|3[01])\.(?P<m>0?[1-9]|1[0-2])(?=\s?-\s?"
    r"(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?!\d))"
)
# "am letzten Donnerstag des Oktobers", "am ersten Sonntag des Monats Oktober": the month in the
# genitive after a weekday is "im Oktober".
_GENITIVE_MONTH = re.compile(
    r"\b(?P<wd>" + _WEEKDAY_FULL_ALT + r")\s+des\s+(?:Monats\s+)?(?P<mn>" + _MONTH_ALT + r")s?\b",
    re.IGNORECASE,
)
# "Second (2nd) and Fourth (4th) Monday of each month", "am zweiten (2.) Dienstag": an ordinal
# word followed by its numeral in brackets says it twice; the bracket goes.
_ORDINAL_NUMERAL_BRACKET = re.compile(
    r"\b(?P<w>first|second|third|fourth|fifth|last|erste[nmrs]?|zweite[nmrs]?|dritte[nmrs]?"
    r"|vierte[nmrs]?|f(?:ü|ue)nfte[nmrs]?|letzte[nmrs]?)\s*\(\s*(?:\d{1,2}(?:st|nd|rd|th|\.)?|last)\s*\)",
    re.IGNORECASE,
)
_COMPOUND_ELLIPSIS = re.compile(
    r"\b(?P<stem>[A-ZÄÖÜ][a-zäöüß]{2,}?)(?P<first>(?:sonn|mon|diens|mittwoch|donners|frei|sams)tag"
    r"|mittwoch|abend)\s+(?P<join>und|bis|oder)\s+-(?P<second>(?:sonn|mon|diens|donners|frei|sams)tag"
    r"|mittwoch|abend)\b"
)
_SPACED_DOT = re.compile(r"(?<=\d)\s+\.(?=\s*[^\W\d_])")


@dataclass(frozen=True)
class _Mention:
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
class _Skipped:
    """A date that is no event's: a deadline or a page stamp (``when_roles``)."""

    mention: _Mention
    role: str


def parse_when(
    text: str | None,
    *,
    today: date,
    page_date: date | None = None,
    day_first: bool | None = None,
    year: int | None = None,
) -> When:
    """Parse one date text; all-None when the text holds no date (see the module docstring).

    ``day_first`` decides ``09/07/23`` (True: 9 July, False: 7 September); None lets the text's
    own words decide (``when_order.infer_day_first`` decides it for a whole page). ``year`` is
    the year the page's context states for the text ("Programm 2024" above it, a year tab): a
    day, holiday, month or calendar week written without a year lies in it, however far from
    ``today`` and whatever weekday is written beside it ("Do. 06. Januar" in a 2023 programme is
    a typo); relative words ("morgen") still count from the page's day.
    """
    if not text or not text.strip():
        return NOTHING
    return _parse_when(text, today, page_date, day_first, year)


def date_role(text: str | None, *, today: date) -> str | None:
    """``"deadline"`` or ``"published"`` when the text's only dates are a deadline
    ("Anmeldeschluss: 01.03.2027") or a page stamp ("Stand: 26.05.2025"): no event day is in it,
    and an extractor should look for the event's date elsewhere. None for an event date, or a text
    without dates. (``parse_when`` gives the dates themselves in ``deadline``/``published``.)"""
    found = parse_when(text, today=today)
    if found.start is not None or found.end is not None:
        return None
    if found.deadline is not None:
        return DEADLINE
    return PUBLISHED if found.published is not None else None


# "xx. Sept. 20xx, 9 - 13 Uhr", "TT.MM.JJJJ", "dd/mm/yyyy": a template's placeholder for a date
# the page never filled in ("Sept. 20xx" must not read 20 as the day).
_PLACEHOLDER_DATE = re.compile(
    r"(?<![^\W\d_])(?:(?:xx|XX)\.|(?:19|20)(?:xx|XX)(?![^\W\d_])"
    r"|(?-i:TT\.MM\.|DD\.MM\.|dd/mm/|mm/dd/|MM/DD/|DD/MM/))"
)


@lru_cache(maxsize=8192)  # a listing repeats "online" and its dates on many rows
def _parse_when(
    text: str,
    today: date,
    page_date: date | None,
    day_first: bool | None = None,
    year: int | None = None,
) -> When:
    clean = _clean(text)
    if ("x" in clean or "X" in clean or "/" in clean or "." in clean) and _PLACEHOLDER_DATE.search(
        clean
    ):
        return NOTHING
    stamp = _SAVED_STAMP.match(clean) if clean[:1].isdigit() and ":" in clean[:40] else None
    quoted = stamp is not None and clean[stamp.end() : stamp.end() + 1] in _OPENING_QUOTES
    if stamp is not None and (int(stamp["mi"]) % 5 or quoted):
        # "11. Januar 2019, 07:09 Uhr Beim Orgellunch am kommenden Sonntag um 11.15 Uhr …": a
        # post's stamp (its clock the minute it was saved, no event's round time), then a
        # sentence naming its own day, counted from the stamp's; "11.10.2019 09:20 „Gehen Sie
        # auch …": a press release's stamp before its opening quotation, whatever its minute
        saved = _parse_days(stamp["day"], page_date or today, day_first)
        if saved is not None and saved.start is not None:
            posted = date.fromisoformat(saved.start)
            told = _parse_when(clean[stamp.end() :], today, posted, day_first, year)
            if told.start is not None or quoted:
                return replace(told, published=saved.start)
    listed = day_list(clean)
    if listed is not None:
        # "31.10.2026 und 28.11.2026": separate days, not a period; the first is the start
        # (``when_lists.parse_when_list`` gives every day).
        clean = _clean(listed[0])
    reference = page_date or today
    if "eit " in clean or "ince " in clean:
        clean = _without_history(clean, reference)
    if "chste" in clean or "next" in clean:
        clean = _from_next_meeting(clean)
    # A year the page's context states fills in every missing year (``when_context``); relative
    # words still count from the page's day.
    dated = PageYear(year) if year is not None and 1 < year < 9999 else reference
    recurrence = find_recurrence(clean)
    if (
        recurrence is not None
        and recurrence.rule.startswith(_MONTHLY_BYDAY)
        and _EXCEPTED_HINT.search(clean, recurrence.end) is not None
        and _month_excepted(clean[recurrence.end :], None, today) is not None
    ):
        # "on the last Saturday of the month (… and December when it's on the last Saturday
        # before Christmas)": the feast is the rule's exception, not a first day beside it
        return _next_occurrence(clean, recurrence, today)
    if ("ab " in clean or "Ab " in clean) and _ALLOWED_FROM.search(clean) is not None:
        # "ab Mittwoch, den 16.12.2020 bis vorläufig 10.1.2021 die Nutzung der Arbeitsplätze
        # nicht mehr gestattet": what is allowed from a day on is a rule, no offering's day
        return NOTHING
    if ("wieder" in clean or "reopen" in clean) and _RESUMED_FROM.search(clean) is not None:
        # "dass ab Sonntag, dem 6. September, wieder alle Gottesdienste … stattfinden dürfen", "The
        # rooms … reopen for usage by club members on 1st July 2020": a service resuming from a
        # day is no offering's day (as the day rules apply from)
        return NOTHING
    if recurrence is not None and "zeit" in clean and _USUAL_HOURS_FROM.search(clean) is not None:
        # "Ab Dienstag werden die Türen zu den gewohnten Öffnungszeiten (dienstags und
        # donnerstags von 10 bis 13 Uhr …) offen stehen": opening hours from a day on, a rule
        return NOTHING
    if recurrence is not None:
        clean = _in_its_semester(clean, dated, day_first)
    found = (
        _parse_iso(clean)
        or _parse_nth_weekday(clean, dated)
        or _parse_days(clean, dated, day_first)
    )
    if found is None and has_any(clean.lower(), ADVENT_WEEKEND_HINTS):
        found = _advent_weekend_when(clean, dated)
    if found is not None and found.start is None and found.end is not None and not recurrence:
        # "Vernissage ist am Samstag, geöffnet ist die Ausstellung bis 6. Mai": the run's start
        opening = _parse_bare_weekday(clean, reference)
        if opening is not None and opening.start is not None and opening.start[:10] < found.end:
            return When(opening.start, found.end, opening.all_day, opening.precision)
    if (
        found is not None
        and recurrence is not None
        and found.start is not None
        and found.start[:10] < reference.isoformat()
        and _PAST_TENSE.search(clean) is not None
    ):
        # "Am 12. September fand wie jedes Jahr ein Sommerfest … statt": this year's, told
        # afterwards (the custom is said in passing; the day reported is the one that was)
        return found
    if found is not None:
        return _recurring(found, recurrence, today) if recurrence else _with_length(found, clean)
    if recurrence is not None:
        if ("erien" in clean or "olida" in clean or "reak" in clean) and _IN_HOLIDAYS.search(
            clean
        ) is not None:
            # "Montags bis Freitags von 8.00 bis 16.00 Uhr (voraussichtlich 2. und 3.
            # Ferienwoche)": weekdays of school holidays whose days the text does not give
            return NOTHING
        return _next_occurrence(clean, recurrence, today)
    relative = _parse_relative(clean, reference)  # "heute" is the page's day when it has one
    if relative is None:
        relative = _parse_relative_weekday(clean, reference)
    if relative is None:
        relative = _parse_bare_weekday(clean, reference)
    if relative is not None:
        return relative
    if _NO_MEETING_IN.search(clean) is not None:
        return NOTHING  # "*Except there will be no meeting in August 2023": a month without one
    if "nde" in clean or "end" in clean:
        until = _UNTIL_MONTH_END.search(clean)
        if until is not None and _CALLED_OFF.search(clean) is not None:
            # "dass wir alle Events, vorerst bis Ende Mai, absagen": how long nothing takes place
            return NOTHING
        if until is not None:
            # "Wir werden bis Ende Oktober im Olympiastadion proben": a run's end, as "bis
            # 30.11." alone (not the whole month)
            month = MONTHS[until["mn"].lower()]
            year = int(until["y"]) if until["y"] else infer_year(month, 28, dated)
            return When(None, month_end(year, month).isoformat(), True, "day")
        year_end = _UNTIL_YEAR_END.search(clean)
        if year_end is not None and _CALLED_OFF.search(clean) is None:
            # "Bis Ende des Jahres kann die Sonderausstellung … besichtigt werden": the run's end
            last_year = year if year is not None and 1 < year < 9999 else reference.year
            return When(None, date(last_year, 12, 31).isoformat(), True, "day")
    if ("itte" in clean or "nfang" in clean or "iddle" in clean or "id" in clean) and (
        _UNTIL_MONTH_PART.search(clean) is not None and _CALLED_OFF.search(clean) is not None
    ):
        return NOTHING  # "Unser Übungsdienst ruht bis Mitte Mai": how long nothing takes place
    period = find_period(clean, dated)
    if (
        period is not None
        and ("ver" in clean or "zu" in clean)
        and _SENT_OUT.search(clean) is not None
    ):
        return NOTHING  # "Die konkrete Einladung wird im Oktober 2017 an Sie versandt."
    if period is not None and ("stens" in clean or "not " in clean) and _HEDGED_MONTH.search(clean):
        return NOTHING  # "frühestens Ende Mai mit dem Baden loszulegen": no day is set yet
    if period is not None and "wort" in clean and _WRITTEN_IN.search(clean):
        return (
            NOTHING  # "Bärbel Kraemer im Februar 2002 im Vorwort zur Chronik": when it was written
        )
    if period is not None and "zeit" in clean and _HOURS_APPLY.search(clean):
        return (
            NOTHING  # "Ab dem Frühjahr 2016 gelten wieder die gewohnten Öffnungszeiten": a rule's
        )
    if period is not None:
        first, last, precision = period
        if last < reference and _PAST_TENSE.search(clean) is not None:
            # "This was started … in September 2011 and continued until February 2022": a
            # month told in the past is history, as a yearless one ("Im Juni fand … statt")
            return NOTHING
        return When(first.isoformat(), last.isoformat(), True, precision)
    return NOTHING


# A text's foreword or greeting dated by its month; opening hours that apply from a month on.
_WRITTEN_IN = re.compile(
    r"\b(?:im|in\s+(?:der|dem|ihrem|seinem|seiner))\s+(?:vorwort|nachwort|geleitwort|grußwort"
    r"|einleitung)\b",
    _FLAGS,
)
_HOURS_APPLY = re.compile(
    r"\bab\s+(?:dem\s+|der\s+)?[^.!?;]{0,30}?\b(?:gilt|gelten)\b[^.!?;]{0,60}?"
    r"\b(?:öffnungs|sprech|service)zeit",
    _FLAGS,
)
_ALLOWED_FROM = re.compile(
    r"\bab\s+(?:(?!\.\s+(?-i:[A-ZÄÖÜ]))[^!?;]){1,140}?\b(?:nicht\s+mehr\s+|wieder\s+|nur\s+noch\s+)?"
    r"(?:gestattet|erlaubt|zulässig|untersagt|verboten)\b",
    _FLAGS,
)
_RESUMED_FROM = re.compile(
    r"\bab\s+(?:\d\.|(?!\.\s+(?-i:[A-ZÄÖÜ]))[^!?;]){1,80}?\bwieder\b(?:[^.!?;]|\.(?=\S)){0,100}?"
    r"\b(?:stattfinden|durchgeführt\s+werden|angeboten\s+werden|öffnen|geöffnet\s+werden)\s+"
    r"(?:dürfen|darf|können|kann)\b"
    # "Ab 6. September finden wieder Gottesdienste statt"
    r"|\bab\s+(?:\d\.|(?!\.\s+(?-i:[A-ZÄÖÜ]))[^!?;]){1,80}?\b(?:finden|findet)\s+(?:[^\W\d]+\s+){0,3}?"
    r"wieder\b(?:[^.!?;]|\.(?=\S)){0,100}?\bstatt\b"
    r"|\breopen(?:s|ing)?\b[^.!?;]{0,80}?\b(?:on|from|starting)\s",
    _FLAGS,
)
_USUAL_HOURS_FROM = re.compile(
    r"\bab\s+[^.!?;]{0,40}?\b(?:zu\s+den\s+|mit\s+den\s+)?(?:gewohnten|üblichen|regulären"
    r"|normalen|bisherigen)\s+(?:öffnungs|sprech|service|ausleih)zeiten\b",
    _FLAGS,
)
# "11. Januar 2019, 07:09 Uhr Beim …": a full date opening the text, its clock, then a capital.
_SAVED_STAMP = re.compile(
    r"(?P<day>\d{1,2}\.\s?(?:\d{1,2}\.\s?|(?:" + _MONTH_ALT + r")\.?\s+)(?:19|20)\d{2})"
    r"\s*,?\s*(?:um\s+)?\d{1,2}:(?P<mi>\d{2})\s*(?:uhr\b)?[\s|:–-]*(?=(?-i:[A-ZÄÖÜ])|[„“\"»])",
    _FLAGS,
)
_OPENING_QUOTES = frozenset('„“"»')
# "Geplant sei, frühestens Ende Mai mit dem Baden loszulegen": the earliest (or latest) a month
# may see it, no day set.
_HEDGED_MONTH = re.compile(
    r"\b(?:frühestens|spätestens|not\s+before|no\s+earlier\s+than)\s+(?:im\s+|in\s+)?"
    r"(?:(?:ende|anfang|mitte|beginn|end\s+of|early|late|mid-?)\s+)?(?:" + _MONTH_ALT + r")\b",
    _FLAGS,
)
# "Die konkrete Einladung wird im Oktober 2017 an Sie versandt": the month a letter is sent is
# no event's.
_SENT_OUT = re.compile(
    r"\b(?:einladung(?:en)?|unterlagen|schreiben|brief|rundbrief|newsletter|programmheft|bescheide?"
    r"|rechnung(?:en)?)\b[^.!?;]{0,80}?\b(?:versandt|versendet|verschickt|zugeschickt|zugesandt"
    r"|zugestellt|verteilt)\b",
    _FLAGS,
)
# "Ab heute (29.03.) tagt … der zweitägige Fachkongress", "a three-day conference on 5 May": an
# event of n days from its one named day ("14-tägig" is fortnightly, not a length).
_LENGTH_IN_DAYS = re.compile(
    r"(?<![\w-])(?P<n>zwei|drei|vier|f(?:ü|ue)nf|[2-5])-?t(?:ä|ae)gige[nmrs]?\b"
    r"|(?<![\w-])(?P<en>two|three|four|five|[2-5])-day\b",
    re.IGNORECASE,
)
_LENGTH_WORDS = {"zwei": 2, "two": 2, "drei": 3, "three": 3, "vier": 4, "four": 4, "fünf": 5,
                 "fuenf": 5, "five": 5}  # fmt: skip


def _with_length(found: When, clean: str) -> When:
    """A single named day of an event the text says lasts n days: the n days from it."""
    if (
        found.start is None
        or found.end is not None
        or not found.all_day
        or found.precision != "day"
    ):
        return found
    if "gig" not in clean and "-day" not in clean:
        return found
    lengths = list(_LENGTH_IN_DAYS.finditer(clean))
    if len(lengths) != 1:
        return found
    word = (lengths[0]["n"] or lengths[0]["en"]).lower()
    days = int(word) if word.isdigit() else _LENGTH_WORDS[word]
    last = date.fromisoformat(found.start[:10]) + timedelta(days=days - 1)
    return replace(found, end=last.isoformat())


# "Am 21.4. und am 2.6. trafen wir uns. Das nächste Mal ist am 15.9.": the next meeting named
# after meetings told in the past.
_NEXT_MEETING = re.compile(
    r"\b(?:(?:das|beim)\s+n(?:ä|ae)chste(?:n)?\s+mal|(?:der|das|die|den|unser|unsere|zum|zur)\s+"
    r"n(?:ä|ae)chste[nrs]?\s+(?:treffen|termin|sitzung|stammtisch|zusammenkunft|versammlung)"
    r"|the\s+next\s+(?:meeting|session|gathering|time))\b",
    _FLAGS,
)


def _from_next_meeting(text: str) -> str:
    """The text from its "next meeting" on, when the dates before it were told in the past."""
    cue = _NEXT_MEETING.search(text)
    if cue is None or cue.start() == 0 or _PAST_TENSE.search(text, 0, cue.start()) is None:
        return text
    rest = text[cue.start() :]
    return rest if any(char.isdigit() for char in rest) else text


# A zero-width space after each dot ("08.\u200b07.\u200b2025", a CMS's line-break hint), a
# soft hyphen, a word joiner, a byte-order mark: a browser shows none of them.
_INVISIBLE_MARKS = dict.fromkeys(map(ord, "\u200b\u00ad\u2060\ufeff"))


def _month_typos() -> dict[str, str]:
    """Long month names with two neighbouring letters swapped ("Okotber"), to their spelling."""
    names = [name for name in MONTHS if len(name) >= 6 and name.isalpha()]
    typos: dict[str, str] = {}
    for name in names:
        for i in range(len(name) - 1):
            swapped = name[:i] + name[i + 1] + name[i] + name[i + 2 :]
            if swapped != name and swapped not in MONTHS:
                typos[swapped] = name
    return typos


_MONTH_TYPOS = _month_typos()
# "Der Beginn ist jeweils samstags nach dem 11-Uhr-Läuten", "nach dem 18- Uhr-Glockenschlag": the
# bells that ring the hour say it.
_BELL_CLOCK = re.compile(
    r"\b(?P<h>[01]?\d|2[0-3])-\s?Uhr-(?:Läuten|Geläut|Glockenschlag|Glockenläuten)\b"
)
# "Am Freitag, dem 2. Okotber": a day, then a long word that may be a month name misspelt.
_DAY_THEN_WORD = re.compile(r"\d\.\s?(?P<w>[^\W\d_]{6,9})\b")


def _month_spelt(found: re.Match[str]) -> str:
    name = _MONTH_TYPOS.get(found["w"].lower())
    if name is None:
        return found.group(0)
    return found.group(0)[: found.start("w") - found.start()] + name.capitalize()


def _clean(text: str) -> str:
    text = text.replace("\xa0", " ").replace("\u202f", " ").translate(_INVISIBLE_MARKS)
    if "\u2019" in text:
        text = text.replace("\u2019", "'")  # "New Year’s Eve": the typographic apostrophe
    text = _DASHES.sub("-", text)
    text = _SPACES.sub(" ", text).strip()
    if " ." in text:
        text = _SPACED_DOT.sub(".", text)  # "Sa 20 . August 2022" from inline spans
    if has_any(lowered_for_cues(text), _GLUED_PAIRS):
        text = _GLUED_MONTH.sub("", text)
    if "." in text:
        text = _DAY_THEN_WORD.sub(_month_spelt, text)  # "2. Okotber": a month misspelt
    if "Uhr-" in text:
        text = _BELL_CLOCK.sub(r"\g<h> Uhr", text)  # "nach dem 11-Uhr-Läuten": at 11
    text = spoken_clock(text)  # "um Viertel vor Elf", "halb acht", "um elf Uhr"
    if " -" in text or ".-" in text:
        text = _UNDOTTED_FIRST_DAY.sub(r"\g<d>.\g<m>.", text)
    if " -" in text and "und -" in text:
        # "am Pfingstmontag und -dienstag": the second compound shares the first one's stem
        text = _COMPOUND_ELLIPSIS.sub(r"\g<stem>\g<first> \g<join> \g<stem>\g<second>", text)
    if "(" in text:
        text = _ORDINAL_NUMERAL_BRACKET.sub(r"\g<w>", text)
    if "des " in text:
        text = _GENITIVE_MONTH.sub(r"\g<wd> im \g<mn>", text)
    if "c.t" in text or "c. t" in text:
        text = _CUM_TEMPORE.sub(r"\g<h>:15 Uhr", text)
    if "onn-" in text:
        text = _SUNDAY_AND_HOLIDAY.sub(r"Sonntag\g<s>", text)  # "jeden Sonn- und Feiertag"
    if "thT" in text or "rdT" in text or "ndT" in text or "stT" in text:
        text = _FUSED_ORDINAL.sub(r"\g<o> ", text)  # "4thTuesday of the month"
    if ":" in text:
        # "3:00:00 PM" (a calendar plug-in's seconds), "5: 00 p.m." (a line broken after the
        # colon): the clock as people write it.
        text = _CLOCK_SECONDS.sub(r"\g<hm>", text)
        text = _BROKEN_CLOCK.sub(r"\g<h>:\g<mi>", text)
    return NOON.sub("12:00 p.m.", text) if "oon" in text or "ittag" in text else text


_FUSED_ORDINAL = re.compile(
    r"\b(?P<o>\d{1,2}(?:st|nd|rd|th))(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
)
# (only before a.m./p.m.: "Fri Nov 24 08:00:00 CET 2017" is a machine's stamp)
_CLOCK_SECONDS = re.compile(r"(?<![\dT:.])(?P<hm>\d{1,2}:[0-5]\d):00(?=\s*[ap]\.?m\b)", re.I)
_BROKEN_CLOCK = re.compile(
    r"(?<![\d:.])(?P<h>\d{1,2}):\s+(?P<mi>[0-5]\d)(?=\s*(?:[ap]\.?m\.?|uhr)\b)", re.I
)


# --- ISO ---------------------------------------------------------------------------------------


def _parse_iso(text: str) -> When | None:
    matches = list(_ISO.finditer(text))
    if not matches:
        return _parse_ordinal_iso(text) if "-" in text else None
    start = _iso_value(matches[0])
    if start is None:
        return None
    end = None
    if len(matches) > 1 and _CONNECTOR.match(text[matches[0].end() : matches[1].start()]):
        end = _iso_value(matches[1])
        if end is not None and end.isoformat()[:10] < start.isoformat()[:10]:
            end = None
    has_time = matches[0].group("h") is not None
    if has_time and end is None and isinstance(start, datetime):
        # "2026-03-14 10:00 - 16:00": the end time of the same day.
        tail = _END_TIME_AFTER.match(text[matches[0].end() :])
        finish = clock(tail["h"], tail["mi"]) if tail else None
        if finish is not None and finish > start.timetz().replace(tzinfo=None):
            end = start.replace(hour=finish.hour, minute=finish.minute, second=0)
    if not has_time:
        # "2027-03-12, 10:00 Uhr": a date from a machine, the time written beside it; a clock
        # after another, later date is that date's ("2019-04-19 - 2019-04-22 - Easterhegg …
        # Ticket Phase 0: 2019-01-15 10.00 Uhr": the ticket sale's clock, not the event's).
        used = 2 if end is not None else 1
        limit = matches[used].start() if len(matches) > used else len(text)
        times = find_times(_blank(text[:limit], [(m.start(), m.end()) for m in matches[:used]]))
        if times is not None:
            end_day = end if end is not None and not isinstance(end, datetime) else None
            return _with_times(start, end_day, times)
    return When(
        start=start.isoformat(),
        end=end.isoformat() if end is not None else None,
        all_day=not has_time,
        precision="minute" if has_time else "day",
    )


def _parse_ordinal_iso(text: str) -> When | None:
    """ "2013-034": ISO 8601's year and day of the year, only as a whole text (inside prose
    "Vorlage 2013-034" is a file number)."""
    match = _ORDINAL_ISO.match(text)
    if match is None or not 1990 <= int(match["y"]) <= 2100:
        return None
    try:
        day = datetime.strptime(f"{match['y']}-{match['doy']}", "%Y-%j").date()
    except ValueError:
        return None
    if day.year != int(match["y"]):  # day 366 of a common year
        return None
    if match["h"] is None:
        return _whole_day(day)
    moment = datetime.combine(day, time(int(match["h"]), int(match["mi"])), tzinfo=BERLIN)
    return When(moment.isoformat(), None, False, "minute")


def _iso_value(match: re.Match[str]) -> date | datetime | None:
    day = _safe_date(int(match["y"]), int(match["m"]), int(match["d"]))
    if day is None or not 1990 <= day.year <= 2100:
        return None
    if match["h"] is None:
        return day
    try:
        clock_time = time(int(match["h"]), int(match["mi"]), int(match["s"] or 0))
    except ValueError:
        return None
    tz = match["tz"]
    if tz is None:
        return datetime.combine(day, clock_time, tzinfo=BERLIN)
    stamp = datetime.fromisoformat(f"{day.isoformat()}T{clock_time.isoformat()}{_iso_offset(tz)}")
    if stamp.utcoffset() == timedelta(0):
        # UTC is a machine's way of writing, not the event's zone: show Berlin time, but never
        # move the event to another day for it.
        berlin = stamp.astimezone(BERLIN)
        return berlin if berlin.date() == stamp.date() else stamp
    return stamp


def _iso_offset(tz: str) -> str:
    if tz == "Z":
        return "+00:00"
    return tz if ":" in tz else f"{tz[:3]}:{tz[3:]}"


# --- day-level dates ----------------------------------------------------------------------------


# "Dem Grunde nach gelten über Weihnachten und Neujahr die Regelungen … des Lockdowns": the
# holidays a rule holds over are no event's days ("Über Weihnachten bleibt das Rathaus
# geschlossen" has no such verb and keeps its days).
_RULES_HOLD = re.compile(
    r"\b(?:gilt|gelten)\b[^.!?;]{0,80}?\b(?:regel(?:n|ung|ungen)|bestimmungen|einschränkungen"
    r"|vorschriften|maßnahmen|verordnung(?:en)?|beschränkungen)\b",
    _FLAGS,
)


def _in_its_semester(clean: str, dated: date, day_first: bool | None) -> str:
    """A rule's text whose only season is a semester ("im WS 2015/16, dienstags …"), the
    semester written as its period (``when_semesters``); any other text unchanged."""
    as_period = semester_as_period(clean)
    if as_period is None:
        return clean
    own = _parse_days(clean, dated, day_first)
    if own is not None and (own.start is not None or own.end is not None):
        return clean  # the text names its own days: the semester is only its heading
    return as_period


def _parse_days(text: str, reference: date, day_first: bool | None) -> When | None:
    mentions, skipped = _find_mentions(text, day_first, reference)
    feasts = find_feasts(text, lowered_for_cues(text))
    if feasts and ("gilt" in text or "gelten" in text) and _RULES_HOLD.search(text):
        feasts = []  # "gelten über Weihnachten und Neujahr die Regelungen …": no event's days
    mentions = _with_feasts(text, mentions, reference, feasts) if feasts else mentions
    if len(mentions) > 1 and ("ay is" in text or "ag ist" in text):
        # "Veterans' Day is Friday, November 11, and we are inviting … on Sunday, November 13":
        # a holiday's own date, said before the event's
        named = [m for m in mentions if _HOLIDAY_IS.search(text, max(0, m.start - 40), m.start)]
        if named and len(named) < len(mentions):
            mentions = [m for m in mentions if m not in named]
    moved = [i for i, m in enumerate(mentions) if i and _moved_onto(text, m)]
    if moved:
        # "Sa, 28.01.2023 | Abgesagt … Neuer Termin ist der 22. April 2023!": the new day wins.
        mentions = mentions[moved[0] :]
    if mentions and _MOVED_HINT.search(text):
        # "vom 26. April auf den Herbst verlegt", "(ursprünglich sollte es am 13. März
        # stattfinden)": the old day is no longer the event's when another day is named;
        # "am Pfingstmontag wird auf das kommende Jahr verschoben": nor when none is.
        current = [m for m in mentions if not _is_old_date(text, m)]
        mentions = current if current or len(mentions) == 1 else mentions
    if _opens_with_dateline(text, mentions, reference) or _opens_a_report(text, mentions):
        skipped = [_Skipped(mentions[0], PUBLISHED), *skipped]
        mentions = mentions[1:]
    if not mentions:
        return _skipped_only(skipped, reference) if skipped else None
    first = mentions[0]
    start_day, start_month, start_year = first.day, first.month, first.year
    end_mention: _Mention | None = None
    if first.end_day is not None:
        end_mention = _Mention(first.start, first.end, first.end_day, first.month, first.year)
    elif (
        len(mentions) > 1
        and not _separate_feasts(text, first, mentions[1])
        and (
            _CONNECTOR.match(text[first.end : mentions[1].start])
            or _TIMED_CONNECTOR.match(text[first.end : mentions[1].start])
            or _ENDS_ON.search(text[: mentions[1].start])
            or _clock_each_day(text, first, mentions[1])
        )
    ):
        end_mention = mentions[1]
        # "30. Juni – 2. Juli 2027": the start borrows the end's year.
        if start_year is None and end_mention.year is not None:
            start_year = end_mention.year
            if (start_month, start_day) > (end_mention.month, end_mention.day):
                start_year -= 1
    if (
        end_mention is None
        and first.end_day is None
        and len(mentions) > 1
        and (first.feast is None or mentions[1].feast is not None)
        and _AND_DAY_GAP.match(text[first.end : mentions[1].start])
        and _following_days(first, mentions[1], reference)
    ):
        # "Am Samstag, den 30.11.2019 und am Sonntag, den 1.12.2019": two following days are a
        # period (two days apart they stay separate days, the first the start).
        end_mention = mentions[1]
    bare = _BARE_DAY_BEFORE.search(text[: first.start])
    if (
        bare is None
        and end_mention is None
        and first.end_day is None
        and ("auf" in text or "zum" in text)
    ):
        # "am Wochenende vom 25. auf den 26. Mai 2024", "in der Nacht vom 30. auf den 31.":
        # a night or weekend over two following days (never "vom 12. auf den 19. Mai verschoben");
        # "vom 21. zum 23. Oktober": a few days
        overnight = _OVERNIGHT_BEFORE.search(text[: first.start])
        if overnight is not None and (
            int(overnight["d"]) + 1 == first.day
            or (
                overnight["zum"]
                and 0 < first.day - int(overnight["d"]) <= 6
                and not _MOVED_AFTER.match(text[first.end :])
            )
        ):
            bare = overnight
    if bare is not None and end_mention is None and first.end_day is None:
        # "12.–14. März 2027": the bare day before the dash is the start; "24. und 26.
        # Dezember" are two separate days (the first is the start), "13. und 14." a weekend.
        between = _BETWEEN_BEFORE.search(text[: bare.start()]) is not None
        between = between or (bare.re is _OVERNIGHT_BEFORE)  # "vom 21. zum 23.": one period
        end_mention = None if not between and _separate_days(bare, first) else first
        if end_mention is not None and not between:
            end_mention = _period_before_and(bare, first)
        start_day = int(bare["d"])
        start_year = first.year
        if start_day > first.day:
            start_month = first.month - 1 or 12
            if start_year is not None and start_month == 12:
                start_year -= 1
    elif (
        bare is None
        and end_mention is None
        and (until := _UNTIL_BEFORE.search(text[: first.start])) is not None
        and not _WAIT_AFTER.match(text[first.end : first.end + 40])
        # "the show closes on Saturday, January 26" is its last day; "The series ends on Monday,
        # August 5, with The Woo Factor at 5 p.m." the day of its last event
        and not (until["verb"] and find_times(text[first.end :]) is not None)
    ):
        if any(item.role == DEADLINE and item.mention.end <= first.start for item in skipped):
            # "Deadline: April 30, 2024 extended until May 26": the deadline moved, no event.
            return _skipped_only([*skipped, _Skipped(first, DEADLINE)], reference, latest=True)
        clause = _CLAUSE_AFTER.match(text, first.end)
        if clause is not None and _CALLED_OFF.search(clause[0]) is not None:
            # "alle Gottesdienste bis einschließlich 10. Januar absagen": how long nothing takes
            # place (as "vorerst bis Ende Mai, absagen"), no run's end
            return None
        return _end_only(first, reference)
    elif bare is None and end_mention is None and first.year is not None:
        day_month = _BARE_DAY_MONTH_BEFORE.search(text[: first.start])
        if day_month is not None and _checked(
            0, 0, int(day_month["d"]), int(day_month["m"]), None, None
        ):
            end_mention, bare = first, day_month
            start_day, start_month = int(day_month["d"]), int(day_month["m"])
            start_year = first.year if start_month <= first.month else first.year - 1
    leading_year = _LEADING_YEAR.match(text) if start_year is None else None
    if leading_year is not None and leading_year.end() <= (
        bare.start() if bare is not None else first.start
    ):
        start_year = int(leading_year["y"])
    if start_year is None:
        start_year = infer_year(start_month, start_day, reference)
        if (
            ("jahr" in text or "year" in text)
            and (last_year := _LAST_YEAR.search(text[: first.start])) is not None
            and not _AFTER_THING.search(text, max(0, last_year.start() - 40), last_year.start())
        ):
            # "im Vorjahr … von 24. bis 26. Dezember" ("Nach der Premiere im Vorjahr geht das
            # Format vom 22. bis 24.10. in die zweite Runde": last year's is another thing)
            start_year = reference.year - 1
        elif (
            ("ahr" in text or "year" in text or "heuer" in text)
            and _THIS_YEAR.search(text[: first.start])
            and _PAST_TENSE.search(text)
            and (this_year := _safe_date(reference.year, start_month, start_day)) is not None
            and this_year <= reference
        ):
            # "Da in diesem Jahr die Wanderung am 1. Mai ausgefallen war" (read in November):
            # this year's day, told afterwards ("Am Neujahrstag ist dieses Jahr kein Gottesdienst
            # - wir begrüßen das neue Jahr am 3. Januar", read in December, is the coming one)
            start_year = reference.year
        if _AHEAD_AFTER.match(text[first.end : first.end + 60]):
            start_year = _year_ahead(start_year, start_month, start_day, reference)
        weekday = _weekday_beside(text, first.start if bare is None else bare.start(), first.end)
        if weekday is not None and stated_year(reference) is None:
            # (a year the page states wins: "Do. 06. Januar" in a 2023 programme is a typo)
            start_year = _year_matching_weekday(start_year, start_month, start_day, weekday)
        elif feasts and first.feast is None:
            # "09. Mai Kita geschlossen, Auffahrt": the feast named beside a day says its year.
            start_year = _year_of_feast(feasts, start_year, start_month, start_day)
    start = (
        first.feast(start_year)
        if first.feast is not None and bare is None
        else _safe_date(start_year, start_month, start_day)
    )
    if start is None:
        return None
    if (
        first.feast is not None
        and bare is None
        and first.year is None
        and start < reference
        and stated_year(reference) is None
        and _CUSTOM_BEFORE.search(text[: first.start]) is not None
        and _PAST_TENSE.search(text) is None
    ):
        # "Die Konfirmation erfolgt … in der Regel am Sonntag Kantate" read in September: a
        # custom's next day, not this year's past one
        start = first.feast(start.year + 1)
    if end_mention is None and _EVE_BEFORE.search(text[max(0, first.start - 30) : first.start]):
        start -= timedelta(days=1)  # "am Vorabend des 1. Mai": the day before
    end: date | None = None
    if end_mention is not None and end_mention.feast is not None:
        # "1.November bis Samstag vor Ostern": the first such feast after the start.
        end = end_mention.feast(start.year)
        if end < start:
            end = end_mention.feast(start.year + 1)
    elif end_mention is not None:
        end_year = end_mention.year
        if end_year is None:
            end_year = start.year
            if (end_mention.month, end_mention.day) < (start.month, start.day):
                end_year += 1
        end = _safe_date(end_year, end_mention.month, end_mention.day)
        if end is not None and end < start:
            end = None
    if end_mention is None:
        end = _until_month_end(text[first.end :], start)
    if end is None and end_mention is None and ("bis" in text or "until" in text):
        end = _until_weekday(text[first.end :], start)
    paired = _paired_times(text, first, end_mention) if end_mention is not None else None
    if paired is not None and end is not None and (end > start or paired[1] > paired[0]):
        # "Beginn: 13.11.2025, 18:30 Uhr Ende: 13.11.2025, 20:00 Uhr": a day may repeat.
        start_at = datetime.combine(start, paired[0], tzinfo=BERLIN)
        end_at = datetime.combine(end, paired[1], tzinfo=BERLIN)
        return When(start_at.isoformat(), end_at.isoformat(), False, "minute")
    if end == start:
        end = None
    used = [(m.start, m.end) for m in mentions]
    if bare is not None:
        used.append(bare.span())
    # (a page read month-first is an American one: its "6:30 - 7:30" is the evening's)
    times = find_times(_blank(text, used), english=day_first is False or looks_english(text))
    if (
        times is not None
        and end is not None
        and end_mention is not None
        and end_mention is mentions[-1]
        and _AND_DAY_GAP.match(text[first.end : end_mention.start])
    ):
        # "from 10 am to 4 pm on Friday, April 30th, and on Saturday, May 1st, from 10 am to 2 pm":
        # the second day's hours end the period
        second = find_times(text[end_mention.end :])
        if second is not None and second[1] is not None:
            times = (times[0], second[1])
    if times is not None:
        return _with_times(start, end, times)
    return When(
        start=start.isoformat(),
        end=end.isoformat() if end else None,
        all_day=True,
        precision="day",
    )


# Words saying a feast is the day a custom keeps ("in der Regel am Sonntag Kantate", "immer am 2.
# Sonntag nach Ostern").
_CUSTOM_BEFORE = re.compile(
    r"\b(?:in\s+der\s+regel|immer|stets|jedes\s+jahr|(?:all)?j(?:ä|ae)hrlich"
    r"|as\s+a\s+rule|always|every\s+year|annually)\b",
    _FLAGS,
)
_LAST_YEAR = re.compile(
    r"\b(?:im\s+vorjahr|im\s+vergangenen\s+jahr|im\s+letzten\s+jahr|letztes\s+jahr|last\s+year)\b",
    _FLAGS,
)
_AFTER_THING = re.compile(r"\b(?:nach|after)\s+(?:[^\W\d]+\s+){1,3}$", _FLAGS)
_THIS_YEAR = re.compile(r"\b(?:in\s+diesem\s+jahr|dieses\s+jahr|heuer|this\s+year)\b", _FLAGS)
_AND_DAY_GAP = re.compile(
    r"^[\s,)]*(?:und|and|&)\s+(?:am\s+|on\s+)?(?:(?:" + _WD_ALT + r")\.?,?\s*)?"
    r"(?:den\s+|dem\s+|the\s+)?\(?\s*$",
    _FLAGS,
)


def _following_days(first: _Mention, second: _Mention, reference: date) -> bool:
    if first.feast is not None and second.feast is not None:
        # "am Pfingstmontag und -dienstag": two feasts on following days are a period
        year = infer_year(first.month, first.day, reference)
        return (second.feast(year) - first.feast(year)).days == 1
    if second.feast is not None:
        return False
    year = first.year or second.year or infer_year(first.month, first.day, reference)
    start = _safe_date(year, first.month, first.day)
    following = _safe_date(second.year or year, second.month, second.day)
    if start is not None and following is not None and following < start and second.year is None:
        following = _safe_date(year + 1, second.month, second.day)
    return start is not None and following is not None and (following - start).days == 1


def _moved_onto(text: str, mention: _Mention) -> bool:
    """The mention is the day an event was moved to ("Neuer Termin ist der …", "verschoben auf
    …", "auf den 4.Mai verlegt")."""
    before = text[: mention.start]
    return bool(
        _MOVED_TO.search(before)
        or _REPLACEMENT_AFTER.match(text[mention.end : mention.end + 40])
        or (
            _MOVED_ONTO_BEFORE.search(before[-40:])
            and _MOVED_VERB_AFTER.match(text[mention.end : mention.end + 20])
        )
    )


def _is_old_date(text: str, mention: _Mention) -> bool:
    return bool(
        _OLD_DATE_BEFORE.search(text[max(0, mention.start - 60) : mention.start])
        or _OLD_DATE_AFTER.match(text[mention.end : mention.end + 60])
    )


def _with_feasts(
    text: str, mentions: list[_Mention], reference: date, feasts: list[FeastMention]
) -> list[_Mention]:
    """The date mentions with the holidays named among them: every holiday when the text names
    no other day ("Heiligabend, 16 Uhr"), else only one joined to a date as a range's other end
    ("Ostermontag bis 31.Oktober"; "Ostermontag, 10. April" is that date's name, not a second
    day)."""
    relative = [f for f in feasts if f.relative]
    if relative and mentions:
        # "der Freitag nach dem St.Martinsfest (11.November)": the date in brackets is the
        # holiday's own, explained; the day meant is the Friday after it.
        # "am Sonntag nach dem 6. Dezember": the date is the anchor, inside the name.
        mentions = [
            m
            for m in mentions
            if not any(_explains(text, f, m) or f.start <= m.start < f.end for f in relative)
        ]
    if mentions:
        named = [f for f in feasts if _names_a_date(text, f, mentions)]
        if named:
            # "May 23 through Labor Day, Monday, September 7": the name belongs to the date after
            # it, so "through" joins the two dates
            mentions = [_named_from(text, m, named) if i else m for i, m in enumerate(mentions)]
        feasts = [f for f in feasts if f not in named and _joins_a_date(text, f, mentions)]
        if not feasts:
            return mentions
    taken = [(m.start, m.end) for m in mentions]
    added = [
        _feast_mention(feast, reference)
        for feast in feasts
        if not any(begin < feast.end and feast.start < finish for begin, finish in taken)
    ]
    return sorted([*mentions, *added], key=lambda m: m.start)


_AND = re.compile(r"\b(?:und|and|sowie)\b|&", _FLAGS)


def _separate_feasts(text: str, first: _Mention, second: _Mention) -> bool:
    """ "an Heiligabend und Silvester": two holidays (or a holiday and a date) joined by "und"
    are two days, not a period."""
    if first.feast is None and second.feast is None:
        return False
    return _AND.search(text[first.end : second.start]) is not None


def _joins_a_date(text: str, feast: FeastMention, mentions: list[_Mention]) -> bool:
    for mention in mentions:
        if mention.start >= feast.end and _CONNECTOR.match(text[feast.end : mention.start]):
            return True
        if mention.end <= feast.start and _CONNECTOR.match(text[mention.end : feast.start]):
            return True
    return False


# "through Labor Day, Monday, September 1, 2025": the holiday is the name of the date after it.
_NAMING_GAP = re.compile(r"[\s,(]*(?:(?:" + _WD_ALT + r")\.?,?\s*)?(?:den\s+|the\s+)?$", _FLAGS)


_BRACKET_GAP = re.compile(r"\s*\(\s*$")


def _explains(text: str, feast: FeastMention, mention: _Mention) -> bool:
    return (
        mention.start >= feast.end
        and _BRACKET_GAP.match(text[feast.end : mention.start]) is not None
    )


def _names_a_date(text: str, feast: FeastMention, mentions: list[_Mention]) -> bool:
    return any(
        mention.start >= feast.end and _NAMING_GAP.match(text[feast.end : mention.start])
        for mention in mentions
    )


def _named_from(text: str, mention: _Mention, named: list[FeastMention]) -> _Mention:
    for feast in named:
        if mention.start >= feast.end and _NAMING_GAP.match(text[feast.end : mention.start]):
            return replace(mention, start=feast.start)
    return mention


def _feast_mention(feast: FeastMention, reference: date) -> _Mention:
    """The holiday as a yearless mention on its nearest day (the year is settled later), or on
    its day in the year written after it ("Pfingstsonntag 2018")."""
    if feast.year is not None:
        named = feast.day_in(feast.year)
        return _Mention(
            feast.start, feast.end, named.day, named.month, feast.year, feast=feast.day_in
        )
    stated = stated_year(reference)
    if stated is not None:
        named = feast.day_in(stated)
        return _Mention(feast.start, feast.end, named.day, named.month, None, feast=feast.day_in)
    candidates = [feast.day_in(year) for year in range(reference.year - 1, reference.year + 2)]
    near = [day for day in candidates if abs(day - reference) <= YEAR_WINDOW]
    day = min(near, key=lambda d: (abs((d - reference).days), d < reference)) if near else None
    if day is None:
        day = next(d for d in candidates if d >= reference)
    return _Mention(feast.start, feast.end, day.day, day.month, None, feast=feast.day_in)


# "Am Freitag, dem 8. November geht es los um 18:00 Uhr und dann durchgehend bis Sonntag
# nachmittag": a weekday without a date after the start's day closes the run.
_UNTIL_WEEKDAY = re.compile(
    r"\b(?:bis|until|through)\s+(?:zum\s+|einschließlich\s+)?(?P<wd>" + _WEEKDAY_FULL_ALT + r")"
    r"(?:nachmittag|abend|mittag|vormittag)?(?!\w)(?!\s*,?\s*(?:den\s+|dem\s+|the\s+)?\d)",
    _FLAGS,
)


def _until_weekday(after: str, start: date) -> date | None:
    match = _UNTIL_WEEKDAY.search(after)
    if match is None or _SIGNUP_BEFORE.search(after, 0, match.start()) is not None:
        return None  # ("Kurs am 5. März, Anmeldung bis Sonntag": the sign-up's last day)
    weekday = WEEKDAYS[match["wd"].lower()]
    last = _weekday_from(start, weekday, strictly_after=True)
    return last if (last - start).days <= 6 else None


_SIGNUP_BEFORE = re.compile(r"anmeld|registr|buchung|buchen|regist|sign", _FLAGS)


def _until_month_end(after: str, start: date) -> date | None:
    """ "Ab 23. Mai findet bis Ende Oktober sonntags … statt": the named month's last day."""
    match = _UNTIL_MONTH_END.search(after) if "nde" in after or "end" in after else None
    if match is None:
        return None
    month = MONTHS[match["mn"].lower()]
    year = int(match["y"]) if match["y"] else start.year + (month < start.month)
    last = month_end(year, month)
    return last if last > start else None


def _separate_days(bare: re.Match[str], last: _Mention) -> bool:
    """Days sharing one month word, joined by "und"/","/"&" (no range word), that do not follow
    each other: "am 24. und 26. Dezember", "3., 10. und 17. März"; or a day before such a
    period: "24. sowie 27. bis 30. Dezember" (the first day alone is the start)."""
    chain = bare.group(0)
    days = [int(day) for day in _DAY_NUMBER.findall(chain)] + [last.day]
    if _RANGE_WORD.search(chain):
        numbers = list(_DAY_NUMBER.finditer(chain))
        if len(numbers) < 2:
            return False
        first_join = chain[numbers[0].end() : numbers[1].start()]
        return _RANGE_WORD.search(first_join) is None and days[1] != days[0] + 1
    return not all(
        later == earlier + 1 or (later == 1 and earlier >= 28)  # "30. und 1. Dezember"
        for earlier, later in pairwise(days)
    )


def _period_before_and(bare: re.Match[str], last: _Mention) -> _Mention:
    """The end of a period whose days share the month word with a separate later day: "vom 2.
    bis 4. und 8. Mai" is 2 to 4 May (the 8th is one more day, not the period's end), and so is
    "1. bis 3. und 5. bis 7. Mai" 1 to 3 May."""
    chain = bare.group(0)
    numbers = list(_DAY_NUMBER.finditer(chain))
    if len(numbers) < 2:
        return last
    first_join = chain[numbers[0].end() : numbers[1].start()]
    rest = chain[numbers[1].end() : numbers[2].start() if len(numbers) > 2 else len(chain)]
    if _RANGE_WORD.search(first_join) is None or _RANGE_WORD.search(rest) is not None:
        return last
    if int(numbers[1].group(0)) <= int(numbers[0].group(0)):
        return last
    return replace(last, day=int(numbers[1].group(0)), end_day=None)


# Nothing or a weekday before a text's opening date; a few words of a heading between it and
# the next date.
_OPENING_WEEKDAY = re.compile(r"\s*(?:(?:" + _WD_ALT + r")\.?,?\s*)?$", _FLAGS)
_HEADING_GAP = re.compile(r"\s+(?-i:[A-ZÄÖÜ])[^\W\d]+(?:\s+[^\W\d]+){0,5}\s+$", _FLAGS)
_SENTENCE_AFTER = re.compile(r"\s+(?:Am|Vom|Ab|Bis|Die|Der|Das|Im|In)\s")
_SENTENCE_START = re.compile(r"\s(?:Die|Der|Das|Wir|Am|Im)\s")
_AM_BEFORE = re.compile(r"\b(?:am|on)\s+$")
_DATELINE_PLACE = re.compile(r"^[A-ZÄÖÜ][\w.\- ]{1,30},\s*$")
_DATELINE_END = re.compile(r"\s*(?:\d{2,4}\b)?\s*(?:\([^()]{1,12}\))?\s*[.:]\s+\S")


def _opens_with_dateline(text: str, mentions: list[_Mention], reference: date) -> bool:
    """ "21.3.2025: … öffnen Bibliotheken … am Freitag, den 4. April 2025": a news post opens with
    its own date and a colon; a later date on or after it is the event's. (A lone "22.12.:
    Demonstration" stays the event's date, and so does one whose later date lies before it:
    "9. November: Gedenken an X, geboren am 3. Mai 1920".)"""
    if len(mentions) < 2:
        return False
    opening = mentions[0]
    # "Klagenfurt, 16. 12. 24 (pgk). Am Heiligen Abend, dem 24. Dezember, …": a press dateline
    press_dateline = bool(
        _DATELINE_PLACE.match(text[: opening.start]) and _DATELINE_END.match(text, opening.end)
    )
    # "21. Februar 2025 Am 3. April 2025 treffen sich …": a post's full date, then a sentence
    # naming another full date
    stamp = (
        opening.start == 0
        and opening.year is not None
        and mentions[1].year is not None
        and _SENTENCE_AFTER.match(text, opening.end) is not None
    )
    # "09. Juli 2020 Hi@HSZG - Virtueller Hochschulinfoabend Die HSZG informiert am 15.07. ab
    # 18:30 Uhr …": a post's full date, its headline, then a sentence naming the event's day
    teaser = (
        not stamp
        and opening.start == 0
        and opening.year is not None
        and mentions[1].year is None
        and _AM_BEFORE.search(text, 0, mentions[1].start) is not None
        and _SENTENCE_START.search(text, opening.end, mentions[1].start) is not None
    )
    first, later = (_mention_day(m, reference) for m in mentions[:2])
    if (
        first is not None
        and later is not None
        and opening.year is not None
        and timedelta(0) < first - later <= timedelta(days=60)
        and _OPENING_WEEKDAY.match(text, 0, opening.start) is not None
        and _HEADING_GAP.match(text, opening.end, mentions[1].start) is not None
    ):
        # "Freitag, 25. August 2017 Pfarrfest 15. August 2017": a report's post date, then a
        # heading naming the earlier day it reports on (a listing's row names no earlier day
        # after its own).
        return True
    if (
        (opening.start > 0 or not text.startswith(":", opening.end))
        and not press_dateline
        and not stamp
        and not teaser
    ):
        return False
    return first is not None and later is not None and later >= first


# "19.11.2018 Am 14. und 15. November 2018 trafen sich …", "08.07.2015 Über 1.300 Kongressbesucher
# waren es …": a news item's full numeric date, then a sentence that reports in the past.
_REPORT_STAMP = re.compile(r"\s*\d{1,2}\.\d{1,2}\.\d{4}\s+[A-ZÄÖÜ]")


def _opens_a_report(text: str, mentions: list[_Mention]) -> bool:
    """The text opens with its stamp: a full numeric date before a report told in the past (the
    report's own day, if any, comes later)."""
    if not mentions or not _REPORT_STAMP.match(text):
        return False
    opening = mentions[0]
    if opening.start > 0:
        return False
    return _PAST_TENSE.search(text, opening.end, opening.end + 200) is not None


def _mention_day(mention: _Mention, reference: date) -> date | None:
    year = mention.year or infer_year(mention.month, mention.day, reference)
    return _safe_date(year, mention.month, mention.day)


def _skipped_only(skipped: list[_Skipped], reference: date, *, latest: bool = False) -> When:
    """A text whose only dates are deadlines or stamps: no event day, the dates reported (the
    first of each kind, or the ``latest`` when a deadline was extended)."""
    roles: dict[str, str] = {}
    for item in skipped:
        mention = item.mention
        year = mention.year or infer_year(mention.month, mention.day, reference)
        day = _safe_date(year, mention.month, mention.day)
        if day is not None and (latest or item.role not in roles):
            roles[item.role] = day.isoformat()
    return When(deadline=roles.get(DEADLINE), published=roles.get(PUBLISHED))


def _parse_nth_weekday(text: str, reference: date) -> When | None:
    """ "am 1. Mittwoch im August ab 17:00 Uhr": the month's n-th weekday (year: the nearest)."""
    if not has_any(lowered_for_cues(text), MONTH_STEMS):
        return None  # cheap tests first: most texts name no "im März"
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
    return _nth_weekday_when(text, match, reference)


def _nth_weekday_when(text: str, match: re.Match[str], reference: date) -> When | None:
    nth = ORDINALS[match["ord"].lower()]
    weekday, month = WEEKDAYS[match["wd"].lower()], MONTHS[match["mn"].lower()]
    written = match.groupdict().get("y")
    year = int(written) if written else infer_year(month, 15, reference)
    day = nth_weekday(year, month, weekday, nth)
    if day is None:
        return None
    times = find_times(_blank(text, [match.span()]))
    return _with_times(day, None, times) if times is not None else _whole_day(day)


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


def _advent_weekend_when(text: str, reference: date) -> When | None:
    """ "nicht am zweiten Adventswochenende": the Saturday and Sunday of that Advent weekend."""
    named = advent_weekend(text)
    if named is None:
        return None
    day_in, one_day = named
    nearest = _feast_mention(FeastMention(0, 0, day_in), reference)
    day = day_in(infer_year(nearest.month, nearest.day, reference))
    if one_day:  # "Montag vor dem 1.Adventwochenende"
        return _whole_day(day)
    return When((day - timedelta(days=1)).isoformat(), day.isoformat(), True, "day")


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date | None:
    """The ``nth`` (1–4, -1 the last) ``weekday`` of a month; None when there is none."""
    if nth == -1:
        last = month_end(year, month)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    found = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    return found if found.month == month else None


def _end_only(mention: _Mention, reference: date) -> When | None:
    """ "bis 30.11.", "bis 1. Advent": the end of something that runs now, so a yearless end is
    the next such day on or after the reference (a past end would say nothing runs)."""
    if mention.feast is not None:
        end: date | None = mention.feast(reference.year)
        if end is not None and end < reference:
            end = mention.feast(reference.year + 1)
    else:
        year = mention.year or infer_year(mention.month, mention.day, reference)
        if mention.year is None:
            year = _year_ahead(year, mention.month, mention.day, reference)
        end = _safe_date(year, mention.month, mention.day)
    return When(None, end.isoformat(), True, "day") if end is not None else None


def _year_of_feast(feasts: list[FeastMention], year: int, month: int, day: int) -> int:
    for candidate in (year, year + 1, year - 1):
        if any(feast.day_in(candidate) == _safe_date(candidate, month, day) for feast in feasts):
            return candidate
    return year


def _year_ahead(year: int, month: int, day: int, reference: date) -> int:
    """``year``, or the next one when that day would lie before the reference."""
    found = _safe_date(year, month, day)
    return year + 1 if found is not None and found < reference else year


def _paired_times(text: str, first: _Mention, last: _Mention) -> tuple[time, time] | None:
    """ "27.03.2027 23:00 – 28.03.2027 01:00": a time right after each of the two dates;
    "from 7 p.m. Dec. 31 to 7 a.m. Jan. 1": a time right before each."""
    gap = text[first.end : last.start]
    between = _TIMED_CONNECTOR.match(gap)
    after = _LEADING_TIME.match(text[last.end :])
    if between is None or after is None:
        both = _TWO_CLOCKS_BETWEEN.match(gap)
        if both is not None:
            # "December 31 at 7pm to 1am January 1": the start's clock after its day, the end's
            # before its own
            begin = clock12(both["h"], both["mi"], both["ap"]) if both["ap"] else None
            finish = clock12(both["h2"], both["mi2"], both["ap2"]) if both["ap2"] else None
            return (begin, finish) if begin is not None and finish is not None else None
        before = _CLOCK_BEFORE_DAY.search(text[: first.start])
        between = _CLOCK_BETWEEN_DAYS.match(gap)
        if before is None or between is None:
            return None
        after, between = between, before
    begin, finish = _clock_of(between), _clock_of(after)
    return (begin, finish) if begin is not None and finish is not None else None


# "from 7 p.m. Dec. 31 to 7 a.m. Jan. 1": the clocks before their days (a.m./p.m. or "Uhr"
# written, so a day's number is never read as a clock).
_CLOCK_BEFORE_DAY = re.compile(
    r"(?:^|\b(?:from|von|ab)\s+)(?P<h>\d{1,2})(?::(?P<mi>\d{2}))?\s*(?:(?P<ap>[ap]\.?m\.?)|uhr)"
    r"(?P<ap2>)\s*,?\s*(?:on\s+|am\s+)?$",
    _FLAGS,
)
_TWO_CLOCKS_BETWEEN = re.compile(
    r"^\s*,?\s*(?:at\s+|@\s*)?(?P<h>\d{1,2})(?::(?P<mi>\d{2}))?\s*(?P<ap>[ap]\.?m\.?)"
    r"\s*(?:-|to|until|till)\s*(?P<h2>\d{1,2})(?::(?P<mi2>\d{2}))?\s*(?P<ap2>[ap]\.?m\.?)"
    r"\s*,?\s*(?:on\s+)?$",
    _FLAGS,
)
_CLOCK_BETWEEN_DAYS = re.compile(
    r"^\s*,?\s*(?:-|to|until|till|bis)\s*(?P<h>\d{1,2})(?::(?P<mi>\d{2}))?\s*"
    r"(?:(?P<ap>[ap]\.?m\.?)|uhr)(?P<ap2>)\s*,?\s*(?:on\s+|am\s+)?$",
    _FLAGS,
)


def _clock_each_day(text: str, first: _Mention, second: _Mention) -> bool:
    """ "from 7 p.m. Dec. 31 to 7 a.m. Jan. 1", "December 31 at 7pm to 1am January 1": two days
    each with its clock are a period's ends."""
    gap = text[first.end : second.start]
    if _TWO_CLOCKS_BETWEEN.match(gap) is not None:
        return True
    return (
        _CLOCK_BETWEEN_DAYS.match(gap) is not None
        and _CLOCK_BEFORE_DAY.search(text[: first.start]) is not None
    )


def _clock_of(match: re.Match[str]) -> time | None:
    ampm = match["ap"] or match["ap2"]
    if ampm:
        return clock12(match["h"], match["mi"], ampm)
    return clock(match["h"], match["mi"])


def _find_mentions(
    text: str, day_first: bool | None, reference: date
) -> tuple[list[_Mention], list[_Skipped]]:
    """The event's date mentions in text order, and the dates skipped as deadlines or stamps."""
    found: list[_Mention] = []
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
            year = int(match["y"]) if len(match["y"]) == 4 else full_year(match["y"], reference)
            mention = _checked(match.start(), match.end(), day, month, year, None)
            if mention is not None:
                found.append(mention)
    if "/" in text:
        found.extend(_month_day_with_clock(text, day_first))
    if not found and _DIGIT_DOT_DIGIT.search(text) is not None:
        # "Samstag, 11.04 um 10:30 Uhr": day and month without the closing dot, a weekday before
        for match in _WEEKDAY_DAY_MONTH.finditer(text):
            mention = _checked(
                match.start("d"), match.end(), int(match["d"]), int(match["m"]), None, None
            )
            if mention is not None:
                found.append(mention)
    # Longest match first at each position, then drop overlaps.
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[_Mention] = []
    skipped: list[_Skipped] = []
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
            skipped.append(_Skipped(mention, role))
        else:
            kept.append(mention)
    if (
        kept
        and _PAREN_DATELINE_BEFORE.match(text[: kept[0].start])
        and text.startswith(")", kept[0].end)
    ):
        # "(kb – 29.06.2019) Dieses Jahr war es wieder so weit": a press note's dateline.
        skipped.append(_Skipped(kept.pop(0), PUBLISHED))
    if kept and "-" in text:
        # "(14. Jänner 1943 - 1.Dezember 2019)": a life's or a history's span; its start lies
        # before the years read (1990), so its end is no offering's day either.
        kept = [m for m in kept if _HISTORIC_START_BEFORE.search(text, 0, m.start) is None]
    if skipped and kept:
        # "01/10/2025 | News release | Distributed … on 01/10/2025": the stamp's date repeated.
        stamped = {(s.mention.day, s.mention.month, s.mention.year) for s in skipped}
        kept = [m for m in kept if (m.day, m.month, m.year) not in stamped]
    return kept, skipped


def _month_day_with_clock(text: str, day_first: bool | None) -> list[_Mention]:
    """ "10/25 at 10:00 PM": a yearless slashed date counts only with a clock time beside it
    (else "24/7", "1/2" and "Saison 24/25" would be dates)."""
    found = []
    if day_first is False and "/" in text[:6]:
        line = _SLASHED_LINE_START.match(text)
        if line is not None:
            mention = _checked(
                line.start("a"), line.end("b"), int(line["b"]), int(line["a"]), None, None
            )
            if mention is not None:
                found.append(mention)
    for match in (*_SLASHED_NO_YEAR.finditer(text), *_SLASHED_AFTER_START.finditer(text)):
        order = day_first if day_first is not None else text_day_first(text)
        day, month = resolve_day_month(int(match["a"]), int(match["b"]), order)
        mention = _checked(match.start(), match.end(), day, month, None, None)
        if mention is not None:
            found.append(mention)
    return found


def _inside_time_range(text: str, match: re.Match[str]) -> bool:
    """ "10-12-14 Uhr" is no date; a dashed date must not be a piece of a time range."""
    if match["sep"] != "-":
        return False
    return (
        TIME_RANGE.match(text, match.start()) is not None
        and "uhr" in text[match.end() : match.end() + 5].lower()
    )


def _to_mention(match: re.Match[str], reference: date) -> _Mention | None:
    groups = match.groupdict()
    day = int(groups["d"])
    month = MONTHS[groups["mn"].lower()] if groups.get("mn") else int(groups["m"])
    year: int | None = None
    if groups.get("y4"):
        year = int(groups["y4"].strip())
    elif groups.get("y2"):
        year = full_year(groups["y2"], reference)
    end_day = int(groups["d2"]) if groups.get("d2") else None
    if groups.get("slash") and end_day != day + 1:
        end_day = None
    if groups.get("dlist"):
        days = [day, *(int(d) for d in _DAY_NUMBER.findall(groups["dlist"]))]
        following = all(b == a + 1 for a, b in pairwise(days))
        end_day = days[-1] if following else None
    return _checked(match.start(), match.end(), day, month, year, end_day)


def _checked(
    begin: int, finish: int, day: int, month: int, year: int | None, end_day: int | None
) -> _Mention | None:
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    if year is not None and not 1990 <= year <= 2100:
        return None
    if end_day is not None and not day < end_day <= 31:
        end_day = None
    return _Mention(begin, finish, day, month, year, end_day)


# "von Samstag bis Montag, 15. bis 17. Juli": a range of weekdays before a range of days, the
# first weekday the first day's.
_WEEKDAY_RANGE_BEFORE = re.compile(
    r"\b(?P<wd>" + _WD_ALT + r")\.?\s*(?:-|–|bis)\s*(?:" + _WD_ALT + r")\.?,?\s*$", _FLAGS
)


def _weekday_beside(text: str, before: int, after: int) -> int | None:
    match = _WEEKDAY_RANGE_BEFORE.search(text[max(0, before - 40) : before])
    if match is None:
        match = _WEEKDAY_BEFORE.search(text[max(0, before - 30) : before])
    if match is None:
        match = _WEEKDAY_AFTER.match(text[after : after + 16])
    return WEEKDAY_ABBREVIATIONS[match["wd"].lower()] if match else None


def _year_matching_weekday(year: int, month: int, day: int, weekday: int) -> int:
    """ "Mo., 14. Dezember" read in January: the weekday says which December was meant.

    Only the inferred year and its neighbours are candidates; a weekday that fits none of them
    is a typo and changes nothing.
    """
    for candidate in (year, year - 1, year + 1):
        found = _safe_date(candidate, month, day)
        if found is not None and found.weekday() == weekday:
            return candidate
    return year


def infer_year(month: int, day: int, reference: date) -> int:
    """The year of the nearest such day within ``YEAR_WINDOW`` of the reference (a tie goes to
    the future); 29 February without a leap year near is the next one. A year the page's
    context states (``when_context.PageYear``) is taken as it is."""
    stated = stated_year(reference)
    if stated is not None:
        return stated
    nearest: tuple[int, bool, int] | None = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        candidate = _safe_date(year, month, day)
        if candidate is None or abs(candidate - reference) > YEAR_WINDOW:
            continue
        ranked = (abs((candidate - reference).days), candidate < reference, year)
        nearest = ranked if nearest is None or ranked < nearest else nearest
    if nearest is not None:
        return nearest[2]
    for year in range(reference.year, reference.year + 8):
        candidate = _safe_date(year, month, day)
        if candidate is not None and candidate >= reference:
            return year
    return reference.year


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# --- times ------------------------------------------------------------------------------------


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for begin, finish in spans:
        chars[begin:finish] = " " * (finish - begin)
    return "".join(chars)


def _with_times(start: date, end: date | None, times: tuple[time, time | None]) -> When:
    begin, finish = times
    start_at = datetime.combine(start, begin, tzinfo=BERLIN)
    end_at: datetime | None = None
    if finish is not None:
        end_at = datetime.combine(end or start, finish, tzinfo=BERLIN)
        if end_at <= start_at:
            end_at = None
    elif end is not None:
        # A multi-day range with one start time: the end stays a whole day.
        return When(start_at.isoformat(), end.isoformat(), False, "minute")
    return When(
        start=start_at.isoformat(),
        end=end_at.isoformat() if end_at else None,
        all_day=False,
        precision="minute",
    )


# --- recurrence and relative days -------------------------------------------------------------


def _next_occurrence(text: str, recurrence: RecurrenceMention, today: date) -> When:
    day = next_day_of(recurrence.rule, today)
    if day is None:
        return When(recurrence=recurrence.rule)
    season = (
        _SEASON_BEFORE.search(text, 0, recurrence.start) if "bis" in text or "ab" in text else None
    )
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
    if recurrence.rule.startswith(_MONTHLY_BYDAY):
        paired = _second_monthly_rule(text, recurrence, day, today)
        if paired is not None:
            return paired
        day = _month_excepted(text[recurrence.end :], day, today) or day
    # "12-1 p.m. Fridays", "at 11:30 a.m. Tuesdays": the rule was read from the clock's marker
    # on; the marker stays with the clock.
    marker = _CLOCK_MARKER.match(text, recurrence.start)
    rule_start = marker.end() if marker is not None else recurrence.start
    times = find_times(_blank(text, [(rule_start, recurrence.end)]))
    closing = _season_end(text, day) if season is None and "t" in text else None
    if closing is not None:
        # "On the fourth Thursdays through September from 7-9 p.m.": the rule's season ends
        # with that month (its last day, as a season's end is written: rounds 8, 44, 53)
        found = _with_times(day, closing, times) if times is not None else _whole_day(day)
        if times is None:
            found = replace(found, end=closing.isoformat())
    else:
        found = _with_times(day, None, times) if times is not None else _whole_day(day)
    return When(found.start, found.end, found.all_day, found.precision, recurrence.rule)


_CLOCK_MARKER = re.compile(r"(?:[ap]\.?m\.?|uhr)\s+", _FLAGS)
# "through September", "until the end of October": a month without a day closing a season.
_SEASON_UNTIL = re.compile(
    r"\b(?:through|thru|until|till)\s+(?:the\s+end\s+of\s+)?(?P<mn>"
    + _MONTH_ALT
    + r")\b(?!\.?\s*\d)",
    _FLAGS,
)


_MONTH_BEFORE = re.compile(r"\b(?:" + _MONTH_ALT + r")\s*$", _FLAGS)


def _season_end(text: str, day: date) -> date | None:
    """The last day of the month an English season runs through, on or after ``day``."""
    match = _SEASON_UNTIL.search(text)
    if match is None or _MONTH_BEFORE.search(text, 0, match.start()) is not None:
        return None  # ("September through June" is a season from its first month: round 55)
    month = MONTHS[match["mn"].lower()]
    last = month_end(day.year + (month < day.month), month)
    return last if last > day else None


_MONTHLY_BYDAY = "FREQ=MONTHLY;BYDAY="
_SEASON_BEFORE = re.compile(
    r"\b(?:von|ab|from)\s+(?P<mn>"
    + _MONTH_ALT
    + r")\s+(?:bis|to|through|until)\s+(?P<last>"
    + _MONTH_ALT
    + r")\b(?!\.?\s*\d)",
    _FLAGS,
)
# "on the last Saturday of the month (except August …, and December when it's on the last
# Saturday before Christmas)": a month whose meeting a feast places instead of the rule.
_EXCEPTED_MONTH = re.compile(
    r"\b(?:except|außer|ausser|ausgenommen|bis\s+auf)\b[^()]{0,80}?\b(?P<mn>"
    + _MONTH_ALT
    + r")\b(?P<how>[^().;]{0,40})$",
    _FLAGS,
)


_EXCEPTED_HINT = re.compile(r"\b(?:except|außer|ausser|ausgenommen|bis\s+auf)\b", _FLAGS)


def _month_excepted(after: str, day: date | None, today: date) -> date | None:
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


_JOINED_RULE = re.compile(r"\b(?:and|und|sowie)\b", _FLAGS)


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
        or not second.rule.startswith(_MONTHLY_BYDAY)
        or _JOINED_RULE.search(tail, 0, second.start) is None
    ):
        return None
    own = find_times(tail[: second.start])
    other_times = find_times(tail[second.end :])
    other_day = next_day_of(second.rule, today)
    if own is None or other_times is None or other_day is None:
        return None
    rule = f"{first.rule},{second.rule.removeprefix(_MONTHLY_BYDAY)}"
    found = (
        _with_times(day, None, own)
        if day <= other_day
        else _with_times(other_day, None, other_times)
    )
    return When(found.start, found.end, found.all_day, found.precision, rule)


def _recurring(found: When, recurrence: RecurrenceMention, today: date) -> When:
    """A date written beside a rule is its first occurrence; a past one moves forward. A period
    that runs daily ("Daily, January 6 – March 15, 2026", "täglich vom 6. Januar bis 15. März")
    is that period as written: it already holds every day, and its end is the rule's last day,
    not something to move (a daily RRULE beside it would repeat the whole period every day)."""
    if recurrence.rule == "FREQ=DAILY" and _spans_days(found):
        return found
    return with_recurrence(found, recurrence.rule, today)


def _spans_days(found: When) -> bool:
    return found.start is not None and found.end is not None and found.end[:10] > found.start[:10]


def with_recurrence(found: When, rule: str, today: date) -> When:
    """``found`` carrying ``rule``; a start before ``today`` (or, for a rule of weekdays, on none
    of them) moves to the rule's next occurrence on or after it (the end by as many days; the wall-clock time stays; a period's end stays as
    written). A rule that has ended or cannot be read leaves the dates as they are."""
    if found.start is None:
        return When(found.start, found.end, found.all_day, found.precision, rule)
    first = date.fromisoformat(found.start[:10])
    if first >= today and "BYDAY=" not in rule:
        return When(found.start, found.end, found.all_day, found.precision, rule)
    # "every Wednesday from Labor Day (a Monday) to Memorial Day": a start that is none of the
    # rule's days moves to its first one too.
    upcoming = next_occurrence(rule, first, max(first, today))
    if upcoming is None:
        return When(found.start, found.end, found.all_day, found.precision, rule)
    delta = upcoming - first
    last = date.fromisoformat(found.end[:10]) if found.end else None
    if last is not None and last > first:
        # "jeden Dienstag vom 6. Januar bis 17. März": the period's end is the rule's last day;
        # it does not move, and a run already over keeps its dates.
        start = found.start if upcoming > last else _shifted(found.start, delta)
        return When(start, found.end, found.all_day, found.precision, rule)
    end = _shifted(found.end, delta) if found.end else None
    return When(_shifted(found.start, delta), end, found.all_day, found.precision, rule)


def _shifted(value: str, delta: timedelta) -> str:
    """An ISO date or datetime moved by whole days: Berlin times keep their wall-clock time
    across a DST change (19:00 in March and in July), other offsets stay as written."""
    if len(value) == 10:
        return (date.fromisoformat(value) + delta).isoformat()
    moment = datetime.fromisoformat(value)
    moved = moment + delta
    if moment.tzinfo is not None and moment.utcoffset() == moment.astimezone(BERLIN).utcoffset():
        moved = datetime.combine(moved.date(), moved.timetz().replace(tzinfo=None), tzinfo=BERLIN)
    return moved.isoformat()


def _whole_day(day: date) -> When:
    return When(start=day.isoformat(), end=None, all_day=True, precision="day")


def _parse_relative_weekday(text: str, reference: date) -> When | None:
    """ "kommenden Montag" (the first after the reference day), "diesen Freitag" (on or after
    it), "Freitag nächster Woche" (in the following calendar week); "… bis zum Samstag" the
    first such day after the start. A deadline ("bis nächsten Freitag anmelden") is none."""
    lowered = lowered_for_cues(text)
    if not has_any(lowered, _RELATIVE_WEEKDAY_HINTS) or not has_any(lowered, _WEEKDAY_PIECES):
        return None
    match = _RELATIVE_WEEKDAY.search(text)
    if match is None or role_of_date(text[: match.start()], text[match.end() :]) is not None:
        return None
    if match["wd_next"] is not None:
        monday = reference - timedelta(days=reference.weekday() - 7)
        day = monday + timedelta(days=WEEKDAYS[match["wd_next"].lower()])
    else:
        weekday = WEEKDAYS[match["wd"].lower()]
        on_or_after = match["which"].lower() in ("diesen", "dieser", "diesem", "this")
        if match["which"].lower() in _PAST_WHICH:
            day = reference - timedelta(days=(reference.weekday() - weekday - 1) % 7 + 1)
        elif on_or_after and _PAST_TENSE.search(text) is not None:
            # "merkte man an diesem Mittwoch nichts": a report's "this Wednesday" has passed
            day = reference - timedelta(days=(reference.weekday() - weekday) % 7)
        else:
            day = _weekday_from(reference, weekday, strictly_after=not on_or_after)
    end = None
    if match["until"] is not None:
        end = _weekday_from(day, WEEKDAYS[match["until"].lower()], strictly_after=True)
    times = find_times(_blank(text, [match.span()]))
    if times is not None:
        return _with_times(day, end, times)
    return When(day.isoformat(), end.isoformat() if end else None, True, "day")


# "Vernissage ist am Samstag", "Aufbau ist am Sonnabend um 15 Uhr": with no date in the text, a
# weekday after "am"/"on" is the coming one (a news text's reader's reading) — not "am Dienstag
# vor dem Flohmarkt" (counted from something else), not a closing day.
_AM_WEEKDAY = re.compile(
    # "am Sonntagnachmittag": a weekday with its part of the day
    # "the market will open Saturday", "opens Saturday": an English verb before the bare weekday
    # "… from 9 a.m. to 1 p.m. Saturday at …": the weekday right after an English clock
    # "The members preview is Saturday", "… 9 to 10:30 Saturday morning": English "is"/"are" or
    # a clock's minutes right before it
    # "the post will be hosting a dance Saturday": the verb's object between it and the weekday
    r"(?:\b(?:am|on|will\s+(?:be\s+)?[a-z]+(?:\s+(?:a|an|the|its|their)(?:\s+[a-z'-]+){1,3}?)?"
    r"|opens|begins|starts|(?-i:is|are))|(?<=[ap]\.m\.)"
    r"|(?<=\d[ap]m)|(?<=\d:\d\d))"
    r"\s+(?P<wd>" + _WEEKDAY_FULL_ALT + r")(?:vormittag|nachmittag|abend|morgen|mittag)?"
    r"(?!\w)(?!\s+(?:vor|nach|before|after)\b)"
    # the weekday of a date written after it ("closes on Sunday, March 8") is that date's
    r"(?![\s,.]*(?:den\s+|dem\s+|the\s+)?(?:\d|(?:" + _MONTH_ALT + r")\b))",
    _FLAGS,
)
# "bvitg-Transfer-Standard (A. Kassner, Do 11 Uhr)": a weekday with a clock right after it.
# "Der Samstag beginnt um 18 Uhr mit …", "Montag und Dienstag sind im Rathaus … beschäftigt": a
# weekday (or two) as the sentence's subject, its verb in the present: the coming one(s).
_SUBJECT_WEEKDAY = re.compile(
    r"^\s*(?:der\s+)?(?P<wd>"
    + _WEEKDAY_FULL_ALT
    + r")(?:\s+(?:und|bis)\s+(?P<wd2>"
    + _WEEKDAY_FULL_ALT
    + r"))?\s+(?:beginnt|beginnen|startet|starten|ist|sind|bleibt|bleiben|steht|stehen)\b",
    _FLAGS,
)
_WEEKDAY_CLOCK = re.compile(
    # ("Dienstag 16:30 bis 18:30 Uhr Bonnstraße 32": a clock range with one "Uhr")
    r"(?<![\w.-])(?P<wd>" + _WD_ALT + r")\.?,?\s+(?:um\s+)?(?=\d{1,2}(?:[:.]\d{2})?\s*"
    r"(?:(?:-|bis)\s*\d{1,2}(?:[:.]\d{2})?\s*)?(?:uhr|h|[ap]\.?m)\b)",
    _FLAGS,
)
_NOT_ONE_DAY = re.compile(
    r"geschlossen|closed|ruhetag|öffnungszeit|opening\s+hours|sprechzeit|sprechstunde"
    # "einmal im Monat einen Gottesdienst am Freitagabend": one Friday a month, which one unsaid
    r"|\b(?:einmal|1\s?x)\s+(?:im\s+monat|monatlich|pro\s+monat)|\bonce\s+(?:a|per|each)\s+month",
    _FLAGS,
)
# "am Freitag, den Vortag des Festes", "Freitag, der Tag vor dem Dorffest": a weekday named as the
# day before or after another event whose day the text does not give: no day of its own.
_COUNTED_FROM_AFTER = re.compile(
    r"\s*,?\s*(?:(?:den|der|dem|the)\s+)?(?:Vortag|Vorabend|Folgetag|Tag\s+(?:vor|nach)|day\s+(?:before|after))\b",
    _FLAGS,
)
_NOT_ONE_DAY_BEFORE = re.compile(
    r"(?:\b(?:jeweils|immer|nur|außer|ausser|except|every|each|bis|until)|-)\s*$", _FLAGS
)
# A sentence told in the past ("Am Samstag fand … statt"): the weekday before the page's day.
_PAST_TENSE = re.compile(
    r"\b(?:fand|fanden|war|waren|wurde|wurden|hatte|hatten|kam|kamen|traf|trafen|begann|begannen"
    r"|gab|ging|gingen|feierte|feierten|besuchte|besuchten|startete|starteten|endete|endeten"
    # "merkte man an diesem Mittwoch nichts": a report's verbs of noticing and saying
    r"|merkte|merkten|sah|sahen|sagte|sagten|konnte|konnten|durfte|durften|saß|saßen"
    # "übernahm sie im Juni 2025 … die Leitung": a biography's verbs
    r"|übernahm|übernahmen|leitete|leiteten|gründete|gründeten|erhielt|erhielten|wechselte"
    r"|wechselten|zog|zogen"
    # "Am Samstag bot das Wetter … gute Bedingungen, doch abends regnete es wieder"
    r"|bot|boten|regnete|lief|liefen|zeigte|zeigten|spielte|spielten|lockte|lockten|öffnete"
    r"|öffneten"
    # "Der Stammtisch hat ab März 2020 nur unregelmäßig stattgefunden": the perfect of taking place
    r"|stattgefunden"
    r"|was|were|took|met)\b",
    _FLAGS,
)
_WEEKDAY_CLOCK_MAX_LENGTH = 80
_CLOCK_WORDS = ("uhr", "pm", "am", "p.m", "a.m")
# "Am Freitag reisten die Oldtimerbegeisterten … an": more verbs of a day's report (asked only
# of a bare weekday: the long alternation above runs for every text).
_REPORT_VERBS = re.compile(
    r"\b(?:reiste|reisten|fuhr|fuhren|brachte|brachten|stellte|stellten|trat|traten|sang|sangen"
    r"|nahm|nahmen|hielt|hielten|erlebte|erlebten|verbrachte|verbrachten|genoss|genossen)\b",
    _FLAGS,
)
# "wo seit der frenetisch bejubelten Premiere am Samstag … zu sehen ist": since a weekday, so it
# has passed.
_SINCE_BEFORE = re.compile(r"\b(?:seit|since)\b[^.!?;]{0,60}$", _FLAGS)


def _parse_bare_weekday(text: str, reference: date) -> When | None:
    """A weekday without a date ("am Samstag", "Do 11 Uhr"): the next such day on or after the
    reference, the last one before it when the sentence is told in the past; None when the text
    says a closing day, opening hours, a deadline or a day counted from something else."""
    lowered = lowered_for_cues(text)
    match = None
    if has_any(
        lowered,
        ("am ", "on ", "will ", "opens ", "begins ", "starts ", "m. ", "pm ", "is ", "are ", ":"),
    ) and has_any(lowered, _WEEKDAY_PIECES):
        match = _AM_WEEKDAY.search(text)
    # ("Lecture: “How We Got To Pluto” Friday 7:30 pm": an English clock as well)
    if match is None and len(text) <= _WEEKDAY_CLOCK_MAX_LENGTH and has_any(lowered, _CLOCK_WORDS):
        match = _WEEKDAY_CLOCK.search(text)
        if match is not None and not match["wd"][0].isupper():
            match = None  # "so 11 Uhr" is no Sunday
    if match is None and text.lstrip()[:1] in "DMFSdmfs":
        subject = _SUBJECT_WEEKDAY.match(text)
        if subject is not None and subject["wd"][0].isupper():
            return _subject_weekdays(text, subject, reference)
    if (
        match is None
        or _NOT_ONE_DAY.search(text)
        or _NOT_ONE_DAY_BEFORE.search(text[: match.start()])
        or _COUNTED_FROM_AFTER.match(text, match.end())
    ):
        return None
    if role_of_date(text[: match.start()], text[match.end() :]) is not None:
        return None
    weekday = WEEKDAY_ABBREVIATIONS[match["wd"].lower()]
    if (
        _PAST_TENSE.search(text) is not None
        or _REPORT_VERBS.search(text) is not None
        or _SINCE_BEFORE.search(text, 0, match.start()) is not None
    ):
        day = reference - timedelta(days=(reference.weekday() - weekday - 1) % 7 + 1)
    else:
        day = _weekday_from(reference, weekday, strictly_after=False)
    times = find_times(_blank(text, [match.span()]))
    return _with_times(day, None, times) if times is not None else _whole_day(day)


def _subject_weekdays(text: str, subject: re.Match[str], reference: date) -> When | None:
    """The coming weekday a sentence is about (its verb, right after it, is in the present: a
    past clause later in the sentence does not move it back)."""
    if _NOT_ONE_DAY.search(text) or role_of_date(text[: subject.start()], text[subject.end() :]):
        return None  # "Sonntag ist Ruhetag": every Sunday's closing
    day = _weekday_from(
        reference, WEEKDAY_ABBREVIATIONS[subject["wd"].lower()], strictly_after=False
    )
    last = None
    if subject["wd2"]:
        last = _weekday_from(
            day, WEEKDAY_ABBREVIATIONS[subject["wd2"].lower()], strictly_after=True
        )
    times = find_times(_blank(text, [subject.span()]))
    if times is not None and last is None:
        return _with_times(day, None, times)
    if last is None:
        return _whole_day(day)
    return When(day.isoformat(), last.isoformat(), True, "day")


def _confirmed_relative(text: str, today: date) -> re.Match[str] | None:
    for match in _RELATIVE_CONFIRMED.finditer(text):
        offset = RELATIVE_DAYS.get(match["rel"].lower(), 0)
        if (today + timedelta(days=offset)).day == int(match["d"]):
            return match
    return None


def _weekday_from(day: date, weekday: int, *, strictly_after: bool) -> date:
    ahead = (weekday - day.weekday()) % 7
    return day + timedelta(days=ahead or (7 if strictly_after else 0))


# "Heutige Kreistagssitzung: Bericht aus …": a headline opening with the adjective.
_RELATIVE_HEADLINE = re.compile(r"^\s*(?P<rel>heutige|morgige)[nrs]?\s+(?-i:[A-ZÄÖÜ])", _FLAGS)


def _parse_relative(text: str, today: date) -> When | None:
    match = _RELATIVE_ADJECTIVE.search(text) if "igen" in text else None
    if match is None and "ige" in text[:12]:
        headline = _RELATIVE_HEADLINE.match(text)
        if headline is not None:
            day = today + timedelta(days=RELATIVE_ADJECTIVES[headline["rel"].lower() + "n"])
            times = find_times(_blank(text, [headline.span()]))
            return _with_times(day, None, times) if times is not None else _whole_day(day)
    if match is not None:
        # "Um 18 Uhr beginnt am morgigen Sonntag …": the clock may stand before the day
        word = match["rel"].lower()
        day = today + timedelta(days=RELATIVE_ADJECTIVES[word])
        times = find_times(_blank(text, [match.span()]))
        return _with_times(day, None, times) if times is not None else _whole_day(day)
    if len(text) <= _RELATIVE_MAX_LENGTH:
        match = _RELATIVE.match(text) or _RELATIVE_TIMED.search(text) or _RELATIVE_IS.search(text)
    if match is None and has_any(lowered_for_cues(text), _RELATIVE_PIECES):
        # "Heute ab 19 Uhr lädt …": a text opening with the word and a time, in any length;
        # "morgen (22.) um 17 Uhr": the bracketed day confirms the word
        text = text.lstrip()
        match = (
            _RELATIVE_TIMED.match(text)
            or _RELATIVE_OPENING.match(text)
            or _RELATIVE_IS_WEEKDAY.search(text)
        )
        if match is None:
            match = _RELATIVE_CLOCK_INSIDE.search(text)
        if match is None and "(" in text:
            match = _confirmed_relative(text, today)
        if match is None:
            before = _CLOCK_THEN_RELATIVE.search(text)
            if before is not None:
                day = today + timedelta(days=RELATIVE_DAYS.get(before["rel"].lower(), 0))
                times = find_times(text[: before.start("rel")])
                return _with_times(day, None, times) if times is not None else _whole_day(day)
    if match is None:
        return None
    word = match["rel"].lower()
    day = today + timedelta(days=RELATIVE_DAYS.get(word, RELATIVE_ADJECTIVES.get(word, 0)))
    times = find_times(text[match.end() :])
    if times is not None and times[1] is None and "bis " in text:
        # "Heute um 16:00 Uhr startet … das Kulturspektakel … bis Sonntag Abend": it runs until
        # that weekday (a whole day's end, as "bis Sonntag nachmittag" after a date)
        until = _UNTIL_WEEKDAY_AFTER.search(text, match.end())
        if until is not None:
            last = _weekday_from(day, WEEKDAYS[until["wd"].lower()], strictly_after=True)
            return _with_times(day, last, times)
    return _with_times(day, None, times) if times is not None else _whole_day(day)


_UNTIL_WEEKDAY_AFTER = re.compile(
    r"\bbis\s+(?:zum\s+)?(?P<wd>" + _WEEKDAY_FULL_ALT + r")"
    r"(?:\s*(?:abend|nachmittag|mittag|vormittag))?\b(?!\s*,?\s*(?:den\s+|dem\s+)?\d)",
    _FLAGS,
)

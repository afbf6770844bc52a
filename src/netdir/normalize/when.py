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

This module tries the rules in that order and reads day-level dates; the other rules live beside
it: ``when_clean`` (the text made readable first), ``when_iso``, ``when_mentions`` (where a text
names days), ``when_history`` and ``when_feast_days`` (days that are not the event's, holidays
named as days), ``when_nth``, ``when_relative``, ``when_rules`` (a rule's next day), on the value
and shared steps of ``when_value`` and the pattern pieces of ``when_grammar``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from itertools import pairwise

from netdir.normalize.when_clean import clean_date_text
from netdir.normalize.when_context import PageYear, stated_year
from netdir.normalize.when_feast_days import (
    advent_weekend_when,
    separate_feasts,
    with_feasts,
    year_of_feast,
)
from netdir.normalize.when_feasts import (
    ADVENT_WEEKEND_HINTS,
    find_feasts,
)
from netdir.normalize.when_grammar import (
    CONNECTOR,
    DAY_NUMBER,
    END_LABEL,
    FLAGS,
    MONTH_ALT,
    MONTHLY_BYDAY,
    PAST_TENSE,
    WD_ALT,
    WEEKDAY_FULL_ALT,
)
from netdir.normalize.when_history import (
    from_next_meeting,
    is_old_date,
    moved_onto,
    opens_a_report,
    opens_with_dateline,
    without_history,
)
from netdir.normalize.when_iso import parse_iso
from netdir.normalize.when_lists import day_list, first_pair
from netdir.normalize.when_mentions import Mention, Skipped, checked, find_mentions, weekday_beside
from netdir.normalize.when_notices import is_notice
from netdir.normalize.when_nth import parse_nth_weekday
from netdir.normalize.when_order import (
    looks_english,
)
from netdir.normalize.when_periods import find_period, month_end
from netdir.normalize.when_recurrence import (
    find_recurrence,
)
from netdir.normalize.when_relative import (
    parse_bare_weekday,
    parse_relative,
    parse_relative_weekday,
    weekday_from,
)
from netdir.normalize.when_roles import (
    DEADLINE,
    PUBLISHED,
)
from netdir.normalize.when_rules import month_excepted, next_day_of_rule, recurring
from netdir.normalize.when_semesters import semester_as_period
from netdir.normalize.when_times import (
    clock,
    clock12,
    find_times,
)
from netdir.normalize.when_value import (
    BERLIN,
    NOTHING,
    When,
    blank,
    infer_year,
    safe_date,
    with_times,
    year_matching_weekday,
)
from netdir.normalize.when_words import (
    MONTHS,
    WEEKDAYS,
    has_any,
    lowered_for_cues,
)
from netdir.normalize.when_zone import utc_clocks_as_written

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
    + END_LABEL
    + r")\s*(?:(?:"
    + WD_ALT
    + r")\.?,?\s*)?$",
    FLAGS,
)
# A closing sentence about other years: "In 2021 and 2022 it moves back to …", "Ab 2021 findet es
# wieder am letzten Samstag im September statt."
_OTHER_YEARS_AFTER = re.compile(
    r"(?<=[.!?])\s+(?:In|Ab|From|Starting\s+in|Beginning\s+in)\s+(?:dem\s+Jahr\s+)?(?:19|20)\d{2}"
    r"(?:\s*(?:,|and|und|&|bis|to|-)\s*(?:19|20)\d{2})*\b[^.!?]*[.!?]?\s*$"
)
_YEAR_NUMBER = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# "between July 3rd 1800Z and July 5th 2359Z": "between" a day with its clock and another.
_TIMED_AND = re.compile(
    r"^\s*[,-]?\s*(?:um\s+|at\s+|@\s*)?"
    + _CLOCK
    + r"\s*(?:Z|UTC|GMT)?\s*(?:and|und)(?:\s+(?:dem|the))?\s*$",
    FLAGS,
)
_LEADING_TIME = re.compile(r"^\s*[,-]?\s*(?:um\s+|bis\s+|at\s+|@\s*)?" + _CLOCK, FLAGS)
# "12.–14. März", "Vom 18. bis zum 20.", "Sa 13. und So 14. August", "From 18 to 19 March".
# "11., 12. und 13. Oktober": a comma joins days only after a day's dot ("Nr. 5, 12. März" no).
_DAY_JOIN = r"(?:(?:st|nd|rd|th)?\.?\s*(?:-|bis(?:\s+(?:zum|am|voraussichtlich|vorerst))?|to|until|through|/|\+|und|and|&|sowie|als\s+auch)|\.\s*,)\s*"
_HOLIDAY_IS = re.compile(
    r"\b(?:day|tag)\s+(?:is|ist)\s+(?:(?:" + WD_ALT + r")\.?,?\s*)?(?:der\s+|the\s+)?$", FLAGS
)
# "am Wochenende vom 21. zum 23. Oktober": "zum" joins a few following days too.
_OVERNIGHT_BEFORE = re.compile(r"\bvom\s+(?P<d>\d{1,2})\.\s*(?:auf\s+den|(?P<zum>zum))\s+$", FLAGS)
# "vom 12. auf den 19. Mai verschoben": a move from one day to another, no period.
_MOVED_AFTER = re.compile(r"^[^.!?;]{0,60}?\b(?:verschoben|verlegt|vorverlegt)\b", FLAGS)
_BARE_DAY_BEFORE = re.compile(
    r"(?<![\d.:])(?P<d>\d{1,2})" + _DAY_JOIN + r"(?:\d{1,2}" + _DAY_JOIN + r"){0,5}"
    r"(?:(?:am|an|on)\s+)?(?:(?:" + WD_ALT + r")\.?,?\s*)?(?:(?:the|den|dem|der)\s+)?$",
    FLAGS,
)  # "13./14./15. März", "am Samstag, den 20. und Sonntag, den 21. April": the chain's first
# ("Sowohl am Samstag, den 16. als auch am Sonntag, den 17. Juni")
# ("im November der 7. und der 21. November")
# "Am Sonntag, 7. April, beginnt die Saison … Dort endet sie auch am 13. Oktober": the second
# date, right after a verb of ending, is the end (when the first is the start: "beginnt").
_ENDS_ON = re.compile(
    r"\b(?:beginnt|begins|starts|startet|opens|eröffnet)\b[^\n]*\b(?:endet|enden|ends|closes)\b"
    # ("endet am Sonntag-Nachmittag (29. Oktober)": a part of the day, the day in brackets)
    r"(?:\s+[^\W\d]+){0,3}?\s+(?:am|on)\s+(?:(?:" + WD_ALT + r")"
    r"(?:-(?:vormittag|nachmittag|mittag|morgen|abend))?\.?,?\s*)?\(?\s*$",
    FLAGS,
)
# School holidays named without their days: a weekly rule inside them has no next day to give.
# ("auch in den Ferien", "also during the summer break": the rule goes on through them; "immer
# dienstags außer in den Ferien", "except during the summer break": the rule skips them).
_IN_HOLIDAYS = re.compile(
    r"\bferienwochen?\b|(?<!auch\s)(?<!nicht\s)(?<!außer\s)(?<!ausser\s)\b(?:in|während)\s+(?:den|der)\s+"
    r"(?:sommer|oster|herbst|winter|pfingst|weihnachts|faschings)?ferien\b"
    r"|(?<!also\s)(?<!even\s)(?<!except\s)\bduring\s+(?:the\s+)?"
    r"(?:summer|school|spring|winter)\s+(?:holidays?|break|vacation)\b",
    FLAGS,
)
_CLAUSE_AFTER = re.compile(r"[^.!?;]{0,60}")
# Words of calling off or suspending: "bis Ende Mai" beside them is how long nothing is offered.
_CALLED_OFF = re.compile(
    # "Unser Übungs- und Ausbildungsdienst ruht bis Mitte Mai": a service paused
    r"\b(?:abzusagen|absagen|abgesagt|aussetzen|auszusetzen|ausgesetzt|entfallen|entfällt"
    r"|ruht|ruhen|pausiert|pausieren"
    r"|fallen\s+(?:\w+\s+){0,3}?aus|fällt\s+(?:\w+\s+){0,3}?aus|cancel(?:l?ed|ling|s)?|suspend(?:ed|s)?)\b",
    FLAGS,
)
_UNTIL_MONTH_END = re.compile(
    r"\b(?:bis|until|through)\s+(?:zum\s+|zur\s+|the\s+)?(?:ende|end)\s+(?:of\s+)?(?P<mn>"
    + MONTH_ALT
    + r")\b\.?(?:\s+(?P<y>\d{4})\b)?(?!\.?\s*\d)",
    FLAGS,
)
_UNTIL_YEAR_END = re.compile(
    r"\b(?:bis|until|through)\s+(?:zum\s+|to\s+)?(?:ende\s+(?:des|dieses)\s+jahres|jahresende"
    r"|(?:the\s+)?end\s+of\s+(?:the|this)\s+year)\b",
    FLAGS,
)
_UNTIL_MONTH_PART = re.compile(
    r"\b(?:bis|until)\s+(?:zum\s+|zur\s+)?(?:anfang|mitte|beginning\s+of|middle\s+of|mid-?)\s*(?:"
    + MONTH_ALT
    + r")\b",
    FLAGS,
)
# "there will be no meeting in August 2023", "keine Sitzung im August": a month named as having
# none (only where the text names no day: "no meeting in August; next on September 12" keeps it).
_NO_MEETING_IN = re.compile(
    r"\b(?:no|keine?n?)\s+(?:[\w-]+\s+){0,2}?(?:meetings?|sessions?|sitzung(?:en)?|programs?"
    r"|programm|classes|treffen|proben?)\s+(?:in|im|during|for|diesen|this)\b",
    FLAGS,
)
# "in den Tagen zwischen 24. und 27.12.": the days between two days are a period.
_BETWEEN_BEFORE = re.compile(r"\b(?:zwischen|between)\s+(?:dem\s+|the\s+)?$", FLAGS)
_RANGE_WORD = re.compile(r"-|/|\bbis\b|\bto\b|\buntil\b|\bthrough\b", FLAGS)
# "bis 30.11.2026" alone: the end of something that runs already (or a deadline).
_UNTIL_BEFORE = re.compile(
    r"(?:^|\b)(?:bis|until|till|through|(?P<verb>(?:closes|ends|endet)\s+(?=on\b|am\b)))\s*(?:zum\s+|am\s+|on\s+|einschließlich\s+"
    # "bis zum Ende der Sommerferien am 10. September": a named end, then its day
    r"|(?:zum|zur)\s+(?:[^\W\d]+\s+){1,4}?am\s+)?(?:(?:" + WD_ALT + r")\.?,?\s*(?:(?:den|dem|d\.)\s*)?)?$",
    FLAGS,
)  # fmt: skip
# "vom 27.7 — 9.8.20": a day and month without the closing dot, before a range's end date.
_MOVED_HINT = re.compile(
    r"verschoben|verschieben|verlegt|ursprünglich|eigentlich\s+(?:am|für|war)|verschiebung|anstelle"
    r"|anstatt|postponed|rescheduled|originally|previously",
    FLAGS,
)
_CALLED_OFF_NOW = re.compile(
    r"\b(?:entfällt|entfallen|fällt\s+(?:\w+\s+){0,3}?aus|abgesagt|cancel(?:l?ed))\b", FLAGS
)
_MOVED_VERB = re.compile(
    r"verschoben|verschieben|verlegt|verlegen|postponed|rescheduled|moved|nachgeholt", FLAGS
)
# "muss jetzt bis 25. Oktober 2020 warten": the day waited for is the event's, not an end.
_WAIT_AFTER = re.compile(r"^\s*(?:[^\W\d]+\s+){0,2}?(?:warten|gedulden)\b", FLAGS)
# "wird am 29. November nachgeholt", "… auf den 2. Oktober verschoben": a make-up day lies ahead.
_AHEAD_AFTER = re.compile(r"^\s*(?:[^\W\d]+\s+){0,3}?(?:nachgeholt|verschoben|verlegt)\b", FLAGS)
# "am Vorabend des 1. Mai", "am Vortag zum 1. Advent": the day before the named one.
_EVE_BEFORE = re.compile(r"\b(?:Vorabend|Vortag)\s+(?:des|vom|zum)\s+$", FLAGS)
# "2025 | 25. Oktober - 2. November |": a table row whose first cell is the year of its days.
_LEADING_YEAR = re.compile(r"^\s*(?P<y>(?:19|20)\d{2})\s*[|:]")
_BARE_DAY_MONTH_BEFORE = re.compile(
    r"(?<![\d.:])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.?\s*(?:-|bis(?:\s+zum)?)\s*$", FLAGS
)


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
    return utc_clocks_as_written(text, _parse_when(text, today, page_date, day_first, year))


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
    clean = clean_date_text(text)
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
        # (``when_lists.parse_when_list`` gives every day) — unless the first two days follow
        # each other: "Am 31.07. und 1.08. sowie am 7.08. und 8.08." starts with a weekend.
        clean = _first_weekend(clean, listed, page_date or today, day_first) or clean_date_text(
            listed[0]
        )
    reference = page_date or today
    if ("In " in clean or "Ab " in clean or "From " in clean) and (
        other := _OTHER_YEARS_AFTER.search(clean)
    ) is not None:
        # "Hamfest is September 19th, 2020. In 2021 and 2022 it moves back to the last Saturday
        # of September.": this year's day, then the rule of other years (their days are not this
        # one's)
        said = {int(year) for year in _YEAR_NUMBER.findall(clean[: other.start()])}
        if said and not said & {int(year) for year in _YEAR_NUMBER.findall(other[0])}:
            clean = clean[: other.start()].rstrip()
    if "eit " in clean or "ince " in clean:
        clean = without_history(clean, reference)
    if "chste" in clean or "next" in clean:
        clean = from_next_meeting(clean)
    # A year the page's context states fills in every missing year (``when_context``); relative
    # words still count from the page's day.
    dated = PageYear(year) if year is not None and 1 < year < 9999 else reference
    recurrence = find_recurrence(clean)
    if (
        recurrence is not None
        and recurrence.rule.startswith(MONTHLY_BYDAY)
        and _EXCEPTED_HINT.search(clean, recurrence.end) is not None
        and month_excepted(clean[recurrence.end :], None, today) is not None
    ):
        # "on the last Saturday of the month (… and December when it's on the last Saturday
        # before Christmas)": the feast is the rule's exception, not a first day beside it
        return next_day_of_rule(clean, recurrence, today)
    if ("ab " in clean or "Ab " in clean) and _ALLOWED_FROM.search(clean) is not None:
        # "ab Mittwoch, den 16.12.2020 bis vorläufig 10.1.2021 die Nutzung der Arbeitsplätze
        # nicht mehr gestattet": what is allowed from a day on is a rule, no offering's day
        return NOTHING
    if ("taken" in clean or "accepted" in clean or "received" in clean) and _REQUEST_WINDOW.search(
        clean
    ) is not None:
        # "Requests will be taken Monday, April 11 – Friday, May 13": when requests or
        # applications are accepted is no offering's day (as the day sign-up opens)
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
        parse_iso(clean) or parse_nth_weekday(clean, dated) or _parse_days(clean, dated, day_first)
    )
    if found is None and has_any(clean.lower(), ADVENT_WEEKEND_HINTS):
        found = advent_weekend_when(clean, dated)
    if is_notice(clean):
        # "kann diese Dinge vom 11. bis 26. November dienstags … abgeben", "Alle diese Daten
        # werden nach dem 30.06.2018 gelöscht": a notice, no offering's days (``when_notices``;
        # a deadline read in it stays reported)
        if found is None:
            return NOTHING
        return replace(NOTHING, deadline=found.deadline, published=found.published)
    if found is not None and found.start is None and found.end is not None and not recurrence:
        # "Vernissage ist am Samstag, geöffnet ist die Ausstellung bis 6. Mai": the run's start
        opening = parse_bare_weekday(clean, reference)
        if opening is not None and opening.start is not None and opening.start[:10] < found.end:
            return When(opening.start, found.end, opening.all_day, opening.precision)
    if (
        found is not None
        and recurrence is not None
        and found.start is not None
        and found.start[:10] < reference.isoformat()
        and PAST_TENSE.search(clean) is not None
    ):
        # "Am 12. September fand wie jedes Jahr ein Sommerfest … statt": this year's, told
        # afterwards (the custom is said in passing; the day reported is the one that was)
        return found
    if found is not None and recurrence is not None and found.start is None and found.end is None:
        # "aber am 16.11. nicht können: Immer montags von 15 bis 17 Uhr …": the only date was
        # skipped (a day one cannot come, a deadline); the rule's next day is the offering's
        return replace(
            next_day_of_rule(clean, recurrence, today),
            deadline=found.deadline,
            published=found.published,
        )
    if found is not None:
        return recurring(found, recurrence, today) if recurrence else _with_length(found, clean)
    if recurrence is not None:
        if ("erien" in clean or "olida" in clean or "reak" in clean) and _IN_HOLIDAYS.search(
            clean
        ) is not None:
            # "Montags bis Freitags von 8.00 bis 16.00 Uhr (voraussichtlich 2. und 3.
            # Ferienwoche)": weekdays of school holidays whose days the text does not give
            return NOTHING
        return next_day_of_rule(clean, recurrence, today)
    relative = parse_relative(clean, reference)  # "heute" is the page's day when it has one
    if relative is None:
        relative = parse_relative_weekday(clean, reference)
    if relative is None:
        relative = parse_bare_weekday(clean, reference)
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
    if (
        period is not None
        and ("after" in clean or "nach" in clean)
        and _AFTER_MONTH_END.search(clean)
    ):
        # "… disable the DNSCrypt endpoints … after the end of February 2026": what happens some
        # time after a month names no day of it
        return NOTHING
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
        if last < reference and PAST_TENSE.search(clean) is not None:
            # "This was started … in September 2011 and continued until February 2022": a
            # month told in the past is history, as a yearless one ("Im Juni fand … statt")
            return NOTHING
        return When(first.isoformat(), last.isoformat(), True, precision)
    return NOTHING


# A text's foreword or greeting dated by its month; opening hours that apply from a month on.
_WRITTEN_IN = re.compile(
    r"\b(?:im|in\s+(?:der|dem|ihrem|seinem|seiner))\s+(?:vorwort|nachwort|geleitwort|grußwort"
    r"|einleitung)\b",
    FLAGS,
)
_HOURS_APPLY = re.compile(
    r"\bab\s+(?:dem\s+|der\s+)?[^.!?;]{0,30}?\b(?:gilt|gelten)\b[^.!?;]{0,60}?"
    r"\b(?:öffnungs|sprech|service)zeit",
    FLAGS,
)
_REQUEST_WINDOW = re.compile(
    r"\b(?:requests|applications|orders|reservations|registrations|submissions|nominations)\s+"
    r"(?:will\s+be|are|can\s+be|may\s+be)\s+(?:taken|accepted|received)\b",
    FLAGS,
)
_AFTER_MONTH_END = re.compile(
    r"\b(?:after\s+the\s+end\s+of|nach\s+(?:dem\s+)?ende\s+(?:des\s+)?)\s*(?:" + MONTH_ALT + r")\b",
    FLAGS,
)
_ALLOWED_FROM = re.compile(
    r"\bab\s+(?:(?!\.\s+(?-i:[A-ZÄÖÜ]))[^!?;]){1,140}?\b(?:nicht\s+mehr\s+|wieder\s+|nur\s+noch\s+)?"
    r"(?:gestattet|erlaubt|zulässig|untersagt|verboten)\b",
    FLAGS,
)
_RESUMED_FROM = re.compile(
    r"\bab\s+(?:\d\.|(?!\.\s+(?-i:[A-ZÄÖÜ]))[^!?;]){1,80}?\bwieder\b(?:[^.!?;]|\.(?=\S)){0,100}?"
    r"\b(?:stattfinden|durchgeführt\s+werden|angeboten\s+werden|öffnen|geöffnet\s+werden)\s+"
    r"(?:dürfen|darf|können|kann)\b"
    # "Ab 6. September finden wieder Gottesdienste statt"
    r"|\bab\s+(?:\d\.|(?!\.\s+(?-i:[A-ZÄÖÜ]))[^!?;]){1,80}?\b(?:finden|findet)\s+(?:[^\W\d]+\s+){0,3}?"
    r"wieder\b(?:[^.!?;]|\.(?=\S)){0,100}?\bstatt\b"
    r"|\breopen(?:s|ing)?\b[^.!?;]{0,80}?\b(?:on|from|starting)\s",
    FLAGS,
)
_USUAL_HOURS_FROM = re.compile(
    r"\bab\s+[^.!?;]{0,40}?\b(?:zu\s+den\s+|mit\s+den\s+)?(?:gewohnten|üblichen|regulären"
    r"|normalen|bisherigen)\s+(?:öffnungs|sprech|service|ausleih)zeiten\b",
    FLAGS,
)
# "11. Januar 2019, 07:09 Uhr Beim …": a full date opening the text, its clock, then a capital.
_SAVED_STAMP = re.compile(
    r"(?P<day>\d{1,2}\.\s?(?:\d{1,2}\.\s?|(?:" + MONTH_ALT + r")\.?\s+)(?:19|20)\d{2})"
    r"\s*,?\s*(?:um\s+)?\d{1,2}:(?P<mi>\d{2})\s*(?:uhr\b)?[\s|:–-]*(?=(?-i:[A-ZÄÖÜ])|[„“\"»])",
    FLAGS,
)
_OPENING_QUOTES = frozenset('„“"»')
# "Geplant sei, frühestens Ende Mai mit dem Baden loszulegen": the earliest (or latest) a month
# may see it, no day set.
_HEDGED_MONTH = re.compile(
    r"\b(?:frühestens|spätestens|not\s+before|no\s+earlier\s+than)\s+(?:im\s+|in\s+)?"
    r"(?:(?:ende|anfang|mitte|beginn|end\s+of|early|late|mid-?)\s+)?(?:" + MONTH_ALT + r")\b",
    FLAGS,
)
# "Die konkrete Einladung wird im Oktober 2017 an Sie versandt": the month a letter is sent is
# no event's.
_SENT_OUT = re.compile(
    r"\b(?:einladung(?:en)?|unterlagen|schreiben|brief|rundbrief|newsletter|programmheft|bescheide?"
    r"|rechnung(?:en)?)\b[^.!?;]{0,80}?\b(?:versandt|versendet|verschickt|zugeschickt|zugesandt"
    r"|zugestellt|verteilt)\b",
    FLAGS,
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


def _first_weekend(
    clean: str, listed: list[str], reference: date, day_first: bool | None
) -> str | None:
    """The list's first two days as one text when they follow each other (see ``first_pair``)."""
    # ("am Montag, 22. Dezember und am Dienstag, 23. Dezember, jeweils von 15 bis 19.30 Uhr":
    # two following days listed with "jeweils" are one period too, as "am Samstag, den 20. und
    # Sonntag, den 21. März jeweils von 10 bis 17 Uhr")
    pair = first_pair(clean)
    if pair is None:
        return None
    first = _parse_days(clean_date_text(listed[0]), reference, day_first)
    second = _parse_days(clean_date_text(listed[1]), reference, day_first)
    if first is None or second is None or first.start is None or second.start is None:
        return None
    following = date.fromisoformat(first.start[:10]) + timedelta(days=1)
    return clean_date_text(pair) if second.start[:10] == following.isoformat() else None


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


# "Dem Grunde nach gelten über Weihnachten und Neujahr die Regelungen … des Lockdowns": the
# holidays a rule holds over are no event's days ("Über Weihnachten bleibt das Rathaus
# geschlossen" has no such verb and keeps its days).
_RULES_HOLD = re.compile(
    r"\b(?:gilt|gelten)\b[^.!?;]{0,80}?\b(?:regel(?:n|ung|ungen)|bestimmungen|einschränkungen"
    r"|vorschriften|maßnahmen|verordnung(?:en)?|beschränkungen)\b",
    FLAGS,
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
    mentions, skipped = find_mentions(text, day_first, reference)
    feasts = find_feasts(text, lowered_for_cues(text))
    if feasts and ("gilt" in text or "gelten" in text) and _RULES_HOLD.search(text):
        feasts = []  # "gelten über Weihnachten und Neujahr die Regelungen …": no event's days
    mentions = with_feasts(text, mentions, reference, feasts) if feasts else mentions
    if len(mentions) > 1 and ("ay is" in text or "ag ist" in text):
        # "Veterans' Day is Friday, November 11, and we are inviting … on Sunday, November 13":
        # a holiday's own date, said before the event's
        named = [m for m in mentions if _HOLIDAY_IS.search(text, max(0, m.start - 40), m.start)]
        if named and len(named) < len(mentions):
            mentions = [m for m in mentions if m not in named]
    named = mentions
    moved = [i for i, m in enumerate(mentions) if i and moved_onto(text, m)]
    if moved:
        # "Sa, 28.01.2023 | Abgesagt … Neuer Termin ist der 22. April 2023!": the new day wins.
        mentions = mentions[moved[0] :]
    if mentions and _MOVED_HINT.search(text):
        # "vom 26. April auf den Herbst verlegt", "(ursprünglich sollte es am 13. März
        # stattfinden)": the old day is no longer the event's when another day is named;
        # "am Pfingstmontag wird auf das kommende Jahr verschoben": nor when none is.
        current = [m for m in mentions if not is_old_date(text, m)]
        # ("Die ursprünglich für den 17.10. geplante Bürgerrunde entfällt": called off, not
        # moved, it keeps its day as every called-off meeting)
        # (a decision "… beschlossen, die ursprünglich für den 21. Januar geplante Versammlung
        # abzusagen" reports the board's day: round 33)
        called_off = _CALLED_OFF_NOW.search(text) is not None and _MOVED_VERB.search(text) is None
        mentions = current if current or (len(mentions) == 1 and not called_off) else mentions
    if len(mentions) > 1 and "?" in text and _asked_then_invited(text, mentions):
        # "Du interessierst dich für die Versammlung am 25.05. …? … willkommen zu unserem
        # Info-Abend am 15.05. um 19.00 Uhr": the day a question names is what the later
        # sentence's own timed day is about
        mentions = mentions[1:]
    if opens_with_dateline(text, mentions, reference) or opens_a_report(text, mentions):
        skipped = [Skipped(mentions[0], PUBLISHED), *skipped]
        mentions = mentions[1:]
    if not mentions:
        return _skipped_only(skipped, reference) if skipped else None
    first = mentions[0]
    # A day given up before it ("postponed from October 1st to October 15th") is no bare start.
    floor = max((m.end for m in named if m.end <= first.start and m not in mentions), default=0)
    start_day, start_month, start_year = first.day, first.month, first.year
    end_mention: Mention | None = None
    if first.end_day is not None:
        end_mention = Mention(first.start, first.end, first.end_day, first.month, first.year)
    elif (
        len(mentions) > 1
        and not separate_feasts(text, first, mentions[1])
        and (
            CONNECTOR.match(text[first.end : mentions[1].start])
            or _TIMED_CONNECTOR.match(text[first.end : mentions[1].start])
            or _ENDS_ON.search(text[: mentions[1].start])
            or _clock_each_day(text, first, mentions[1])
            or (
                _TIMED_AND.match(text[first.end : mentions[1].start])
                and _BETWEEN_BEFORE.search(text[: first.start])
            )
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
    clocked_pair = False
    if (
        end_mention is None
        and first.end_day is None
        and len(mentions) == 2
        and _CLOCKED_AND_DAY_GAP.match(text, first.end, mentions[1].start)
        and _A_CLOCK.search(text, first.end, mentions[1].start)
        and _following_days(first, mentions[1], reference)
    ):
        # "am 01. Juni … ab 16:00 Uhr oder am 02. Juni ab 11:00 Uhr bis 18:00 Uhr": two following
        # days, each with its hours, are a period from the first day's clock to the second's end
        end_mention, clocked_pair = mentions[1], True
    if end_mention is None and first.end_day is None and len(mentions) > 1:
        end_mention = _later_end(text, first, mentions[1:], reference)
        if end_mention is not None and start_year is None and end_mention.year is not None:
            start_year = end_mention.year  # "15.03. (Master) | 18. - 22.03.2024"
    bare = _BARE_DAY_BEFORE.search(text, floor, first.start)
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
            return _skipped_only([*skipped, Skipped(first, DEADLINE)], reference, latest=True)
        clause = _CLAUSE_AFTER.match(text, first.end)
        if clause is not None and _CALLED_OFF.search(clause[0]) is not None:
            # "alle Gottesdienste bis einschließlich 10. Januar absagen": how long nothing takes
            # place (as "vorerst bis Ende Mai, absagen"), no run's end
            return None
        return _end_only(first, reference)
    elif bare is None and end_mention is None and first.year is not None:
        day_month = _BARE_DAY_MONTH_BEFORE.search(text[: first.start])
        if day_month is not None and checked(
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
            and PAST_TENSE.search(text)
            and (this_year := safe_date(reference.year, start_month, start_day)) is not None
            and this_year <= reference
        ):
            # "Da in diesem Jahr die Wanderung am 1. Mai ausgefallen war" (read in November):
            # this year's day, told afterwards ("Am Neujahrstag ist dieses Jahr kein Gottesdienst
            # - wir begrüßen das neue Jahr am 3. Januar", read in December, is the coming one)
            start_year = reference.year
        if _AHEAD_AFTER.match(text[first.end : first.end + 60]):
            start_year = _year_ahead(start_year, start_month, start_day, reference)
        if (
            ("ahres" in text or "year" in text)
            and _OF_THIS_YEAR_AFTER.match(text[first.end : first.end + 30])
        ) or ("iesjährig" in text and _THIS_YEARS_BEFORE.search(text, 0, first.start)):
            # "Am 19. und 20. Oktober diesen Jahres findet … statt" read in January: the year
            # is said, whichever day is nearer
            start_year = reference.year
        weekday = weekday_beside(text, first.start if bare is None else bare.start(), first.end)
        if weekday is not None and stated_year(reference) is None:
            # (a year the page states wins: "Do. 06. Januar" in a 2023 programme is a typo)
            start_year = year_matching_weekday(start_year, start_month, start_day, weekday)
        elif feasts and first.feast is None:
            # "09. Mai Kita geschlossen, Auffahrt": the feast named beside a day says its year.
            start_year = year_of_feast(feasts, start_year, start_month, start_day)
    start = (
        first.feast(start_year)
        if first.feast is not None and bare is None
        else safe_date(start_year, start_month, start_day)
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
        and PAST_TENSE.search(text) is None
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
        end = safe_date(end_year, end_mention.month, end_mention.day)
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
    times = find_times(blank(text, used), english=day_first is False or looks_english(text))
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
    if clocked_pair and end_mention is not None:
        first_day = find_times(text[first.end : end_mention.start])
        second = find_times(text[end_mention.end :])
        if first_day is not None and second is not None:
            times = (first_day[0], second[1])
    if times is not None:
        return with_times(start, end, times)
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
    FLAGS,
)
_LAST_YEAR = re.compile(
    r"\b(?:im\s+vorjahr|im\s+vergangenen\s+jahr|im\s+letzten\s+jahr|letztes\s+jahr|last\s+year)\b",
    FLAGS,
)
_AFTER_THING = re.compile(r"\b(?:nach|after)\s+(?:[^\W\d]+\s+){1,3}$", FLAGS)
# "19. und 20. Oktober diesen Jahres", "October 19 of this year": the year said right after the day.
_OF_THIS_YEAR_AFTER = re.compile(
    r"^\s*,?\s*(?:(?:diesen|dieses)\s+jahres|(?:of\s+)?this\s+year)\b", FLAGS
)
# "Infos über diesjährige Kulturtage … von 24. Okt. bis 10. November": this year's.
_THIS_YEARS_BEFORE = re.compile(r"\bdiesjährige[nmrs]?\b[^.!?;]{0,60}$", FLAGS)
_THIS_YEAR = re.compile(r"\b(?:in\s+diesem\s+jahr|dieses\s+jahr|heuer|this\s+year)\b", FLAGS)
_A_CLOCK = re.compile(r"\d:\d\d|\d\s*(?:uhr|[ap]\.?m)\b", FLAGS)  # a number that is a clock
# The first day's hours, then "und"/"oder"/"sowie" and the second day: " im laufe des Abends ab
# 16:00 Uhr oder am ", " von 10 bis 18 Uhr und am " (a few words may stand before the clock).
_CLOCKED_AND_DAY_GAP = re.compile(
    r"[\s,]*(?:[^\W\d]+\s+){0,4}?(?:von|ab|um|from|at)?\s*\d{1,2}(?:[:.]\d{2})?\s*"
    r"(?:uhr|[ap]\.?m\.?)?(?:\s*(?:-|bis|to|until)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:uhr|[ap]\.?m\.?)?)?"
    r"[\s,]*(?:und|oder|sowie|and|or|&)\s+(?:am|on)\s+(?:(?:" + WD_ALT + r")\.?,?\s*)?"
    r"(?:den\s+|dem\s+|the\s+)?$",
    FLAGS,
)
_AND_DAY_GAP = re.compile(
    r"^[\s,)]*(?:und|and|&)\s+(?:am\s+|on\s+)?(?:(?:" + WD_ALT + r")\.?,?\s*)?"
    r"(?:den\s+|dem\s+|the\s+)?\(?\s*$",
    FLAGS,
)


# "O-Phase: 15.03. (Master) | 18. - 22.03.2024 (Bachelor + Master)", "14.03.2025 (Master) &
# 17.03. - 21.03.2025": one group's first day, a note on whom it is for, then everyone's period.
_NOTE_THEN_PERIOD = re.compile(
    r"\s*\([^()\d]{1,40}\)\s*[&|+]\s*(?P<bare>(?:0?[1-9]|[12]\d|3[01])\.\s*[-–]\s*)?$"
)
_DASH_ONLY = re.compile(r"\s*[-–]\s*$")  # (match() from a position: no "^")
#: How many days may lie between a group's own first day and the end of the period after it.
_NOTE_SPAN = 14


def _later_end(text: str, first: Mention, later: list[Mention], reference: date) -> Mention | None:
    """The end of a period a text names after its first day, or None: the period that follows a
    day and a note on whom it is for, or the day after "endet am" when the text begins with
    "beginnt" ("beginnt am 23.09.2022 (Master) bzw. 26.09.2022 und endet am 29.09.2022": the
    second start is another group's)."""
    note = _NOTE_THEN_PERIOD.match(text, first.end, later[0].start)
    end: Mention | None = None
    if note is not None:
        if note["bare"]:
            end = later[0]
        elif len(later) > 1 and _DASH_ONLY.match(text, later[0].end, later[1].start):
            end = later[1]
        if end is not None:
            year = end.year if end.year is not None else reference.year
            start_year = first.year if first.year is not None else year
            if (first.month, first.day) > (end.month, end.day) and first.year is None:
                start_year -= 1
            try:
                days = (
                    date(year, end.month, end.day) - date(start_year, first.month, first.day)
                ).days
            except ValueError:
                return None
            return end if 0 < days <= _NOTE_SPAN else None
    if len(later) > 1 and ("endet" in text or "ends" in text):
        for mention in later[1:]:
            if _ENDS_ON.search(text[: mention.start]):
                return mention
    return None


# A question's end between two days; a clock right after the later day ("am 15.05. um 19.00 Uhr").
_QUESTION_END = re.compile(r"\?\s")
_CLOCK_RIGHT_AFTER = re.compile(
    r"\s*,?\s*(?:um|ab|von)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:uhr\b|h\b)", FLAGS
)


def _asked_then_invited(text: str, mentions: list[Mention]) -> bool:
    """Whether the first day is named in a question and a later sentence names a day of its own
    with its clock right after it (the question's day is not that sentence's event)."""
    first, second = mentions[0], mentions[1]
    return (
        _QUESTION_END.search(text, first.end, second.start) is not None
        and _A_CLOCK.search(text, 0, first.start) is None
        and _A_CLOCK.search(text, first.end, second.start) is None
        and _CLOCK_RIGHT_AFTER.match(text, second.end) is not None
    )


def _following_days(first: Mention, second: Mention, reference: date) -> bool:
    if first.feast is not None and second.feast is not None:
        # "am Pfingstmontag und -dienstag": two feasts on following days are a period
        year = infer_year(first.month, first.day, reference)
        return (second.feast(year) - first.feast(year)).days == 1
    if second.feast is not None:
        return False
    year = first.year or second.year or infer_year(first.month, first.day, reference)
    start = safe_date(year, first.month, first.day)
    following = safe_date(second.year or year, second.month, second.day)
    if start is not None and following is not None and following < start and second.year is None:
        following = safe_date(year + 1, second.month, second.day)
    return start is not None and following is not None and (following - start).days == 1


# "Am Freitag, dem 8. November geht es los um 18:00 Uhr und dann durchgehend bis Sonntag
# nachmittag": a weekday without a date after the start's day closes the run.
_UNTIL_WEEKDAY = re.compile(
    r"\b(?:bis|until|through)\s+(?:zum\s+|einschließlich\s+)?(?P<wd>" + WEEKDAY_FULL_ALT + r")"
    r"(?:nachmittag|abend|mittag|vormittag)?(?!\w)(?!\s*,?\s*(?:den\s+|dem\s+|the\s+)?\d)",
    FLAGS,
)


def _until_weekday(after: str, start: date) -> date | None:
    match = _UNTIL_WEEKDAY.search(after)
    if match is None or _SIGNUP_BEFORE.search(after, 0, match.start()) is not None:
        return None  # ("Kurs am 5. März, Anmeldung bis Sonntag": the sign-up's last day)
    weekday = WEEKDAYS[match["wd"].lower()]
    last = weekday_from(start, weekday, strictly_after=True)
    return last if (last - start).days <= 6 else None


# ("Um eine kurze Rückmeldung bis Samstagmittag per Mail wird gebeten": a reply's last day)
_SIGNUP_BEFORE = re.compile(r"anmeld|registr|buchung|buchen|regist|sign|rückmeld", FLAGS)


def _until_month_end(after: str, start: date) -> date | None:
    """ "Ab 23. Mai findet bis Ende Oktober sonntags … statt": the named month's last day."""
    match = _UNTIL_MONTH_END.search(after) if "nde" in after or "end" in after else None
    if match is None:
        return None
    month = MONTHS[match["mn"].lower()]
    year = int(match["y"]) if match["y"] else start.year + (month < start.month)
    last = month_end(year, month)
    return last if last > start else None


def _separate_days(bare: re.Match[str], last: Mention) -> bool:
    """Days sharing one month word, joined by "und"/","/"&" (no range word), that do not follow
    each other: "am 24. und 26. Dezember", "3., 10. und 17. März"; or a day before such a
    period: "24. sowie 27. bis 30. Dezember" (the first day alone is the start)."""
    chain = bare.group(0)
    days = [int(day) for day in DAY_NUMBER.findall(chain)] + [last.day]
    if _RANGE_WORD.search(chain):
        numbers = list(DAY_NUMBER.finditer(chain))
        if len(numbers) < 2:
            return False
        first_join = chain[numbers[0].end() : numbers[1].start()]
        return _RANGE_WORD.search(first_join) is None and days[1] != days[0] + 1
    return not all(
        later == earlier + 1 or (later == 1 and earlier >= 28)  # "30. und 1. Dezember"
        for earlier, later in pairwise(days)
    )


def _period_before_and(bare: re.Match[str], last: Mention) -> Mention:
    """The end of a period whose days share the month word with a separate later day: "vom 2.
    bis 4. und 8. Mai" is 2 to 4 May (the 8th is one more day, not the period's end), and so is
    "1. bis 3. und 5. bis 7. Mai" 1 to 3 May."""
    chain = bare.group(0)
    numbers = list(DAY_NUMBER.finditer(chain))
    if len(numbers) < 2:
        return last
    first_join = chain[numbers[0].end() : numbers[1].start()]
    rest = chain[numbers[1].end() : numbers[2].start() if len(numbers) > 2 else len(chain)]
    if _RANGE_WORD.search(first_join) is None or _RANGE_WORD.search(rest) is not None:
        return last
    if int(numbers[1].group(0)) <= int(numbers[0].group(0)):
        return last
    return replace(last, day=int(numbers[1].group(0)), end_day=None)


def _skipped_only(skipped: list[Skipped], reference: date, *, latest: bool = False) -> When:
    """A text whose only dates are deadlines or stamps: no event day, the dates reported (the
    first of each kind, or the ``latest`` when a deadline was extended)."""
    roles: dict[str, str] = {}
    for item in skipped:
        mention = item.mention
        year = mention.year or infer_year(mention.month, mention.day, reference)
        day = safe_date(year, mention.month, mention.day)
        if day is not None and (latest or item.role not in roles):
            roles[item.role] = day.isoformat()
    return When(deadline=roles.get(DEADLINE), published=roles.get(PUBLISHED))


def _end_only(mention: Mention, reference: date) -> When | None:
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
        end = safe_date(year, mention.month, mention.day)
    return When(None, end.isoformat(), True, "day") if end is not None else None


def _year_ahead(year: int, month: int, day: int, reference: date) -> int:
    """``year``, or the next one when that day would lie before the reference."""
    found = safe_date(year, month, day)
    return year + 1 if found is not None and found < reference else year


def _paired_times(text: str, first: Mention, last: Mention) -> tuple[time, time] | None:
    """ "27.03.2027 23:00 – 28.03.2027 01:00": a time right after each of the two dates;
    "from 7 p.m. Dec. 31 to 7 a.m. Jan. 1": a time right before each."""
    gap = text[first.end : last.start]
    between = _TIMED_CONNECTOR.match(gap) or _TIMED_AND.match(gap)
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
    FLAGS,
)
_TWO_CLOCKS_BETWEEN = re.compile(
    r"^\s*,?\s*(?:at\s+|@\s*)?(?P<h>\d{1,2})(?::(?P<mi>\d{2}))?\s*(?P<ap>[ap]\.?m\.?)"
    r"\s*(?:-|to|until|till)\s*(?P<h2>\d{1,2})(?::(?P<mi2>\d{2}))?\s*(?P<ap2>[ap]\.?m\.?)"
    r"\s*,?\s*(?:on\s+)?$",
    FLAGS,
)
_CLOCK_BETWEEN_DAYS = re.compile(
    r"^\s*,?\s*(?:-|to|until|till|bis)\s*(?P<h>\d{1,2})(?::(?P<mi>\d{2}))?\s*"
    r"(?:(?P<ap>[ap]\.?m\.?)|uhr)(?P<ap2>)\s*,?\s*(?:on\s+|am\s+)?$",
    FLAGS,
)


def _clock_each_day(text: str, first: Mention, second: Mention) -> bool:
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


_EXCEPTED_HINT = re.compile(r"\b(?:except|außer|ausser|ausgenommen|bis\s+auf)\b", FLAGS)

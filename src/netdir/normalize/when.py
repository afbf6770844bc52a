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

This module tries the rules in that order; ``when_days`` reads day-level dates (``when_pairs``:
how two of a text's day mentions join); the other rules live beside it: ``when_clean`` (the text made readable first), ``when_iso``, ``when_mentions`` (where a text
names days), ``when_history`` and ``when_feast_days`` (days that are not the event's, holidays
named as days), ``when_nth``, ``when_relative``, ``when_rules`` (a rule's next day), on the value
and shared steps of ``when_value`` and the pattern pieces of ``when_grammar``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from netdir import lazy_re
from netdir.normalize.when_acquisitions import is_new_stock_label
from netdir.normalize.when_agency_datelines import agency_dateline
from netdir.normalize.when_also_next_day import with_also_next_day
from netdir.normalize.when_alternate_weekdays import is_alternating_rule
from netdir.normalize.when_always_open import is_always_open
from netdir.normalize.when_asked_days import names_no_day_set
from netdir.normalize.when_bank_holidays import with_bank_holiday_dated
from netdir.normalize.when_bare_ordinal import with_coming_month
from netdir.normalize.when_beside import without_aside_days
from netdir.normalize.when_bylines import is_byline
from netdir.normalize.when_cell_day import with_last_cell_day
from netdir.normalize.when_cell_span import is_from_to_row
from netdir.normalize.when_clean import clean_date_text
from netdir.normalize.when_closed_months import closed_months
from netdir.normalize.when_completion import without_completion_days
from netdir.normalize.when_context import SPAN_AHEAD, PageYear, heading_span, heading_year
from netdir.normalize.when_course_slots import SLOT_HINTS, term_is_over
from netdir.normalize.when_days import (
    CALLED_OFF,
    parse_days,
)
from netdir.normalize.when_document_days import document_day
from netdir.normalize.when_done import without_done_days
from netdir.normalize.when_during_opening_hours import without_opening_hours_aside
from netdir.normalize.when_embed_bylines import is_embed_byline
from netdir.normalize.when_end_day_clock import with_end_day_clock
from netdir.normalize.when_end_label_range import with_end_label_range
from netdir.normalize.when_end_weekday_clock import with_end_after_its_weekday
from netdir.normalize.when_every_day import daily_if_every_weekday
from netdir.normalize.when_feast_days import (
    advent_weekend_when,
)
from netdir.normalize.when_feast_told_day import feast_held_on_told_day
from netdir.normalize.when_feast_weekends import feast_weekend, holiday_long_weekend
from netdir.normalize.when_feasts import (
    ADVENT_WEEKEND_HINTS,
    find_feasts,
)
from netdir.normalize.when_following_days import without_following_days_hours
from netdir.normalize.when_former_customs import (
    is_former_custom,
    is_former_weekly_habit,
    is_past_years_habit,
)
from netdir.normalize.when_from_day_weekday import from_day_then_weekday
from netdir.normalize.when_from_month import from_month_cell, month_start
from netdir.normalize.when_from_today import from_today_dated
from netdir.normalize.when_grammar import (
    FLAGS,
    MONTH_ALT,
    MONTHLY_BYDAY,
    PAST_TENSE,
)
from netdir.normalize.when_heading_spans import body_span_closing_heading
from netdir.normalize.when_history import (
    from_next_meeting,
    without_history,
)
from netdir.normalize.when_history_months import month_of_history
from netdir.normalize.when_hit_counters import HIT_HINTS, without_hit_lines
from netdir.normalize.when_holding_start import without_holding_starts
from netdir.normalize.when_hopes import without_hoped_times
from netdir.normalize.when_hour_cells import joined_hour_cells
from netdir.normalize.when_iso import iso_stamp_blanked, parse_iso
from netdir.normalize.when_iso_datelines import iso_dateline, iso_log_line
from netdir.normalize.when_job_offers import takes_up_a_post
from netdir.normalize.when_last_entry import without_last_entry_clock
from netdir.normalize.when_later_ranges import with_later_ranges
from netdir.normalize.when_line_clock import with_line_clock
from netdir.normalize.when_lists import day_list, first_pair
from netdir.normalize.when_month_asides import month_beside_no_event
from netdir.normalize.when_month_before import with_month_before
from netdir.normalize.when_month_parts import vague_month_part_in_prose
from netdir.normalize.when_month_rows import with_month_heading
from netdir.normalize.when_moved_clock import new_clock_only
from netdir.normalize.when_negated_period import negated_period
from netdir.normalize.when_news_month_label import is_news_month_label
from netdir.normalize.when_next_weekday_hours import with_next_weekday_hours
from netdir.normalize.when_night_clock import night_clock_moved
from netdir.normalize.when_notices import is_notice
from netdir.normalize.when_nth import parse_nth_weekday
from netdir.normalize.when_occasional_days import without_occasional_weekdays
from netdir.normalize.when_open_then_closed import closure_after_opening
from netdir.normalize.when_opening_weekdays import names_opening_weekdays
from netdir.normalize.when_pairs import (
    UNTIL_MONTH_END,
)
from netdir.normalize.when_past_month_label import past_month_label
from netdir.normalize.when_period_dot import closed_period_end
from netdir.normalize.when_periods import find_period, month_end
from netdir.normalize.when_press_stamps import press_stamp
from netdir.normalize.when_preview_year import (
    announced_year,
    invited_year,
    lies_ahead_in,
    new_year_typed_old,
    preview_year,
    report_year,
)
from netdir.normalize.when_prices import is_price_tier
from netdir.normalize.when_put_off import is_put_off_unset
from netdir.normalize.when_record_days import is_record_day
from netdir.normalize.when_recurrence import (
    find_recurrence,
)
from netdir.normalize.when_regulations import is_regulation_from, is_rule_period
from netdir.normalize.when_relative import (
    parse_bare_weekday,
    parse_relative,
    parse_relative_weekday,
)
from netdir.normalize.when_releases import is_release
from netdir.normalize.when_resumed import resumed_part
from netdir.normalize.when_roles import (
    DEADLINE,
    PUBLISHED,
)
from netdir.normalize.when_round_the_clock import round_the_clock
from netdir.normalize.when_row_markers import is_empty_row, is_task_end_row
from netdir.normalize.when_rule_counts import makes_no_schedule
from netdir.normalize.when_rules import (
    in_the_rules_weekday_year,
    month_excepted,
    next_day_of_rule,
    recurring,
)
from netdir.normalize.when_season_contrast import without_contrasted_seasons
from netdir.normalize.when_season_hours import with_season_hours
from netdir.normalize.when_semesters import semester_as_period
from netdir.normalize.when_span_day_hours import with_last_day_hours
from netdir.normalize.when_this_month import with_this_month
from netdir.normalize.when_today_slips import coming_weekday_over_a_slip, today_over_a_slip
from netdir.normalize.when_typed_old_year import (
    year_named_later,
    year_typed_early,
    years_slipped,
    years_slipped_ahead,
)
from netdir.normalize.when_ultimatum import is_ultimatum
from netdir.normalize.when_value import (
    NOTHING,
    When,
    infer_year,
    shifted_by,
)
from netdir.normalize.when_week_heading import week_heading, within_week
from netdir.normalize.when_week_parity import in_week_parity
from netdir.normalize.when_weekday_day import nth_weekday_of_this_month, weekday_with_day
from netdir.normalize.when_weekday_headings import weekday_heading_told
from netdir.normalize.when_weekday_hour_list import with_last_weekday_hours
from netdir.normalize.when_weekday_nights import weekday_course, weekday_night
from netdir.normalize.when_weekday_own_hours import next_of_hours_rows, weekdays_with_own_hours
from netdir.normalize.when_weekend_from_day import weekend_from_its_day
from netdir.normalize.when_words import (
    MONTHS,
    has_any,
)
from netdir.normalize.when_year_before import with_year_before
from netdir.normalize.when_zone import utc_clocks_as_written

# A closing sentence about other years: "In 2021 and 2022 it moves back to …", "Ab 2021 findet es
# wieder am letzten Samstag im September statt."
_OTHER_YEARS_AFTER = lazy_re.compile(
    r"(?<=[.!?])\s+(?:In|Ab|From|Starting\s+in|Beginning\s+in)\s+(?:dem\s+Jahr\s+)?(?:19|20)\d{2}"
    r"(?:\s*(?:,|and|und|&|bis|to|-)\s*(?:19|20)\d{2})*\b[^.!?]*[.!?]?\s*$"
)
_YEAR_NUMBER = lazy_re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# School holidays named without their days: a weekly rule inside them has no next day to give.
# ("auch in den Ferien", "also during the summer break": the rule goes on through them; "immer
# dienstags außer in den Ferien", "except during the summer break": the rule skips them).
_IN_HOLIDAYS = lazy_re.compile(
    r"\bferienwochen?\b|(?<!auch\s)(?<!nicht\s)(?<!außer\s)(?<!ausser\s)\b(?:in|während)\s+(?:den|der)\s+"
    r"(?:sommer|oster|herbst|winter|pfingst|weihnachts|faschings)?ferien\b"
    r"|(?<!also\s)(?<!even\s)(?<!except\s)\bduring\s+(?:the\s+)?"
    r"(?:summer|school|spring|winter)\s+(?:holidays?|break|vacation)\b",
    FLAGS,
)
# „In den NRW und Rheinland-Pfalz Schulferien bieten wir … an. Täglich von 8:00 bis 17:30 Uhr.“
# (round 318): school holidays, their states named first, lead the text and the hours after them
# are theirs. Named after a rule's hours („Wir proben jeden Mittwoch, 19:30 bis 21:30 Uhr …
# Während der Schulferien in NRW finden Proben nur nach Absprache statt.“, round 89) they are an
# exception to it, so only holidays before the first clock count.
_IN_SCHOOL_HOLIDAYS = lazy_re.compile(
    r"(?<!auch\s)(?<!nicht\s)(?<!außer\s)(?<!ausser\s)\b(?:in|während)\s+(?:den|der)\s+"
    r"(?:[\w-]+\s+){0,4}?schulferien\b",
    FLAGS,
)
_FIRST_CLOCK = lazy_re.compile(r"\b\d{1,2}(?:[:.][0-5]\d\b|\s*uhr\b)", FLAGS)
# „der während der Schulzeit jeden Freitag von 14 bis 18 Uhr und während dreier Wochen in den
# Sommerferien … stattfindet“ (round 278): a rule of the school term, the holidays' weeks added to
# it — its next day is a term's.
_IN_SCHOOL_TERM = lazy_re.compile(r"\b(?:während|in|außerhalb)\s+der\s+schulzeit\b", FLAGS)
_UNTIL_YEAR_END = lazy_re.compile(
    r"\b(?:bis|until|through)\s+(?:zum\s+|to\s+)?(?:ende\s+(?:des|dieses)\s+jahres|jahresende"
    r"|(?:the\s+)?end\s+of\s+(?:the|this)\s+year)\b",
    FLAGS,
)
_UNTIL_MONTH_PART = lazy_re.compile(
    r"\b(?:bis|until)\s+(?:zum\s+|zur\s+)?(?:anfang|mitte|beginning\s+of|middle\s+of|mid-?)\s*(?:"
    + MONTH_ALT
    + r")\b",
    FLAGS,
)
# "there will be no meeting in August 2023", "keine Sitzung im August": a month named as having
# none (only where the text names no day: "no meeting in August; next on September 12" keeps it).
_NO_MEETING_IN = lazy_re.compile(
    r"\b(?:no|keine?n?)\s+(?:[\w-]+\s+){0,2}?(?:meetings?|sessions?|sitzung(?:en)?|programs?"
    r"|programm|classes|treffen|proben?)\s+(?:in|im|during|for|diesen|this)\b",
    FLAGS,
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
    return _remembered_parse(text, today, page_date, day_first, year)


#: How many texts ``parse_when`` remembers: a page's extractors ask about the same texts again
#: (a row's text, then its cells, then the record's when; 72 % of the calls on every third
#: corpus page repeated an earlier one), and a page has rarely more than a few thousand.
_PARSES_REMEMBERED = 8192


@lru_cache(maxsize=_PARSES_REMEMBERED)
def _remembered_parse(
    text: str, today: date, page_date: date | None, day_first: bool | None, year: int | None
) -> When:
    """``parse_when``'s answer, remembered: it depends on its arguments only, and ``When`` is
    frozen, so the answer can be handed out again."""
    found = _parse_when(text, today, page_date, day_first, year)
    if " | " in text and found.start is not None:
        # „2.10.2011 - Burggrabenklamm | Wir haben das Wochenende 1./2. Oktober … verbracht.“
        found = body_span_closing_heading(
            text, found, lambda body: _remembered_parse(body, today, page_date, day_first, year)
        )
    if "eiertag" in text:
        # „Letzten Donnerstag war Feiertag …, darum haben wir das verlängerte Wochenende …“
        found = holiday_long_weekend(text, found)
    if is_byline(text, found.start, page_date or today) or (
        found.start is not None and is_embed_byline(text)
    ):
        # „Justizministerium, 4. Mai 2017“ under a quotation, „— Chaostreff Flensburg
        # (@chaos_fl) 3. September 2018“ under an embedded tweet: who wrote it and when
        return replace(NOTHING, published=found.start)
    if year is None and found.start is not None:
        found = _in_preview_year(text, found, today, page_date, day_first)
    if new_year_typed_old(text, found.start, page_date or today) or (
        year is None
        and (
            year_typed_early(text, found.start, page_date or today)
            or year_named_later(text, found.start, page_date or today)
        )
    ):
        # „Neu ab dem 11.01.2017 | Im neuen Jahr …“ in December, „am Freitag, den 25.01.2012“ in
        # January 2013 (a Friday in 2013): last year's figure typed again
        found = _year_later(found)
    elif year is None and (slipped := years_slipped(text, found.start, page_date or today)):
        # „am Freitag, 08.11.14“ in October 2024 (a Friday in 2024): a year a figure off
        found = _year_later(found, slipped)
    elif year is None and (ahead := years_slipped_ahead(text, found.start, page_date or today)):
        # „Am Mittwochabend (18.6.26) … wurden wir … alarmiert“ in June 2025: a report's year a
        # figure ahead
        found = _year_later(found, ahead)
    found = in_week_parity(text, found)
    found = weekend_from_its_day(text, found)  # „Am Wochenende vom 9.8.2014 …“: Saturday, Sunday
    found = with_end_day_clock(text, found)
    found = with_end_after_its_weekday(text, found)  # „Sa 16:00 bis Sa 23:00 Uhr“: 23:00
    found = with_end_label_range(
        text, found
    )  # „Ende: 12.10.2024, 10:00 - 12:00 Uhr“: 12:00  # „… Abschluss …: Sonntag um 20 Uhr“: the end's clock
    found = with_later_ranges(text, found)
    found = with_also_next_day(text, found)  # „… jeweils von 14 bis 17 Uhr …, ebenso am Sonntag, …“
    found = with_last_weekday_hours(text, found)  # „Mi: 18:00 - 21:30 Uhr … Fr: 9:30 - 13:00“
    found = night_clock_moved(text, found)  # „Nacht vom 22. auf 23. April … gegen 2:00 Uhr“
    found = today_over_a_slip(text, found, page_date)  # „heute (Mittwoch, 20.04.2020)“ in May
    # „am kommenden Samstag (1.1.2020)“ in late February: the coming Saturday
    found = coming_weekday_over_a_slip(text, found, page_date or today)
    found = daily_if_every_weekday(found)  # „montags bis sonntags ab 19 Uhr“: FREQ=DAILY
    found = without_last_entry_clock(text, found)  # „… an Fronleichnam … Letzte Einfahrt … 17 Uhr“
    return utc_clocks_as_written(text, found)


def _school_holidays_lead(clean: str) -> bool:
    """Whether school holidays named without their days come before the text's first clock
    (``_IN_SCHOOL_HOLIDAYS``): the hours after them are the holidays'."""
    if "chulferien" not in clean:
        return False
    holidays = _IN_SCHOOL_HOLIDAYS.search(clean)
    clock = _FIRST_CLOCK.search(clean)
    return holidays is not None and (clock is None or holidays.end() <= clock.start())


def _year_later(found: When, years: int = 1) -> When:
    """``found`` with its start and end ``years`` later (its UTC offset the same: the same
    month and day)."""

    def later(value: str | None) -> str | None:
        return value if value is None else f"{int(value[:4]) + years:04d}{value[4:]}"

    return replace(found, start=later(found.start), end=later(found.end))


def _in_preview_year(
    text: str, found: When, today: date, page_date: date | None, day_first: bool | None
) -> When:
    """``found`` read again in the one year the text states, when the nearest year put its
    yearless start in the past and that year puts it ahead (``when_preview_year``)."""
    reference = page_date or today
    start = found.start or ""
    if len(start) < 10 or start[:4] in text:
        return found
    told = report_year(text, reference)
    if told is not None:
        # „… fand … der Florianitag 2008 statt“: a report's yearless day in the year it names
        again = _parse_when(text, today, page_date, day_first, told)
        return again if (again.start or "")[:4] == str(told) else found
    if date.fromisoformat(start[:10]) >= reference:
        return found
    stated = (
        preview_year(text, reference)
        or invited_year(text, start)
        or announced_year(text, start, reference)
    )
    if stated is None:
        return found
    again = _parse_when(text, today, page_date, day_first, stated)
    return again if lies_ahead_in(stated, again.start, reference) else found


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
_PLACEHOLDER_DATE = lazy_re.compile(
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
    if "-" in clean and (
        "ubli" in clean
        or "ost" in clean
        or "ffentl" in clean
        or "ktual" in clean
        or "rstellt" in clean
        or "pdated" in clean
    ):
        clean = iso_stamp_blanked(clean)  # „Published 2019-02-28 11:56 | … am 02.03.2019 …“
    if ("x" in clean or "X" in clean or "/" in clean or "." in clean) and _PLACEHOLDER_DATE.search(
        clean
    ):
        return NOTHING
    if is_price_tier(clean):
        return NOTHING  # "Frühbucherrabatt bis 1.Mai: 35 Euro": a price's last or first day
    clean = without_occasional_weekdays(clean)  # „freitags … (und machmal samstags)“: Fridays
    if names_no_day_set(clean):
        return NOTHING  # „Silvester ist immer eine Zäsur …“, „Am Sonntag? Vor allen?“
    if is_record_day(clean):
        return NOTHING  # „Stand: Januar 2016“, „… hat am 20.05.2021 folgende Satzung beschlossen:“
    if clean[:1].isalpha() and is_news_month_label(clean, page_date or today):
        return NOTHING  # „Juni 2022 | Druckfrisch sind die Einladungen angeliefert worden.“
    if ("antritt" in clean or "rbeitstag" in clean) and takes_up_a_post(clean):
        return NOTHING  # „… also ist morgen um 8 Uhr dienstantritt“: a first day in a post
    if "verschieben" in clean and is_put_off_unset(clean):
        return NOTHING  # „Leider müssen wir den Talk … heute um 19:00 verschieben“: no new day
    if " | " in clean and (is_empty_row(clean) or is_task_end_row(clean)):
        return NOTHING  # „Sa, 04.04.2020 | n/a“, „Do, 02.07.2020 | Ende der Noteneintragung“
    if "acht " in clean and (night := weekday_night(clean, page_date or today)) is not None:
        return night  # „In der Nacht von Freitag auf Samstag ereignete sich …“ (round 294)
    if "auf" in clean and (course := weekday_course(clean, page_date or today)) is not None:
        return course  # „Im Laufe des Donnerstags wird eine Brandnachschau durchgeführt.“
    if " | " in clean and (week := week_heading(clean)) is not None:
        # "14.10.2024 bis 18.10.2024 | Am Donnerstag fahren …": the Thursday of that week
        weekday = _weekday_in_week(week, today, day_first, year)
        if weekday is not None:
            return weekday
    if any(hint in clean for hint in HIT_HINTS):
        # "Ortsgemeinde 23. November 2023 Zugriffe: 40456 | Für Sonntag, 19. November 2023, …":
        # the post's information line dates the post; the text is read without it
        clean = without_hit_lines(clean)
    if "|" in clean:
        clean = joined_hour_cells(clean)  # "von | bis | Mittwoch | 17:00 | 20:00": 17:00 - 20:00
        clean = with_month_heading(clean)  # "November | 14./15. Heimatabend": 14./15. November
        clean = with_line_clock(clean)  # "Freitag 2.6.2023 ab 17:00 | 18:30 Vortrag": 18:30
        clean = with_last_cell_day(clean)  # "Game over for Predators || 18.6": 18.6.
    if ("esume" in clean or "wieder" in clean or "weiter" in clean or "ontinue" in clean) and (
        resumed := resumed_part(clean)
    ) is not None:
        clean = (
            resumed  # "… will not hold its weekly meeting on …. Weekly meetings will resume on …"
        )
    if "." in clean:
        clean = closed_period_end(clean)  # "(01.10. bis 31.03)", "Donnerstag, der 13.09"
    if " the " in clean:
        clean = with_month_before(clean)  # "March brought … On Monday the 2nd, …": March 2nd
    if "." in clean:
        clean = with_year_before(clean)  # "Im Mai 2017 nahm … teil. Am 25.5. …": 25.5.2017
    if " auf " in clean or "from " in clean or "sondern" in clean:
        clean = new_clock_only(clean)  # "von 09:30 Uhr auf 11:00 Uhr verlegt": the new clock
    # (a teaser's headings may stand before the dateline, so its bracket may come later)
    if "(" in clean[:200] and (dateline := agency_dateline(clean)) is not None:
        # "Regensburg, 21. Mai 2015 (orv) – Regensburg erwartet am 6. Juni …": a press article's
        # dateline dates the writing; the article's days, its weekdays too, count from it
        written = parse_days(dateline[0], page_date or today, day_first)
        if written is not None and written.start is not None:
            told = _parse_when(
                dateline[1], today, date.fromisoformat(written.start[:10]), day_first, year
            )
            return replace(told, published=written.start)
    if ("•" in clean[:60] or "(" in clean[:45]) and (press := press_stamp(clean)) is not None:
        # "ST. GERTRAUDI (2013-05-03) – Im Stoffelhäusl … präsentierte …", "SPORT1 15.01.2025 •
        # 17:10 Uhr Die Handball-WM 2025 beginnt …": the writing's day; the text counts from it
        day = press[0] if press[0][4:5] == "-" else None
        if day is None and (written := parse_days(press[0], page_date or today, day_first)):
            day = written.start
        if day is not None:
            told = _parse_when(press[1], today, date.fromisoformat(day[:10]), day_first, year)
            return replace(told, published=day[:10])
    if clean[4:5] == "-" and (logged := iso_log_line(clean)) is not None:
        return replace(NOTHING, published=logged)  # „2020-03-15, 19:12: Ausdehnung der …“
    if clean[4:5] == "-" and (notice := iso_dateline(clean)) is not None:
        # "2014-06-09: … Prüfungseinsicht Di. 17.6., 10-11": a notice's posting day; its own day,
        # without its year, counts from it (a notice without a day keeps the dateline's reading)
        posted = date.fromisoformat(notice[0])
        told = _parse_when(notice[1], today, posted, day_first, year)
        if told.start is not None:
            return replace(told, published=notice[0])
    stamp = _SAVED_STAMP.match(clean) if clean[:1].isdigit() and ":" in clean[:40] else None
    quoted = stamp is not None and clean[stamp.end() : stamp.end() + 1] in _OPENING_QUOTES
    if stamp is not None and (int(stamp["mi"]) % 5 or quoted):
        # "11. Januar 2019, 07:09 Uhr Beim Orgellunch am kommenden Sonntag um 11.15 Uhr …": a
        # post's stamp (its clock the minute it was saved, no event's round time), then a
        # sentence naming its own day, counted from the stamp's; "11.10.2019 09:20 „Gehen Sie
        # auch …": a press release's stamp before its opening quotation, whatever its minute
        saved = parse_days(stamp["day"], page_date or today, day_first)
        if saved is not None and saved.start is not None:
            posted = date.fromisoformat(saved.start)
            told = _parse_when(clean[stamp.end() :], today, posted, day_first, year)
            if told.start is not None or quoted:
                return replace(told, published=saved.start)
    clean = without_done_days(clean)  # "… konnte bereits gewonnen werden. Somit tritt … am …"
    clean = without_following_days_hours(
        clean
    )  # "… eröffnet und ist an den Folgetagen … 18 bis 22 Uhr"
    if clean[:1] in "NnAaPpZz":
        clean = without_aside_days(clean)  # „Neben den … Landtagswahlen am 08.10.2023 fanden …“
    clean = without_completion_days(clean)  # „… rechnen mit der Fertigstellung im Sommer 2027.“
    clean = without_hoped_times(clean)  # „Die Instrumente könnten schon im Herbst 2023 erklingen“
    clean = without_contrasted_seasons(clean)  # „wie Plätze …, im Sommer, …, im Winter aussehen“
    clean = without_holding_starts(clean)  # „… Infos zur Mitgliedschaft ab Mai 2017“
    if (closure := closure_after_opening(clean)) is not None:
        clean = closure  # "… noch bis 18.06. geöffnet sein und dann vom 19.06. … geschlossen …"
    # (a row's from and to cells are one period, no list: ``when_cell_span``)
    listed = None if "|" in clean and is_from_to_row(clean) else day_list(clean)
    if listed is not None:
        # "31.10.2026 und 28.11.2026": separate days, not a period; the first is the start
        # (``when_lists.parse_when_list`` gives every day) — unless the first two days follow
        # each other: "Am 31.07. und 1.08. sowie am 7.08. und 8.08." starts with a weekend.
        clean = _first_weekend(clean, listed, page_date or today, day_first) or clean_date_text(
            listed[0]
        )
    reference = page_date or today
    if "(" in clean:
        # "17:00 - 18:30 Uhr (Nov - Feb: 16:30 - 18 Uhr)": the hours of the reference's month
        clean = with_season_hours(clean, reference)
    clean = with_this_month(clean, reference)  # "18th this month": the month of reading
    clean = from_today_dated(clean, reference)  # "Ab heute bis 12.3.2020": from the day read
    clean = with_coming_month(clean, reference)  # "on the 16th": its next day of the month
    clean = with_bank_holiday_dated(clean, reference)  # "on Bank Holiday Monday": the next one
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
    if year is None and " | " in clean:
        year = heading_year(clean)  # "Chronik aus dem Jahr 2011 | Am 26. Juni …"
    dated = PageYear(year) if year is not None and 1 < year < 9999 else reference
    span = heading_span(clean) if year is None and " | " in clean else None
    if span is not None and span[0] == reference.year:
        # "Termine zum Schuljahr 2024/2025 | 27.06. | Zeugnisse", read in August 2024: the plan's
        # yearless days lie ahead within the span, not last June
        dated = reference + timedelta(days=SPAN_AHEAD)
    if ("egel" in clean or "ordnung" in clean or "orschrift" in clean) and is_regulation_from(
        clean
    ):
        return (
            NOTHING  # "… sehen … ab 27.12.2021 … geänderte Zugangsregelungen vor": a rule's start
        )
    if _RULE_HINT.search(clean) is not None and is_rule_period(clean):
        # „ab dem 01. Oktober (bis zum 31. März) gelten die folgenden Ruhezeiten:“, „Nur erlaubt
        # von Oktober bis Februar“: a rule's season, no offering's
        return NOTHING
    if "neu" in clean.lower() and is_new_stock_label(clean):
        return NOTHING  # "Im August/September 2016 neu eingestellt...": new books' months
    if ("rschein" in clean or "rschien" in clean or "elease" in clean) and is_release(clean):
        return NOTHING  # "„…“ (Band 3) …erscheint im Mai 2017", "dieses Release am 16.04.2017 zum Stable": a release
    if "ffnungszeit" in clean:
        # „Ab Mittwoch, 12.4.2017 Ausstellung … während der Öffnungszeiten Mittwochs + Freitags
        # 15 – 18:30 Uhr“: the place's hours beside a run's first day are no rule of the run's
        clean = without_opening_hours_aside(clean)
    recurrence = find_recurrence(clean)
    if recurrence is not None and is_always_open(clean):
        return NOTHING  # "… open every day.": a place's standing fact, no schedule (no hours)
    if recurrence is not None and is_alternating_rule(clean):
        # „Findet alle anderthalb Wochen dienstags oder samstags statt“: one of two days, by
        # turns, names no day (``when_alternate_weekdays``)
        return NOTHING
    if recurrence is not None and is_former_weekly_habit(clean):
        return NOTHING  # "eine Gruppe die sich regelmäßig am Freitag Abend traf": a past habit
    if (
        recurrence is not None
        and recurrence.rule.startswith(MONTHLY_BYDAY)
        and _EXCEPTED_HINT.search(clean, recurrence.end) is not None
        and month_excepted(clean[recurrence.end :], None, today) is not None
    ):
        # "on the last Saturday of the month (… and December when it's on the last Saturday
        # before Christmas)": the feast is the rule's exception, not a first day beside it
        return next_day_of_rule(clean, recurrence, today)
    if ("ab " in clean or "Ab " in clean) and (allowed := _ALLOWED_FROM.search(clean)) is not None:
        # "ab Mittwoch, den 16.12.2020 bis vorläufig 10.1.2021 die Nutzung der Arbeitsplätze
        # nicht mehr gestattet": what is allowed from a day on is a rule, no offering's day —
        # but the sentences after it may name the offering's own day and clock („Ab Freitag, den
        # 21.05.21, Außengastronomie ist … wieder gestattet. … Am 21. ab 18h werden wir …“)
        own = _told_after_the_rule(clean[allowed.end() :], today, page_date, day_first, year)
        return own if own is not None else NOTHING
    if ("taken" in clean or "accepted" in clean or "received" in clean) and _REQUEST_WINDOW.search(
        clean
    ) is not None:
        # "Requests will be taken Monday, April 11 – Friday, May 13": when requests or
        # applications are accepted is no offering's day (as the day sign-up opens)
        return NOTHING
    if (
        len(clean) <= _APPLICATION_ROW_LENGTH
        and ("phase" in clean or "zeitraum" in clean or "fenster" in clean)
        and _APPLICATION_PHASE.search(clean) is not None
    ):
        return NOTHING  # „21. Juli – 24. August 2025 | Bewerbungsphase“: an application window
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
    if (
        recurrence is None
        and ("estern" in clean or "verschoben" in clean)
        and find_feasts(clean, clean.lower())
        and (party_day := feast_held_on_told_day(clean, reference)) is not None
    ):
        # „Halloween ist ja erst morgen, aber unsere Halloween Feier war schon gestern“: the
        # party's day, the feast only its theme (``when_feast_told_day``)
        return party_day
    found = parse_iso(clean) or _nth_or_days(clean, dated, day_first)
    if recurrence is not None and found is None and makes_no_schedule(clean):
        return NOTHING  # "Täglich startet jeder Schüler … 4-5 Mal." (``when_rule_counts``)
    if found is None and has_any(clean.lower(), ADVENT_WEEKEND_HINTS):
        found = advent_weekend_when(clean, dated)
    if found is None and "ochenende" in clean:
        found = feast_weekend(clean, dated)  # "am Himmelfahrtswochenende" (``when_feast_weekends``)
    if found is not None and found.start is not None and document_day(clean):
        return replace(NOTHING, published=found.start)  # "2017-01-01 Einladung": the letter's day
    if is_notice(clean) or is_former_custom(clean) or is_past_years_habit(clean, reference):
        # "kann diese Dinge vom 11. bis 26. November dienstags … abgeben", "Alle diese Daten
        # werden nach dem 30.06.2018 gelöscht": a notice, no offering's days (``when_notices``;
        # a deadline read in it stays reported)
        if found is None:
            return NOTHING
        return replace(NOTHING, deadline=found.deadline, published=found.published)
    if (
        found is not None
        and found.start is None
        and found.end is not None
        and not recurrence
        and not names_opening_weekdays(clean)  # „Bis 9.12.2023 | Di/Mi/Do 15:00 – 18:00“
    ):
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
        and _SINCE_THEN.search(clean) is None
    ):
        # "Am 12. September fand wie jedes Jahr ein Sommerfest … statt": this year's, told
        # afterwards (the custom is said in passing; the day reported is the one that was).
        # "Der erste Dienst fand am 09.09.2014 statt. Seitdem kommen alle 14 Tage …": the rule
        # runs on from that day, its next one is the offering's
        return found
    if found is not None and recurrence is not None and found.start is None and found.end is None:
        # "aber am 16.11. nicht können: Immer montags von 15 bis 17 Uhr …": the only date was
        # skipped (a day one cannot come, a deadline); the rule's next day is the offering's
        return replace(
            next_day_of_rule(clean, recurrence, today),
            deadline=found.deadline,
            published=found.published,
        )
    if (
        found is not None
        and recurrence is None
        and found.start is not None
        and found.start[:10] > reference.isoformat()
        and "vergangen" in clean
        and PAST_TENSE.search(clean) is not None
    ):
        # "trafen sich am vergangenen Sonntag …, um sich auf die anstehende Punktspielrunde, die
        # am 2. Mai startet, einzustimmen": a report's last Sunday; the coming day is an aside
        reported = parse_relative_weekday(clean, reference)
        if reported is not None and reported.start is not None:
            return reported
    if found is None and (own_hours := weekdays_with_own_hours(clean, today)) is not None:
        # "Montags, 17:00-19:30 und Freitags, 18:00-20:00": every weekday in the rule, the next
        # of them with its own hours (``when_weekday_own_hours``)
        return own_hours
    if found is None and "|" in clean and (rows := next_of_hours_rows(clean, today)) is not None:
        return rows  # „Di: von 15:00 bis 20:00 | Fr: von 15:00 bis 20:00“ (``when_hours_rows``)
    if found is not None and (last_day_hours := with_last_day_hours(clean, found)) is not None:
        # „Vom 21.-22.09.2024 … von 10 bis 23 Uhr bzw. Sonntags 10-18 Uhr“: the span's Sunday keeps
        # its own hours, no weekly rule (``when_span_day_hours``)
        found, recurrence = last_day_hours, None
    if (
        found is not None
        and recurrence is None
        and (next_day_hours := with_next_weekday_hours(clean, found)) is not None
    ):
        # „am Montag den 21.07 zwischen 18 und 22 Uhr und Dienstag zwischen 17 Uhr und 24 Uhr“:
        # the next day, named by its weekday, with its own hours ends the span
        # (``when_next_weekday_hours``)
        found = next_day_hours
    if found is not None:
        if recurrence and found.start is None and found.end is not None:
            # "Wir sind bis zum 08.08.2015 jeden Donnerstag, Freitag und Samstag ab 19 Uhr … zu
            # finden": a rule's last day alone; the rule's next day begins it
            ruled = next_day_of_rule(clean, recurrence, today)
            if ruled.start is not None and ruled.start[:10] <= found.end[:10]:
                last = found.end
                if ruled.end is not None and len(ruled.end) > 10 and len(last) == 10:
                    # "Bis 30.11. jeden Dienstag 18-20 Uhr": the last day's hours end it
                    days = date.fromisoformat(last) - date.fromisoformat(ruled.end[:10])
                    last = shifted_by(ruled.end, days)
                return replace(ruled, end=last)
        if recurrence:
            found = in_the_rules_weekday_year(found, recurrence.rule, clean, reference)
            if (
                found.start is not None
                and has_any(clean, SLOT_HINTS)
                and term_is_over(clean, date.fromisoformat(found.start[:10]), reference)
            ):
                # „Do. 11--13 … (Beginn: 22.03.2012)“ read years later: the course ended with its
                # term, so its first day stays (``when_course_slots``)
                return replace(found, recurrence=recurrence.rule)
            return recurring(found, recurrence, today)
        found = from_day_then_weekday(found, clean)  # „ab 5.1.2026: Mittwoch 10-11 Uhr“
        return _with_length(round_the_clock(found, clean), clean)
    if recurrence is not None:
        if (
            ("erien" in clean or "olida" in clean or "reak" in clean)
            and (_IN_HOLIDAYS.search(clean) is not None or _school_holidays_lead(clean))
            and ("chulzeit" not in clean or _IN_SCHOOL_TERM.search(clean) is None)
        ):
            # "Montags bis Freitags von 8.00 bis 16.00 Uhr (voraussichtlich 2. und 3.
            # Ferienwoche)": weekdays of school holidays whose days the text does not give
            return NOTHING
        if recurrence.rule.startswith("FREQ=DAILY") and PAST_TENSE.search(clean) is not None:
            # "Das Camp fand täglich von 9 Uhr bis 14 Uhr statt": a past event's daily hours,
            # told without its days, name no coming day
            return NOTHING
        ruled = next_day_of_rule(clean, recurrence, today)
        if ruled.start is None and (named_day := parse_relative(clean, reference)) is not None:
            # "… members-only meeting tonight at 6:00pm. Tonight's public weekly meeting will not
            # be held": a rule without its weekday gives no day; the day the text names does
            return named_day
        return ruled
    relative = parse_relative(clean, reference)  # "heute" is the page's day when it has one
    if relative is None:
        relative = weekday_with_day(clean, reference)  # "on Thursday 15th at 10:00"
    if relative is None:
        relative = nth_weekday_of_this_month(clean, reference)  # "am 4. Dienstag!"
    if relative is None:
        relative = parse_relative_weekday(clean, reference)
    if relative is None:
        relative = parse_bare_weekday(clean, reference)
    if relative is None and clean.lstrip()[:1].isupper():
        relative = weekday_heading_told(clean, reference)  # "Dienstag – Regen | … regnete …"
    if relative is not None:
        return relative
    if _NO_MEETING_IN.search(clean) is not None:
        return NOTHING  # "*Except there will be no meeting in August 2023": a month without one
    if "nde" in clean or "end" in clean:
        until = UNTIL_MONTH_END.search(clean)
        if until is not None and CALLED_OFF.search(clean) is not None:
            # "dass wir alle Events, vorerst bis Ende Mai, absagen": how long nothing takes place
            return NOTHING
        if until is not None and (
            _SIGNUP_UNTIL_MONTH_END.search(clean, 0, until.start())
            # "Er hat bis Ende September Zeit, …", "Wenn der Bundesrat bis Ende September nicht …
            # reagiert": an ultimatum's last day
            or is_ultimatum(clean, until.start(), until.end())
        ):
            # "📌 Anmeldung bis Ende März": the last day to sign up, no run's end
            month = MONTHS[until["mn"].lower()]
            year = int(until["y"]) if until["y"] else infer_year(month, 28, dated)
            return replace(NOTHING, deadline=month_end(year, month).isoformat())
        if until is not None:
            # "Wir werden bis Ende Oktober im Olympiastadion proben": a run's end, as "bis
            # 30.11." alone (not the whole month)
            month = MONTHS[until["mn"].lower()]
            year = int(until["y"]) if until["y"] else infer_year(month, 28, dated)
            last_day = month_end(year, month)
            if last_day < reference and PAST_TENSE.search(clean) is not None:
                # "In einem Zeitraum von Anfang Mai bis Ende Juli waren alle Kinder …
                # aufgefordert worden", written in September: a past run told as history
                return NOTHING
            return When(None, last_day.isoformat(), True, "day")
        year_end = _UNTIL_YEAR_END.search(clean)
        if year_end is not None and CALLED_OFF.search(clean) is None:
            # "Bis Ende des Jahres kann die Sonderausstellung … besichtigt werden": the run's end
            last_year = year if year is not None and 1 < year < 9999 else reference.year
            return When(None, date(last_year, 12, 31).isoformat(), True, "day")
    if ("itte" in clean or "nfang" in clean or "iddle" in clean or "id" in clean) and (
        _UNTIL_MONTH_PART.search(clean) is not None and CALLED_OFF.search(clean) is not None
    ):
        return NOTHING  # "Unser Übungsdienst ruht bis Mitte Mai": how long nothing takes place
    closed = closed_months(clean, reference)
    if closed is not None:
        # "werden den gesamten Juli und August über nicht stattfinden": the break's months
        return When(closed[0].isoformat(), closed[1].isoformat(), True, "month")
    period = find_period(clean, dated)
    if period is None and (cell := from_month_cell(clean)) is not None:
        period = find_period(cell, dated)  # "Kalender 2020 | ab Oktober | …": the cell's month
    if period is not None and negated_period(clean):
        return NOTHING  # "… auch nicht im Herbst nachgetragen": the period denied
    if (
        period is not None
        and ("nde" in clean or "nfang" in clean or "itte" in clean)
        and vague_month_part_in_prose(clean)
    ):
        return NOTHING  # "Ende Juni 2021 bereitete …", "meist Ende Juli": no day of the month set
    if (
        period is not None
        and ("ver" in clean or "zu" in clean or "erwarten" in clean)
        and _SENT_OUT.search(clean) is not None
    ):
        return NOTHING  # "Die konkrete Einladung wird im Oktober 2017 an Sie versandt."
    if (
        period is not None
        and ("geben" in clean or "reich" in clean or "send" in clean or "leg" in clean)
        and _HANDED_IN_MONTH.search(clean)
    ):
        return NOTHING  # "Das Programm 2020 sollen wir im Oktober 2019 abgeben": a hand-in's month
    if period is not None and "nach" in clean and _MADE_UP_FROM.search(clean):
        return NOTHING  # "… den VHS-Vortrag vom Oktober 2017 … nachholen": the missed talk's month
    if period is not None and ("stens" in clean or "not " in clean) and _HEDGED_MONTH.search(clean):
        return NOTHING  # "frühestens Ende Mai mit dem Baden loszulegen": no day is set yet
    if period is not None and month_beside_no_event(clean):
        # „… wurden vor der Wahl im März 2026 abgeschlossen.“, „Diese Seite ist nur im Mai 2026
        # verfügbar.“, „Im November 2021 möchten wir uns … bedanken“: no event's month
        return NOTHING
    if (
        period is not None
        and ("after" in clean or "nach" in clean)
        and _AFTER_MONTH_END.search(clean)
    ):
        # "… disable the DNSCrypt endpoints … after the end of February 2026": what happens some
        # time after a month names no day of it
        return NOTHING
    if period is not None and "folg" in clean and _MATERIAL_FOLLOWS.search(clean):
        return NOTHING  # "Die kompletten Materialien und Abläufe folgen im März 2019.": a release
    if period is not None and "wort" in clean and _WRITTEN_IN.search(clean):
        return (
            NOTHING  # "Bärbel Kraemer im Februar 2002 im Vorwort zur Chronik": when it was written
        )
    if period is not None and "zeit" in clean and _HOURS_APPLY.search(clean):
        return (
            NOTHING  # "Ab dem Frühjahr 2016 gelten wieder die gewohnten Öffnungszeiten": a rule's
        )
    if (
        period is not None
        and ("gibt" in clean or "gelt" in clean or "gilt" in clean)
        and _RULES_IN_FORCE.search(clean)
    ):
        return NOTHING  # "Im Juli 2022 gibt es keinerlei Auflagen": rules in force, no event
    if period is not None:
        begins, ends, precision = period
        # the one month under way, or a season in its last month
        under_way = begins <= reference and (ends.year, ends.month) in {
            (begins.year, begins.month),
            (reference.year, reference.month),
        }
        if (
            (ends < reference or under_way)
            and (
                PAST_TENSE.search(clean) is not None
                or _LED_US.search(clean) is not None
                or (ends < reference and _PERFECT_PAST.search(clean) is not None)
                or (under_way and _HAS_BEGUN.search(clean) is not None)
            )
            and not (under_way and _told_ahead_in(clean, begins.month))
        ):
            # "This was started … in September 2011 and continued until February 2022": a
            # month told in the past is history, as a yearless one ("Im Juni fand … statt");
            # so is the one month under way ("nachdem die Termine im Oktober … nicht
            # stattfinden konnten", written on 29 October; "von März bis Juni" runs on in
            # April) and a season in its last month ("von Mai bis September absolvierten die
            # Paare jeweils ihre 5 Spiele", written on 28 September)
            return NOTHING
        if precision in ("month", "season") and month_of_history(clean, ends, reference):
            # "Im März 1992 stellt das Regierungspräsidium … vor.": a chronicle's; "… entdeckte
            # Martin Reiter im Sommer 2010 Eisenschlacke …" (round 288): a season's too
            return NOTHING
        if precision == "month" and past_month_label(clean, ends, reference):
            return NOTHING  # "Nistkasteneinsatz … vom März 2020" in May: a report's month
        starts = month_start(clean, begins, ends)
        if starts is not None:
            return When(starts.isoformat(), None, True, precision)  # "ab Oktober": from then on
        return When(begins.isoformat(), ends.isoformat(), True, precision)
    return NOTHING


# "… abgesagt wurde und wir im Januar 2022 nur die Gottesdienste zelebrieren werden": the month
# under way with a future in its own clause lies ahead, whatever another clause tells as past.
_MONTH_NAME = lazy_re.compile(r"\b(?P<mn>" + MONTH_ALT + r")\b", FLAGS)
_FUTURE_IN_CLAUSE = lazy_re.compile(r"[^.!?;,]{0,80}?\b[^\W\d]{3,}en\s+(?:werden|wird)\b", FLAGS)


# The end of the sentence a rule ends in: its full stop (or mark) before a capitalised word.
_SENTENCE_END = lazy_re.compile(r"[.!?]\s+(?=[A-ZÄÖÜ])")


def _told_after_the_rule(
    rest: str, today: date, page_date: date | None, day_first: bool | None, year: int | None
) -> When | None:
    """The day and clock the sentences after a rule's (``rest`` from the rule's last word) give
    an offering of their own, else None: only a day with its clock counts, a bare day there may
    be the rule's again."""
    end = _SENTENCE_END.search(rest)
    if end is None:
        return None
    told = _parse_when(rest[end.end() :], today, page_date, day_first, year)
    if told.start is None or len(told.start) <= len("YYYY-MM-DD") or told.recurrence is not None:
        return None
    return told


def _weekday_in_week(
    week: re.Match[str], today: date, day_first: bool | None, year: int | None
) -> When | None:
    """The day the text under a week's heading names by its weekday, when it lies in that week
    (``when_week_heading``)."""
    span = _parse_when(week["span"], today, None, day_first, year)
    if span.start is None or span.end is None:
        return None
    first, last = date.fromisoformat(span.start[:10]), date.fromisoformat(span.end[:10])
    told = _parse_when(week["rest"], today, first, day_first, year)
    day = date.fromisoformat(told.start[:10]) if told.start else None
    return told if within_week(first, last, day) else None


def _told_ahead_in(text: str, month: int) -> bool:
    """Whether the clause naming ``month`` goes on in the future ("… zelebrieren werden")."""
    for named in _MONTH_NAME.finditer(text):
        if MONTHS[named["mn"].lower()] == month:
            return _FUTURE_IN_CLAUSE.match(text, named.end()) is not None
    return False


# "Im Juni 2009 führte uns der Weg zum Landesverbandstreffen": a chronicle's way going somewhere
# in a past month ("führte" is no past verb for a day: "24.09.2022 Vereinsausflug … führte uns …"
# is a row's day, see when_grammar.PAST_TENSE).
_LED_US = lazy_re.compile(r"\bführten?\s+(?:uns|mich|sie|ihn)\b", FLAGS)
# "haben Valmira (20), Albiona (18) und Dardane (17) im Herbst 2018 die Ausbildung … zusammen
# angefangen" (round 221): the perfect, its participle closing the sentence, tells a period that is
# over as the past tense does; so does a participle closing the main clause before a relative
# clause, a colon or a second participle („haben wir von Januar bis Juni 2018 vier Workshops
# durchgeführt, in denen …“, „… haben wir die wichtigsten … Themen … aufgegriffen und
# jugendgerecht aufbereitet: …“, round 309).
_PERFECT_PAST = lazy_re.compile(
    r"\b(?:haben|hat|habe)\b[^.!?;]{0,160}?\b(?:ge[^\W\d]{3,}(?:t|en)|[^\W\d]{2,}ge[^\W\d]{3,}(?:t|en))"
    r"(?:\s*(?:[.!?,:]|$)|\s+(?:und|sowie)\s)",
    FLAGS,
)
# "Januar – Wanderung | Das neue Wanderjahr hat begonnen. …" (round 316, written on 20 January): the
# perfect of "beginnen" (no ge- participle, so not _PERFECT_PAST's) tells that the month under way has
# begun, as "begann" does: a report's heading names its month, no offering's period. Only for the
# month under way: "Die Arbeiten haben begonnen und dauern bis Ende März" reads a later month ahead.
_HAS_BEGUN = lazy_re.compile(r"\b(?:hat|haben)\s+(?:[^\W\d]+\s+){0,4}?begonnen\b", FLAGS)
# "Die kompletten Materialien und Abläufe folgen im März 2019." (round 309), „Infos folgen Anfang
# Mai“: when papers, details or pictures are to follow is no offering's month.
_MATERIAL_FOLLOWS = lazy_re.compile(
    r"\b(?:material\w*|info\w*|details?|unterlagen|flyer|programm\w*|ergebnisse|abläufe|ablauf"
    r"|fotos|bilder|berichte?|protokolle?|ausschreibung\w*)\b[^.!?;]{0,60}?\b(?:folgt|folgen)\s+"
    r"(?:(?:voraussichtlich|dann|erst|spätestens|noch|bald)\s+)?(?:im|ab|anfang|mitte|ende)\b",
    FLAGS,
)
# A text's foreword or greeting dated by its month; opening hours that apply from a month on.
_WRITTEN_IN = lazy_re.compile(
    r"\b(?:im|in\s+(?:der|dem|ihrem|seinem|seiner))\s+(?:vorwort|nachwort|geleitwort|grußwort"
    r"|einleitung)\b",
    FLAGS,
)
_HOURS_APPLY = lazy_re.compile(
    r"\bab\s+(?:dem\s+|der\s+)?[^.!?;]{0,30}?\b(?:gilt|gelten)\b[^.!?;]{0,60}?"
    r"\b(?:öffnungs|sprech|service)zeit",
    FLAGS,
)
# "Im Juli 2022 gibt es keinerlei Auflagen", "Ab März gelten keine Einschränkungen mehr": which
# rules apply in a month names no offering of it.
_RULES_IN_FORCE = lazy_re.compile(
    r"\b(?:gibt\s+es|gelten|gilt)\s+(?:[^\W\d]+\s+){0,3}?(?:auflagen|einschränkungen"
    r"|beschränkungen|hygieneregeln|maskenpflicht|abstandsregeln|corona-?regeln)\b",
    FLAGS,
)
_REQUEST_WINDOW = lazy_re.compile(
    r"\b(?:requests|applications|orders|reservations|registrations|submissions|nominations)\s+"
    r"(?:will\s+be|are|can\s+be|may\s+be)\s+(?:taken|accepted|received)\b",
    FLAGS,
)
# „21. Juli – 24. August 2025 | Bewerbungsphase“, „Unsere Friste: | Bewerbungsphase | 01.–15.
# September“: the period applications are taken in is no offering's (as ``_REQUEST_WINDOW``)
_APPLICATION_PHASE = lazy_re.compile(
    r"\b(?:bewerbungs|einreichungs|anmelde)(?:phase|zeitraum|fenster)\b", FLAGS
)
# a timetable's row, not a longer text that may name an event's day beside the window
_APPLICATION_ROW_LENGTH = 100
_AFTER_MONTH_END = lazy_re.compile(
    r"\b(?:after\s+the\s+end\s+of|nach\s+(?:dem\s+)?ende\s+(?:des\s+)?)\s*(?:" + MONTH_ALT + r")\b",
    FLAGS,
)
_SINCE_THEN = lazy_re.compile(r"\b(?:seitdem|seither|since\s+then)\b", FLAGS)
# What a rule's season needs (``when_regulations.is_rule_period``), checked first: cheap.
_RULE_HINT = lazy_re.compile(
    r"gelten|gilt|zeit\b|erlaubt|gestattet|zulässig|verboten|untersagt|werden\s+müssen|dürfen|darf",
    FLAGS,
)
_ALLOWED_FROM = lazy_re.compile(
    # („Ab dem 4. Mai wird uns der Gesetzgeber wieder gestatten, … Gottesdienste zu feiern.“, round
    # 323: a day's dot before its month's name is no sentence's end, as in ``_RESUMED_FROM``)
    r"\bab\s+(?:\d\.|(?!\.\s+(?-i:[A-ZÄÖÜ]))[^!?;]){1,140}?\b(?:nicht\s+mehr\s+|wieder\s+|nur\s+noch\s+)?"
    r"(?:gestattet|erlaubt|zulässig|untersagt|verboten"
    # "Ab dem 2.5.2018 werden wir nicht aktualisierte Geräte keinen Kontakt mehr … gestatten"
    r"|gestatten|erlauben|untersagen|verbieten)\b",
    FLAGS,
)
_RESUMED_FROM = lazy_re.compile(
    r"\bab\s+(?:\d\.|(?!\.\s+(?-i:[A-ZÄÖÜ]))[^!?;]){1,80}?\bwieder\b(?:[^.!?;]|\.(?=\S)){0,100}?"
    r"\b(?:stattfinden|durchgeführt\s+werden|angeboten\s+werden|öffnen|geöffnet\s+werden)\s+"
    r"(?:dürfen|darf|können|kann)\b"
    # "Ab 6. September finden wieder Gottesdienste statt"
    r"|\bab\s+(?:\d\.|(?!\.\s+(?-i:[A-ZÄÖÜ]))[^!?;]){1,80}?\b(?:finden|findet)\s+(?:[^\W\d]+\s+){0,3}?"
    r"wieder\b(?:[^.!?;]|\.(?=\S)){0,100}?\bstatt\b"
    r"|\breopen(?:s|ing)?\b[^.!?;]{0,80}?\b(?:on|from|starting)\s",
    FLAGS,
)
_USUAL_HOURS_FROM = lazy_re.compile(
    r"\bab\s+[^.!?;]{0,40}?\b(?:zu\s+den\s+|mit\s+den\s+)?(?:gewohnten|üblichen|regulären"
    r"|normalen|bisherigen)\s+(?:öffnungs|sprech|service|ausleih)zeiten\b",
    FLAGS,
)
# "11. Januar 2019, 07:09 Uhr Beim …": a full date opening the text, its clock, then a capital.
_SAVED_STAMP = lazy_re.compile(
    r"(?P<day>\d{1,2}\.\s?(?:\d{1,2}\.\s?|(?:" + MONTH_ALT + r")\.?\s+)(?:19|20)\d{2})"
    r"\s*,?\s*(?:um\s+)?\d{1,2}:(?P<mi>\d{2})\s*(?:uhr\b)?[\s|:–-]*(?=(?-i:[A-ZÄÖÜ])|[„“\"»])",
    FLAGS,
)
_OPENING_QUOTES = frozenset('„“"»')
# "Geplant sei, frühestens Ende Mai mit dem Baden loszulegen": the earliest (or latest) a month
# may see it, no day set.
_HEDGED_MONTH = lazy_re.compile(
    r"\b(?:frühestens|spätestens|not\s+before|no\s+earlier\s+than)\s+(?:im\s+|in\s+)?"
    r"(?:(?:ende|anfang|mitte|beginn|end\s+of|early|late|mid-?)\s+)?(?:" + MONTH_ALT + r")\b",
    FLAGS,
)
# "Um 16:00 Uhr werden wir den VHS-Vortrag vom Oktober 2017 … nachholen": the month a missed
# event was due in, made up for some other day.
# "📌 Anmeldung bis Ende März", "Anmeldeschluss ist Ende Mai": a sign-up right before the month's end.
# ("Anmeldung über rad-net.de und my.raceresult.com bis Ende August" (round 246): where to sign up
# between, a domain's dot no sentence's end)
_SIGNUP_UNTIL_MONTH_END = lazy_re.compile(
    r"\b(?:anmeldung(?:en)?|anmeldeschluss|meldeschluss|bewerbung(?:en)?|registration)\b"
    r"(?:[^.!?;\d]|\.(?=[a-z])){0,60}$",
    FLAGS,
)
# "Das Programm 2020 sollen wir im Oktober 2019 abgeben": the month something must be handed in,
# no event's month.
_HANDED_IN_MONTH = lazy_re.compile(
    r"\b(?:soll|sollen|sollte|sollten|muss|müssen)\b[^.!?;]{0,60}?"
    r"\b(?:abgeben|einreichen|einsenden|vorlegen|abliefern)\b",
    FLAGS,
)
_MADE_UP_FROM = lazy_re.compile(
    r"\bvo[mn]\s+(?:" + MONTH_ALT + r")\b[^.!?;]{0,100}?\bnach(?:holen|zuholen|geholt)\b", FLAGS
)
# "Die konkrete Einladung wird im Oktober 2017 an Sie versandt": the month a letter is sent is
# no event's.
# ("Die Einladung wird per E-Mail an alle ca. im Oktober 2021 versandt" (round 245): an
# abbreviation's dot before a small letter ends no sentence)
_SENT_OUT = lazy_re.compile(
    r"\b(?:einladung(?:en)?|unterlagen|schreiben|brief|rundbrief|newsletter|programmheft|bescheide?"
    r"|rechnung(?:en)?)\b(?:[^.!?;]|\.(?=\s+[a-zäöü])){0,80}?\b(?:versandt|versendet|verschickt"
    r"|zugeschickt|zugesandt"
    r"|zugestellt|verteilt)\b"
    # "Erste Abstracts könnt ihr ab Mai 2023 erwarten": when texts appear, no event's month
    r"|\b(?:abstracts?|programm|programmheft|details|einzelheiten|infos|informationen)\b"
    r"[^.!?;]{0,60}?\berwarten\b",
    FLAGS,
)
# "Ab heute (29.03.) tagt … der zweitägige Fachkongress", "a three-day conference on 5 May": an
# event of n days from its one named day ("14-tägig" is fortnightly, not a length).
_LENGTH_IN_DAYS = lazy_re.compile(
    r"(?<![\w-])(?P<n>zwei|drei|vier|f(?:ü|ue)nf|[2-5])-?t(?:ä|ae)gige[nmrs]?\b"
    r"|(?<![\w-])(?P<en>two|three|four|five|[2-5])-day\b",
    re.IGNORECASE,
)
_LENGTH_WORDS = {"zwei": 2, "two": 2, "drei": 3, "three": 3, "vier": 4, "four": 4, "fünf": 5,
                 "fuenf": 5, "five": 5}  # fmt: skip


def _nth_or_days(clean: str, dated: date, day_first: bool | None) -> When | None:
    """The n-th weekday or weekend of a month, unless the text also dates that very day itself
    ("am dritten Wochenende im Juli … beginnt am Samstag, den 16.07.2022 und endet am darauf
    folgenden Dienstagabend": the dated day says more, its end included)."""
    nth = parse_nth_weekday(clean, dated)
    if nth is None or nth.start is None:
        return nth or parse_days(clean, dated, day_first)
    days = parse_days(clean, dated, day_first)
    if days is not None and days.start is not None and days.start[:10] == nth.start[:10]:
        return days
    return nth


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
    first = parse_days(clean_date_text(listed[0]), reference, day_first)
    second = parse_days(clean_date_text(listed[1]), reference, day_first)
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


def _in_its_semester(clean: str, dated: date, day_first: bool | None) -> str:
    """A rule's text whose only season is a semester ("im WS 2015/16, dienstags …"), the
    semester written as its period (``when_semesters``); any other text unchanged."""
    as_period = semester_as_period(clean)
    if as_period is None:
        return clean
    own = parse_days(clean, dated, day_first)
    if own is not None and (own.start is not None or own.end is not None):
        return clean  # the text names its own days: the semester is only its heading
    return as_period


_EXCEPTED_HINT = lazy_re.compile(r"\b(?:except|außer|ausser|ausgenommen|bis\s+auf)\b", FLAGS)

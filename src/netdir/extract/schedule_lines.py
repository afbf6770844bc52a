"""A schedule's lines of bare days: „February 4, 2026     February 18, 2026“ under its heading.

A board publishes its year of meetings as its annual notice requires — a heading „Regular Meeting
Schedule“ over centred paragraphs of one or two bold days each, set apart by spaces only::

    <h2>Regular Meeting Schedule</h2>
    <p><strong>January 21, 2026</strong></p>
    <p><strong>February 4, 2026</strong><strong>    February 18, 2026</strong></p> …

A reader sees one meeting per day, the meeting the heading names: the word „Schedule“ (or
„Dates“, „Calendar“) says the lines below are its days, it is not the meeting's name. Such a
page was read as one event, the board's page dated by its first line: when the one event a page
gives falls on a day of twenty such lines under one name, those lines are the page's offerings.
The notice the schedule is published under says once where and when all of them are held („All
meetings will be held on Wednesday evenings in Council Chambers of the Municipal Building, 1 Main
Street, Woodbridge, New Jersey, at 6:00 p.m., and continue until adjournment at 10:15 p.m.“): the
first hour of that sentence is each meeting's start (the adjournment a limit), its venue the place.

Fewer lines make a schedule too when their days lie apart: a club's page names its dance evening
once (h1 „Samstagstanz“) and lists „Samstag, 15. Februar 2020 / Samstag, 20. Juni 2020 / Samstag,
14. November 2020“ under it. Three days months apart are three evenings; only days that follow
each other („Fr, 5. / Sa, 6. / So, 7. Juni“) can be one event's further days, and those stay one
event unless there are ``MIN_SCHEDULE_DAYS`` of them.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from itertools import pairwise

from selectolax.lexbor import LexborHTMLParser

from netdir import lazy_re
from netdir.extract.all_meetings import hour_for_all, place_for_all
from netdir.extract.block_text import names_a_day
from netdir.extract.context import set_field
from netdir.extract.date_cues import TIME_LIKE, iter_date_phrases
from netdir.extract.inline_text import visible_line
from netdir.extract.lead_times import add_shared_time
from netdir.extract.start_days import day_of_text
from netdir.records import RawRecord

# Between the days of one line: spaces, a comma, a slash, „und“ / „and“ — nothing else.
_BETWEEN_DAYS = lazy_re.compile(r"^[\s,;/|&]*(?:(?:und|and|&)\s*)?$", re.I)
# „Regular Meeting Schedule“, „Board Meeting Dates 2026“, „Meeting Calendar for 2026“.
_SCHEDULE_WORD = lazy_re.compile(
    r"^(?P<name>\S.*?)\s*[-–:]?\s+(?:schedule|dates|calendar)(?:\s+(?:for\s+)?\d{4})?\s*$", re.I
)
# „Reorganization/Regular – January 7, 2026“: a short name, a dash, the day and nothing more.
_NAME_DASH = lazy_re.compile(r"^(?P<name>[A-ZÄÖÜ][^\d–—:;.!?]{2,40}?)\s+[–—-]\s+$")
_NOTICE_CHARS = 1000  # a notice's paragraph, not an article
#: Provenance of the place the schedule's notice states for all its meetings.
NOTICE_SOURCE = "listing: the schedule's notice (the place of all its meetings)"
# The date lines of one name that make a schedule rather than one event's further days.
MIN_SCHEDULE_DAYS = 6
# Fewer lines are a schedule when no two of their days follow each other (see the docstring).
MIN_APART_DAYS = 3
_MAX_NAME_WORDS = 4
_MOSTLY = 0.8


def days_only(text: str) -> list[str] | None:
    """The days of a line that holds two or more days and nothing else („February 4, 2026
    February 18, 2026“); None when anything but spaces or a separator stands around them."""
    days: list[str] = []
    end = 0
    for phrase in iter_date_phrases(text):
        if _BETWEEN_DAYS.match(text[end : phrase.start()]) is None:
            return None
        day = phrase.group(0).strip()
        if not names_a_day(day):
            return None
        days.append(day)
        end = phrase.end()
    if len(days) < 2 or _BETWEEN_DAYS.match(text[end:]) is None:
        return None
    return days


def named_day(text: str) -> tuple[str, str] | None:
    """(name, day) of a schedule's line that names its own meeting before a dash and the day:
    „Reorganization/Regular – January 7, 2026“; None for any other line."""
    phrase = next(iter_date_phrases(text), None)
    if phrase is None or text[phrase.end() :].strip(" ,.") or not names_a_day(phrase.group(0)):
        return None
    lead = _NAME_DASH.match(text[: phrase.start()])
    if lead is None or len(lead["name"].split()) > _MAX_NAME_WORDS:
        return None
    return lead["name"].strip(), phrase.group(0).strip()


def scheduled_name(name: str) -> str:
    """The name a schedule's heading gives its days: „Regular Meeting Schedule“ → „Regular
    Meeting“; any other name as it is."""
    match = _SCHEDULE_WORD.match(name)
    return match["name"] if match else name


def is_schedule(lines: list[RawRecord], event: list[RawRecord], today: date) -> bool:
    """Whether the page's one event is a day of many date lines under one name: the page is
    that name's schedule, its lines the offerings (see the module docstring)."""
    if len(event) != 1 or len(lines) < MIN_APART_DAYS:
        return False
    titles = Counter(record.title for record in lines)
    if titles.most_common(1)[0][1] < _MOSTLY * len(lines):
        return False  # a programme of several names is no one schedule
    days = [day_of_text(record.date_text, today) for record in lines]
    if len(lines) < MIN_SCHEDULE_DAYS and not _apart([day for day in days if day], len(lines)):
        return False  # a few days in a row: one event's further days
    day = day_of_text(event[0].date_text, today)
    return day is not None and day in days


def _apart(days: list[str], lines: int) -> bool:
    """Whether each line has its own day and no two of them follow each other."""
    ordered = sorted({date.fromisoformat(day) for day in days})
    if len(ordered) != lines:
        return False
    return all((later - earlier).days > 1 for earlier, later in pairwise(ordered))


def with_the_notices_hour_and_place(tree: LexborHTMLParser, records: list[RawRecord]) -> None:
    """Each schedule record without an hour or a place takes those the page's notice states
    for all its meetings (see the module docstring)."""
    hour = place = None
    for paragraph in tree.css("p"):
        text = visible_line(paragraph)
        if len(text) > _NOTICE_CHARS:
            continue
        hour = hour or hour_for_all(text)
        place = place or place_for_all(text)
    if hour:
        untimed = [r for r in records if r.date_text and not TIME_LIKE.search(r.date_text)]
        add_shared_time(untimed, hour, " + time:the schedule's notice")
    for record in records:
        if place and not record.location_text:
            set_field(record, "location_text", place, NOTICE_SOURCE)

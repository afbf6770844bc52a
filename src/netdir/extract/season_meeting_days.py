"""The season's meeting days a sentence lists: „Our meeting dates for 2025 – 26 will be 10th
September, 8th October (AGM), 12th November, 10th December, 11th February, 11th March, 8th April,
13thMay and 10th June.“

A community council's or club's page says its standing rule and then its days for the season in
one sentence of ordinal days and month names without a year; posts below may announce some of
the same meetings one by one. A reader sees one meeting per listed day:

- the season („2025 – 26“) gives the years: the days run in order from the first year's month
  on, and a month earlier than the one before it has passed into the second year;
- a bracketed note names its meeting („AGM“), the others are the organisation's meeting (the
  site's name in the page title, as ``day_month_lines`` names such days);
- a day a record beside it holds already is that record's (the post about the meeting); a record
  dated by the note's month only („October … AGM and meeting“, a post of October 2025) takes
  the listed day;
- the standing sentence beside the list („BCC meets on the second Wednesday of the month at
  Broomhill Primary School from 7pm“) gives each listed meeting its place and hour.
"""

from __future__ import annotations

import re
from datetime import date

from selectolax.lexbor import LexborHTMLParser

from netdir import lazy_re
from netdir.extract.block_text import node_text
from netdir.extract.context import PageContext, set_field
from netdir.extract.date_cues import TIME_LIKE
from netdir.extract.lead_sentence import page_name
from netdir.extract.start_days import day_of_record
from netdir.normalize.when_nth import nth_weekday
from netdir.normalize.when_this_month import MONTH_NAMES
from netdir.normalize.when_words import ORDINALS
from netdir.records import RawRecord

EXTRACTOR = "listing"
DATE_SOURCE = "listing:day of the season's meeting list"
TITLE_SOURCE = "listing:page title + meeting (season's meeting list)"
_MONTHS = "|".join(MONTH_NAMES)
# „meeting dates for 2025 – 26 will be …“, „Meeting dates 2025-2026 are: …“.
_LIST = lazy_re.compile(
    r"\bmeeting\s+dates\s+(?:for\s+)?(?:the\s+)?(?P<first>(?:19|20)\d\d)\s*[-–/]\s*"
    r"(?P<second>(?:19|20)?\d\d)\s+(?:will\s+be|are)\s*:?\s*(?P<days>[^.]+)",
    re.I,
)
# „10th September“, „8th October (AGM)“, „13thMay“ (glued).
_DAY = lazy_re.compile(
    rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s*(?P<m>{_MONTHS})\b(?:\s*\((?P<note>[^()]{{2,40}})\))?",
    re.I,
)
# „meets on the second Wednesday of the month at Broomhill Primary School from 7pm“.
_STANDING = lazy_re.compile(
    r"\bmeets\b(?:\s+on\s+the\s+(?P<nth>first|second|third|fourth|last)\s+(?P<weekday>"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)?[^.]{0,80}?\bat\s+(?P<place>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,6})"
    r"(?:\s+(?:from|at)\s+(?P<clock>\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)))?",
)
_MIN_DAYS = 3
_CENTURY = 100
_MONTH_ONLY = lazy_re.compile(rf"^\s*(?P<m>{_MONTHS})\s+(?P<y>(?:19|20)\d\d)\s*$", re.I)


def season_meeting_records(
    tree: LexborHTMLParser, context: PageContext, beside: list[RawRecord]
) -> list[RawRecord]:
    """One record per listed day that no record ``beside`` holds (see the module docstring)."""
    body = tree.body
    if body is None:
        return []
    for node in body.css("p, div, li, dd, td"):
        text = node_text(node) or ""
        listed = _LIST.search(text)
        if listed is None or any(_LIST.search(node_text(c) or "") for c in node.iter()):
            continue  # (the innermost element that holds the sentence reads it)
        days = _days(listed)
        if len(days) < _MIN_DAYS:
            continue
        title = tree.css_first("title")
        owner = page_name(title.text(strip=True) if title is not None else None)
        standing = _STANDING.search(text)
        records = _records(days, owner, standing, beside, context)
        _hour_of_earlier_meetings(beside, standing, context.fetched_at.date())
        return records
    return []


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _hour_of_earlier_meetings(
    beside: list[RawRecord], standing: re.Match[str] | None, today: date
) -> None:
    """The posts of earlier seasons' meetings („The June meeting will be held on 11/06 at
    Broomhill Primary School.“) state no hour; the standing sentence („meets on the second
    Wednesday of the month at … from 7pm“) gives it to each that falls on the rule's day and is
    at its place."""
    if standing is None or not standing["clock"] or not standing["nth"]:
        return
    weekday = _WEEKDAYS.index(standing["weekday"].casefold())
    nth = ORDINALS[standing["nth"].casefold()]
    for record in beside:
        day = day_of_record(record, today)
        if day is None or TIME_LIKE.search(record.date_text or ""):
            continue
        on = date.fromisoformat(day[:10])
        if nth_weekday(on.year, on.month, weekday, nth) != on:
            continue
        if (record.location_text or "").casefold() != standing["place"].casefold():
            continue
        hour = f"{record.date_text}, {standing['clock']}"
        set_field(record, "date_text", hour, record.field_sources.get("date_text", "") + " + hour")


def _days(listed: re.Match[str]) -> list[tuple[date, str | None]]:
    """The listed days with their notes, each in the season year it falls in."""
    first = int(listed["first"])
    second = int(listed["second"])
    if second < _CENTURY:
        second += first // _CENTURY * _CENTURY
    if second != first + 1:
        return []
    found: list[tuple[date, str | None]] = []
    year, last_month = first, 0
    for match in _DAY.finditer(listed["days"]):
        month = MONTH_NAMES.index(match["m"].capitalize()) + 1
        if month < last_month:
            year = second  # the months came round: the season's second year
        last_month = month
        try:
            found.append((date(year, month, int(match["d"])), match["note"]))
        except ValueError:
            return []
    return found


def _records(
    days: list[tuple[date, str | None]],
    owner: str | None,
    standing: re.Match[str] | None,
    beside: list[RawRecord],
    context: PageContext,
) -> list[RawRecord]:
    today = context.fetched_at.date()
    held = {day for record in beside if (day := day_of_record(record, today))}
    records: list[RawRecord] = []
    for on, note in days:
        when = f"{on.day} {MONTH_NAMES[on.month - 1]} {on.year}"
        dated = [r for r in beside if day_of_record(r, today) == on.isoformat()]
        month_post = _post_of_the_month(on, note, beside) if not dated else None
        if month_post is not None:
            set_field(month_post, "date_text", when, DATE_SOURCE)
            dated = [month_post]
        for record in dated:
            _standing_facts(record, when, standing)
        if dated or on.isoformat() in held:
            continue
        name = " ".join(part for part in (owner, note or "meeting") if part)
        record = context.new_record(EXTRACTOR, name, confidence=0.5)
        record.field_sources["title"] = TITLE_SOURCE
        set_field(record, "date_text", when, DATE_SOURCE)
        _standing_facts(record, when, standing)
        records.append(record)
    return records


def _post_of_the_month(on: date, note: str | None, beside: list[RawRecord]) -> RawRecord | None:
    """The record dated only by ``on``'s month whose title holds the day's note („AGM“)."""
    if not note:
        return None
    for record in beside:
        month = _MONTH_ONLY.match(record.date_text or "")
        if (
            month is not None
            and month["m"].capitalize() == MONTH_NAMES[on.month - 1]
            and int(month["y"]) == on.year
            and note.casefold() in (record.title or "").casefold()
        ):
            return record
    return None


def _standing_facts(record: RawRecord, when: str, standing: re.Match[str] | None) -> None:
    """The standing sentence's hour and place for a listed meeting that states neither."""
    if standing is None:
        return
    if standing["clock"] and not TIME_LIKE.search(record.date_text or ""):
        set_field(record, "date_text", f"{when}, {standing['clock']}", f"{DATE_SOURCE} + hour")
    if not record.location_text:
        set_field(record, "location_text", standing["place"], "listing:standing meeting place")

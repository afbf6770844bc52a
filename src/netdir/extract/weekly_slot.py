"""The weekly hour and room an English lead states for every session of the list below it.

A mathematics department's colloquium page says above its table of Tuesdays „The … Colloquium
takes place on Tuesdays at 4:00-5:00 pm in Room 164 of the Adel Mathematics Building.“ (a speaker
series above its talks „Starting in February, talks will be held on Tuesdays at 10am CET
(previously Fridays).“, the clock's zone and a remark after it), its
seminar's „The … Seminar meets on Tuesdays at 1:00-1:50PM in Room 146 of …“, an undergraduate
seminar's „FAMUS takes place most Fridays at 3:00-4:00pm in Room 164 …“, a library's working
group „Our group meets on most Mondays from 12:10 to 1:00 PM in the Training Room … (Room
010).“; each row names only its
day and its talk. A reader goes to that room at those hours on each listed day. When a short text
just before the list states such a weekly slot — a verb of taking place or meeting, a weekday in
the plural („on Tuesdays“, „most Fridays“) or after „every“, an am/pm hour or hours, then perhaps
„in <venue>“ — each untimed dated row takes the hours and each row without a place the venue (when
its words name one: a venue word, a street with its number), unless the row's date names another
weekday or the row says the day has no session („Spring Break“, „No colloquium“). The lead is
found as extract.lead_times finds the German „Beginn jeweils 20 Uhr“.

A reading group's page lists the slot as labelled lines over its table instead: „Time: Wed. 4-5“ /
„Room: Northwest Building B150 (SEAS Basement Area)“. The weekday comes first, abbreviated, and
the hours carry no am/pm: a group's weekly hours between 1 and 7 are the afternoon's (nobody meets
at four in the morning), so „4-5“ is 4–5 pm; the room is the labelled line's beside it. A row
whose day is known to fall on another weekday („Mar 14“ of 2016, a Monday, among the Wednesdays)
is a talk outside the slot and keeps no hours or room of it.

A book club's schedule states its slot without a verb, in a short line over the list: „Cohort 1:
(starts 2021-02-16) - Tuesdays, 12pm EST/EDT“ — a weekday in the plural, then the hour and
perhaps its zone. Said so bare, the words could be a building's opening hours; they are the
meetings' slot only when every dated row below falls on that weekday (two rows at least, their
years known), and then each untimed row takes the hour.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.date_cues import has_year
from netdir.extract.inline_text import visible_text
from netdir.extract.kind_hours import untimed_days
from netdir.extract.lead_times import add_shared_time, lead_elements
from netdir.extract.notices import is_day_off, is_no_session_notice
from netdir.extract.place_lines import names_a_venue_or_address
from netdir.normalize.when import parse_when
from netdir.normalize.when_context import PAGE_YEAR, record_year
from netdir.normalize.when_grammar import AM_PM
from netdir.normalize.when_order import infer_day_first
from netdir.records import RawRecord

_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_CLOCK = r"(?:[01]?\d)(?::[0-5]\d)?"
_SLOT = lazy_re.compile(
    r"\b(?:takes\s+place|meets|(?:is|are)\s+held"
    r"|will\s+(?:(?:typically|usually|generally|normally)\s+)?(?:take\s+place|meet|be\s+held))\s+"
    r"(?:(?:typically|usually|generally|normally)\s+)?"
    rf"(?:(?:on\s+)?(?:most\s+)?(?P<days>{_WEEKDAY})s|every\s+(?P<day>{_WEEKDAY}))\b"
    r"(?:\s+(?:mornings?|afternoons?|evenings?))?,?\s+(?:at|from)\s+"
    rf"(?P<hours>{_CLOCK}(?:\s*{AM_PM})?(?:\s*(?:-|–|to)\s*{_CLOCK})?\s*{AM_PM})"
    # „… talks will be held on Tuesdays at 10am CET (previously Fridays).“: the clock's time zone
    # and a remark in brackets after the hours.
    r"(?:\s+(?-i:[A-Z]{1,4}T|UTC)\b)?(?:\s*\([^()]{1,60}\))?"
    # „… in the Training Room in the basement of the Eskind Biomedical Library (Room 010).“: the
    # room's number in brackets after the venue is part of it.
    r"(?:,?\s+in\s+(?:the\s+)?(?P<place>[A-Z][^.;!?()]{2,100}?(?:\s*\([^().;!?]{1,40}\))?))?"
    r"\s*(?:[.;!?](?:\s|$)|$)",
    re.I,
)
# „All seminars are held in Wolfson Lecture Theatre 4W 1.7 on Wednesdays 13:15-14:05.“: the room
# before the weekday, and the hours on the 24-hour clock (two clocks with their minutes, the
# first of a working day's hours) instead of am/pm.
_HOURS_24 = r"(?:[01]?\d|2[0-3]):[0-5]\d\s*(?:-|–|to)\s*(?:[01]?\d|2[0-3]):[0-5]\d"
_PLACE_FIRST_SLOT = lazy_re.compile(
    r"\b(?:takes\s+place|meets|(?:is|are)\s+held|will\s+(?:take\s+place|meet|be\s+held))\s+"
    # (a room's number may hold a dot between its digits: „4W 1.7“)
    r"in\s+(?:the\s+)?(?P<place>[A-Z](?:[^.;!?()]|(?<=\d)\.(?=\d)){2,100}?)\s+on\s+(?:most\s+)?"
    rf"(?P<days>{_WEEKDAY})s,?\s+(?:at\s+|from\s+)?"
    rf"(?P<hours>{_HOURS_24}|{_CLOCK}(?:\s*{AM_PM})?(?:\s*(?:-|–|to)\s*{_CLOCK})?\s*{AM_PM})"
    r"\s*(?:[.;!?](?:\s|$)|$)",
    re.I,
)
# A banner's labelled lines: „Time: 11:45 AM - 12:45 PM (ET), Every Wednesday<br>Location: Room
# 307, LOV Building, Tallahassee, FL“ — the hours (a time zone in brackets after them), every
# such weekday, then perhaps the place after its label, up to the end of its line (the text as
# the page's elements leave it: a line ends where two blanks or more part it from the next).
_LABELLED_SLOT = lazy_re.compile(
    r"\b(?:time|when|hours)\s*:\s*"
    rf"(?P<hours>{_CLOCK}(?:\s*{AM_PM})?(?:\s*(?:-|–|to)\s*{_CLOCK})?\s*{AM_PM})"
    r"(?:\s*\([A-Z]{1,5}\))?,?\s*(?:every|each)\s+(?P<day>"
    + _WEEKDAY
    + r")\b(?:\s{2,}(?:location|where|venue|room)\s*:\s*(?P<place>[A-Z]\S*(?:\s\S+){0,15}))?",
    re.I,
)
# „The CAS main meeting is held at 8:00pm on the 3rd Tuesday of the month (except December and
# January), in room 275 of the Von Haast building …“, „We meet on the second Tuesday of each month
# at 7.30pm in the Village Hall“: a monthly slot — the verb, the hour and the „<ordinal> <weekday>
# of the month“ in either order, a bracketed exception, then perhaps „in <venue>“ (a room may be
# written in lower case: „in room 275 of …“).
_ORDINAL = r"(?:first|second|third|fourth|last|1st|2nd|3rd|4th)"
_MONTHLY_DAY = (
    rf"(?:on\s+)?(?:the\s+)?{_ORDINAL}\s+(?P<{{day}}>{_WEEKDAY})\s+of\s+(?:the|each|every)\s+month"
)
_AM_PM_HOURS = rf"{_CLOCK}(?:[:.][0-5]\d)?(?:\s*{AM_PM})?(?:\s*(?:-|–|to)\s*{_CLOCK}(?:[:.][0-5]\d)?)?\s*{AM_PM}"
_MONTHLY_SLOT = lazy_re.compile(
    r"\b(?:takes\s+place|meets|(?:is|are)\s+held|we\s+meet"
    r"|will\s+(?:(?:typically|usually|generally|normally)\s+)?(?:take\s+place|meet|be\s+held))\s+"
    rf"(?:(?:at|from)\s+(?P<hours>{_AM_PM_HOURS}),?\s+{_MONTHLY_DAY.format(day='day')}"
    rf"|{_MONTHLY_DAY.format(day='day2')},?\s+(?:at|from)\s+(?P<hours2>{_AM_PM_HOURS}))"
    r"(?:\s*\([^()]{1,60}\))?"
    r"(?:,?\s+in\s+(?:the\s+)?(?P<place>[A-Za-z][^.;!?()]{2,140}?(?:\s*\([^().;!?]{1,40}\))?))?"
    r"\s*(?:[.;!?](?:\s|$)|$)",
    re.I,
)
# „Time: Wed. 4-5“, „When: Thursdays, 5:30-7 pm“: a labelled weekday (abbreviated or in the
# plural) before the hours, which may lack am/pm.
# „Meeting time: Fridays at 1:30pm“: the label may name the meeting, the hour be a single one
# after „at“ (then with its am/pm).
_LABELLED_DAY_FIRST = lazy_re.compile(
    r"\b(?:(?:meeting|session|seminar|group)\s+)?(?:time|when)\s*:\s*"
    r"(?P<day>mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?\.?,?\s+"
    rf"(?:(?P<hours>{_CLOCK}(?:\s*{AM_PM})?\s*(?:-|–|to)\s*{_CLOCK}(?:\s*{AM_PM})?)"
    rf"|(?:at|from)\s+(?P<hour>{_CLOCK}\s*{AM_PM}))"
    r"(?![\w:.])",
    re.I,
)
# „Tuesdays, 12pm EST/EDT“, „Mondays at 6:30pm“: a weekday in the plural and an am/pm hour (a
# zone after it), no verb — in a short line only (``_BARE_CHARS``).
_BARE_SLOT = lazy_re.compile(
    rf"\b(?P<days>{_WEEKDAY})s,?\s+(?:at\s+|from\s+)?(?P<hours>{_AM_PM_HOURS})"
    r"(?:\s+(?-i:[A-Z]{1,4}T(?:/[A-Z]{1,4}T)?|UTC))?(?![\w:])",
    re.I,
)
_BARE_CHARS = 120
_MIN_BARE_ROWS = 2  # one row on the weekday proves no slot
_HAS_AM_PM = lazy_re.compile(AM_PM, re.I)
_AFTERNOON = range(1, 8)  # hours of a weekly slot without am/pm read as pm: 1 to 7
# „Room: Northwest Building B150 (SEAS Basement Area)“: a labelled line of its own element.
_ROOM_LINE = lazy_re.compile(
    r"^\s*(?:room|location|venue|where|place)\s*:\s*(?P<place>\S.{1,120})$", re.I
)
_LINE_ELEMENTS = "li, p, dd, div, span, td"
_ANY_WEEKDAY = lazy_re.compile(rf"\b(?P<day>{_WEEKDAY}|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b", re.I)
# Elements before the list's container on each level: as ``place_for_all`` reads a lead. A
# seminar page's slot „All seminars are held in … on Wednesdays 13:15-14:05.“ stands above the
# Zoom link's „Meeting ID“ and „Passcode“ lines, a note and the upcoming seminar's section, the
# fifth element before the previous seminars' section.
_SIBLINGS = 6
_LEVELS = 4
_CHARS = 800  # an intro paragraph, not an article
#: Provenance suffix of a date text whose hours the lead's weekly slot states.
HOURS_SOURCE = " + time:the weekly slot the list's lead states"
#: Provenance of a place the lead's weekly slot names.
PLACE_SOURCE = "listing: the room of the weekly slot the list's lead states"


@dataclass(frozen=True)
class WeeklySlot:
    """The weekday, the hours as written and the venue (if named) of a weekly slot."""

    weekday: str
    hours: str
    place: str | None
    bare: bool = False  # said without a verb („Tuesdays, 12pm EST/EDT“): every row must fit


def weekly_slot(text: str) -> WeeklySlot | None:
    """The weekly slot ``text`` states („… takes place on Tuesdays at 4:00-5:00 pm in Room 164
    of the Adel Mathematics Building.“, „Time: 11:45 AM - 12:45 PM (ET), Every Wednesday“), or
    None. ``text`` as an element's visible text is: runs of blanks part its lines."""
    flat = " ".join(text.split())
    match = (
        _SLOT.search(flat)
        or _PLACE_FIRST_SLOT.search(flat)
        or _LABELLED_SLOT.search(text)
        or _MONTHLY_SLOT.search(flat)
    )
    if match is None:
        return None
    found = {name: value for name, value in match.groupdict().items() if value}
    place = found.get("place")
    if place is not None:
        place = " ".join(place.split())
        if not _names_a_venue(place):
            place = None
    weekday = (found.get("days") or found.get("day") or found["day2"]).lower()
    hours = found.get("hours") or found["hours2"]
    return WeeklySlot(weekday, " ".join(hours.split()), place)


_OF = lazy_re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_MAX_PLACE_WORDS = 20


def _names_a_venue(place: str) -> bool:
    """Whether ``place`` names a venue — itself, or, when it is long, its head before the
    capitalised names it belongs to („room 275 of the Von Haast building“ of „… of the University
    of Canterbury School of Biological Sciences“)."""
    if names_a_venue_or_address(place):
        return True
    if len(place.split()) > _MAX_PLACE_WORDS:
        return False
    cuts = [match.start() for match in _OF.finditer(place)]
    return any(names_a_venue_or_address(place[:cut]) for cut in reversed(cuts))


def labelled_day_slot(node: LexborNode, text: str) -> WeeklySlot | None:
    """The slot of labelled lines („Time: Wed. 4-5“ / „Room: …“) in ``node`` (``text`` its
    visible text), or None. Hours without am/pm count only from 1 to 7 (then pm)."""
    match = _LABELLED_DAY_FIRST.search(" ".join(text.split()))
    if match is None:
        return None
    hours = " ".join((match["hours"] or match["hour"]).split())
    if not _HAS_AM_PM.search(hours):
        first = int(re.split(r"[:\s\-–t]", hours, maxsplit=1)[0])
        if first not in _AFTERNOON:
            return None
        hours = f"{hours} pm"
    place = next(
        (
            " ".join(line["place"].split())
            for element in node.css(_LINE_ELEMENTS)
            if (line := _ROOM_LINE.match(visible_text(element))) is not None
        ),
        None,
    )
    if place is not None and not _names_a_venue(place):
        place = None
    return WeeklySlot(match["day"].lower(), hours, place)


def bare_slot(text: str) -> WeeklySlot | None:
    """The slot a short line states without a verb („Cohort 1: (starts 2021-02-16) - Tuesdays,
    12pm EST/EDT“), or None; ``slot_from_the_lead`` checks the rows fit it."""
    flat = " ".join(text.split())
    if len(flat) > _BARE_CHARS or (match := _BARE_SLOT.search(flat)) is None:
        return None
    return WeeklySlot(match["days"].lower(), " ".join(match["hours"].split()), None, bare=True)


def slot_from_the_lead(group: list[RawRecord], first: LexborNode, today: date) -> None:
    """Give the rows of ``group`` (``first`` its first row's node) the hours and the room of
    the weekly slot a lead above them states."""
    slot = next(
        (
            found
            for node, text in lead_elements(first, _SIBLINGS, _CHARS, _LEVELS)
            if (found := weekly_slot(text) or labelled_day_slot(node, text) or bare_slot(text))
            is not None
        ),
        None,
    )
    # „08/10/2025“ among „19/11/2025“: the list's own unambiguous days say which number is the
    # day (the page's order is decided only after extraction, in ``dispatch``); read the other
    # way, the Wednesday 8 October fell on a Sunday in August and kept no slot.
    day_first = infer_day_first(record.date_text for record in group if record.date_text)
    if slot is None or (
        slot.bare and not _all_rows_on_the_weekday(group, slot.weekday, today, day_first)
    ):
        return
    # („March 19 | Spring Break“, „Tuesday 1/30 Most likely no colloquium …“: no session that day.)
    mine = [
        record
        for record in group
        if _on_the_weekday(record, slot.weekday)
        and not _falls_on_another_weekday(record, slot.weekday, today, day_first)
        and not is_day_off(record.title, record.date_text)
        and not is_no_session_notice(record.title)
    ]
    add_shared_time(untimed_days(mine), slot.hours, HOURS_SOURCE)
    if mine:
        # „<p><strong>Meeting time</strong>: Fridays at 1:30pm<br/>…</p>“ read as one more row
        # of the talks' paragraphs: the lead that states their slot, no session of its own.
        group[:] = [record for record in group if not _states_the_slot(record, slot)]
    if slot.place is None:
        return
    for record in mine:
        if record.date_text and not record.location_text:
            record.location_text = slot.place
            record.field_sources["location_text"] = PLACE_SOURCE


def _all_rows_on_the_weekday(
    group: list[RawRecord], weekday: str, today: date, day_first: bool | None = None
) -> bool:
    """Whether every dated row of ``group`` — two at least, each year known — falls on
    ``weekday`` (a verbless slot's proof that it is the rows' own)."""
    dated = [record for record in group if record.date_text]
    return len(dated) >= _MIN_BARE_ROWS and all(
        (PAGE_YEAR in record.extra or has_year(record.date_text or ""))
        and _on_the_weekday(record, weekday)
        and _falls_on_the_weekday(record, weekday, today, day_first)
        for record in dated
    )


def _falls_on_the_weekday(
    record: RawRecord, weekday: str, today: date, day_first: bool | None = None
) -> bool:
    """Whether ``record``'s day is a ``weekday``."""
    day = _day_of(record, today, day_first)
    return day is not None and _is_a(day, weekday)


def _states_the_slot(record: RawRecord, slot: WeeklySlot) -> bool:
    """Whether ``record`` is a row without a day whose text states ``slot`` (the lead itself)."""
    if record.date_text:
        return False
    text = " ".join(f"{record.title} {record.description or ''}".split())
    found = weekly_slot(text)
    if found is None and (match := _LABELLED_DAY_FIRST.search(text)) is not None:
        found = WeeklySlot(match["day"].lower(), "", None)
    return found is not None and found.weekday[:3] == slot.weekday[:3]


def _falls_on_another_weekday(
    record: RawRecord, weekday: str, today: date, day_first: bool | None = None
) -> bool:
    """Whether ``record``'s day, its year known (written, or given by the page), is not a
    ``weekday``: a talk outside the weekly slot."""
    if not record.date_text or (PAGE_YEAR not in record.extra and not has_year(record.date_text)):
        return False
    day = _day_of(record, today, day_first)
    return day is not None and not _is_a(day, weekday)


def _day_of(record: RawRecord, today: date, day_first: bool | None) -> date | None:
    """The day ``record``'s date text gives, in the year the page gives it."""
    start = parse_when(
        record.date_text or "", today=today, year=record_year(record.extra), day_first=day_first
    ).start
    return date.fromisoformat(start[:10]) if start is not None else None


def _is_a(day: date, weekday: str) -> bool:
    """Whether ``day`` is ``weekday`` (a slot's weekday word, „tuesday“ or „dienstag“ cut to its
    first three letters as the English name has them)."""
    return day.strftime("%A").lower().startswith(weekday[:3])


def _on_the_weekday(record: RawRecord, weekday: str) -> bool:
    """Whether ``record``'s date names no weekday other than ``weekday``."""
    named = _ANY_WEEKDAY.search(record.date_text or "")
    return named is None or weekday.startswith(named["day"].lower()[:3])

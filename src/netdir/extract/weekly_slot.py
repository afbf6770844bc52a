"""The weekly hour and room an English lead states for every session of the list below it.

A mathematics department's colloquium page says above its table of Tuesdays „The … Colloquium
takes place on Tuesdays at 4:00-5:00 pm in Room 164 of the Adel Mathematics Building.“, its
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
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.kind_hours import untimed_days
from netdir.extract.lead_times import add_shared_time, lead_texts
from netdir.extract.notices import is_day_off, is_no_session_notice
from netdir.extract.place_lines import names_a_venue_or_address
from netdir.normalize.when_grammar import AM_PM
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
    # „… in the Training Room in the basement of the Eskind Biomedical Library (Room 010).“: the
    # room's number in brackets after the venue is part of it.
    r"(?:,?\s+in\s+(?:the\s+)?(?P<place>[A-Z][^.;!?()]{2,100}?(?:\s*\([^().;!?]{1,40}\))?))?"
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
_ANY_WEEKDAY = lazy_re.compile(rf"\b(?P<day>{_WEEKDAY}|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b", re.I)
_SIBLINGS = 4  # elements before the list's container on each level
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


def weekly_slot(text: str) -> WeeklySlot | None:
    """The weekly slot ``text`` states („… takes place on Tuesdays at 4:00-5:00 pm in Room 164
    of the Adel Mathematics Building.“, „Time: 11:45 AM - 12:45 PM (ET), Every Wednesday“), or
    None. ``text`` as an element's visible text is: runs of blanks part its lines."""
    flat = " ".join(text.split())
    match = _SLOT.search(flat) or _LABELLED_SLOT.search(text) or _MONTHLY_SLOT.search(flat)
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


def slot_from_the_lead(group: list[RawRecord], first: LexborNode) -> None:
    """Give the rows of ``group`` (``first`` its first row's node) the hours and the room of
    the weekly slot a lead above them states."""
    slot = next(
        (
            found
            for text in lead_texts(first, _SIBLINGS, _CHARS, _LEVELS)
            if (found := weekly_slot(text)) is not None
        ),
        None,
    )
    if slot is None:
        return
    # („March 19 | Spring Break“, „Tuesday 1/30 Most likely no colloquium …“: no session that day.)
    mine = [
        record
        for record in group
        if _on_the_weekday(record, slot.weekday)
        and not is_day_off(record.title, record.date_text)
        and not is_no_session_notice(record.title)
    ]
    add_shared_time(untimed_days(mine), slot.hours, HOURS_SOURCE)
    if slot.place is None:
        return
    for record in mine:
        if record.date_text and not record.location_text:
            record.location_text = slot.place
            record.field_sources["location_text"] = PLACE_SOURCE


def _on_the_weekday(record: RawRecord, weekday: str) -> bool:
    """Whether ``record``'s date names no weekday other than ``weekday``."""
    named = _ANY_WEEKDAY.search(record.date_text or "")
    return named is None or weekday.startswith(named["day"].lower()[:3])

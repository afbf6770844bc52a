"""What one sentence says of all the meetings of a list: their hour, one kind's hour, their place.

A list of meetings often leaves each row without an hour or a place because a sentence beside it
says them once for all: „All meetings will be held on Wednesday evenings in Council Chambers of
the Municipal Building, 1 Main Street, …, at 6:00 p.m.“ (the hour and the place of all), „All
Planning meetings will take place at 7.15 p.m.“ (the hour of one kind), „Meeting place for all
hikes will be Prince George City Hall parking area, unless arranged otherwise.“ (the place of
all). This module reads such sentences; the readers that find them beside a list and give their
hour or place to its records are extract.schedule_lines (a schedule's notice),
extract.kind_hours (a note beside the list) and extract.place_for_all (the list's lead).

Only sentences that say so of all the list's events (or of its meetings in general) count, and a
place only when its words name a venue (a venue word, a street with its number): „Meetings are
held in the evening“ names none. What follows „unless …“ is the exception, not the place. The
sentence may say whose meetings they are, that they are open to the public and on which day and
hour („All meetings of the Library Board of Trustees are open to the public and held on the third
Wednesday of each month at 7 p.m. at the Warrenville Public Library, …“) before it names the
place; the hour after the place ends it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from netdir import lazy_re
from netdir.extract.place_lines import names_a_venue_or_address, names_a_venue_word
from netdir.normalize.online_services import SERVICE_WORDS
from netdir.normalize.when_grammar import AM_PM, AM_PM_CLOCK

# „All meetings“, „All of our sessions“, „all the monthly meetings“: the sentence is of all of them.
_ALL = r"\ball\s+(?:of\s+)?(?:our\s+|the\s+)?(?:\w+\s+)?"
# „6:00 p.m.“, „7 pm“ — a colon between hour and minutes; a kind's note also writes „7.15 p.m.“
# (AM_PM_CLOCK), a sentence of all meetings has not been seen to.
_AM_PM_CLOCK = rf"\d{{1,2}}(?::\d{{2}})?\s*{AM_PM}"

# „Pacifica Fire Station #72 (Linda Mar), 1100 Linda Mar Boulevard, …“: a short aside in
# brackets belongs to the place.
_PLACE = r"(?:the\s+)?(?P<place>[A-Z](?:[^.;!?()]|\([^().;!?]{1,40}\)){2,100}?)"
_END = (
    r"\s*(?:,?\s*(?:unless|except)\b[^.!?]*)?(?:[.!?](?:\s|$)|$"
    # „… in Council Chambers of the Municipal Building, 1 Main Street, at 6:00 p.m., and …“:
    # the hour after the place ends it.
    rf"|,?\s+at\s+{_AM_PM_CLOCK})"
)
# „… of the Library Board of Trustees are open to the public and held on the third Wednesday of
# each month at 7 p.m. at …“: whose meetings, that they are public, and when, before the place.
_WHOSE = r"(?:of\s+the\s+[^.;:!?]{1,60}?\s+)?"
_PUBLIC = r"(?:open\s+to\s+the\s+public\s+and\s+)?"
_WHEN = rf"(?:\s+on\s+[^.;:!?]{{1,80}}?)?(?:\s+at\s+{_AM_PM_CLOCK})?"
_PLACE_FOR_ALL = lazy_re.compile(
    # „Meeting place for all hikes will be …“, „The meeting point for all walks is …“
    r"\b(?:meeting|starting|departure)\s+(?:place|point|location)\s+for\s+all\s+(?:\w+\s+){1,3}"
    rf"(?:will\s+be|is)\s+(?:at\s+|in\s+)?{_PLACE}{_END}"
    # „All meetings are held in …“, „All our events take place at …“
    rf"|{_ALL}(?:meetings|events|sessions|hikes|walks|classes|workshops)\s+"
    rf"{_WHOSE}(?:are|will\s+be|to\s+be)\s+{_PUBLIC}(?:held|hosted){_WHEN}\s+(?:at|in)\s+"
    rf"{_PLACE.replace('place', 'place2')}{_END}"
    # „Meetings take place at …“, „Regular meetings are held in …“, „Meetings are held on the
    # 2nd Tuesday of each month at the Lincoln Township Hall.“ (when, then where)
    rf"|^(?:\w+\s+)?(?:meetings|sessions)\s+(?:take\s+place|are\s+held){_WHEN}\s+(?:at|in)\s+"
    rf"{_PLACE.replace('place', 'place3')}{_END}",
    re.I | re.M,
)
# „Seminar sessions are held on Teams, usually on a Thursday at 1 PM (UK)“: the sessions in
# general are held in a video-meeting service — that service is where every one of them is.
_SERVICE_FOR_ALL = lazy_re.compile(
    r"(?:^|[.!?:]\s+)(?:\w+\s+)?(?:meetings|sessions|seminars|talks|lectures|webinars|events)\s+"
    r"(?:are|will\s+be)\s+(?:(?:usually|always|all|currently)\s+)?(?:held|hosted|run)\s+"
    rf"(?:on|via|over|in|through|using)\s+(?P<service>(?:{SERVICE_WORDS}))\b",
    re.I | re.M,
)
# „All meetings will be held on Wednesday evenings … at 6:00 p.m.“: the hour all are held at.
_HOUR_FOR_ALL = lazy_re.compile(
    rf"{_ALL}(?:meetings|sessions)\s+(?:will\s+be|are)\s+"
    rf"held\b[^.!?]{{0,200}}?\bat\s+(?P<clock>{_AM_PM_CLOCK})"
    # „… through Webex. Meetings start at 5 p.m. unless otherwise noted.“: a sentence of the
    # meetings in general, the hour they begin at.
    rf"|(?:^|[.!?:]\s+)(?:\w+\s+)?(?:meetings|sessions)\s+(?:start|begin|commence)\s+"
    rf"at\s+(?P<start>{_AM_PM_CLOCK})",
    re.I,
)
# „All Planning meetings will take place at 7.15 p.m.“: the kind is the capitalised words before
# „meetings“, the hour an am/pm clock with a colon or a dot („7.15 p.m.“).
_KIND_HOUR = lazy_re.compile(
    r"\ball\s+(?:of\s+the\s+)?(?P<kind>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2})\s+meetings\s+"
    r"(?:will\s+|are\s+to\s+|are\s+)?(?:take\s+place|be\s+held|held|start|begin|commence)\s+"
    rf"at\s+(?P<clock>{AM_PM_CLOCK})(?![\w])",
    re.I,
)


def place_for_all(text: str) -> str | None:
    """The venue ``text`` names for all events („Meeting place for all hikes will be …“)."""
    for match in _PLACE_FOR_ALL.finditer(text):
        place = next(value for value in match.groups() if value)
        place = " ".join(place.split()).strip(" ,")
        # „Pacifica Fire Station #72 (Linda Mar), 1100 Linda Mar Boulevard, Pacifica, CA 94044“:
        # the venue is the first of the place's parts, the rest its address.
        venue = place.split(",")[0]
        if names_a_venue_or_address(place) or names_a_venue_word(venue):
            return place
    service = _SERVICE_FOR_ALL.search(text)
    return " ".join(service["service"].split()) if service is not None else None


def hour_for_all(text: str) -> str | None:
    """The hour ``text`` says all meetings are held at („All meetings will be held … at 6:00
    p.m.“), as written."""
    match = _HOUR_FOR_ALL.search(text)
    return (match["clock"] or match["start"]) if match else None


def hours_by_kind(text: str) -> Iterator[tuple[str, str]]:
    """(kind, hour) of each sentence of ``text`` that times all meetings of one kind („All
    Planning meetings will take place at 7.15 p.m.“ → „Planning“, „7.15 p.m.“)."""
    for match in _KIND_HOUR.finditer(text):
        yield match["kind"], " ".join(match["clock"].split())

"""Rows under a schedule's heading, named by the meeting the page's prose says it holds that day.

A group's one-page site says what its meeting is in a sentence — „The TSSG General Meeting is on
Wednesdays. It is an all-team meeting …“ — and further down lists the coming dates under a
heading that names the list, not the meeting: „WEDNESDAY WEEKLY MEETING SCHEDULE“ over rows of a
day, a library's logo and „12:30 to 5pm“. Each row had been named by that heading. The rows are
the meeting the sentence names, when the heading is a schedule's („… Schedule“, „… Calendar“,
„Terminplan“) and names the same kind of gathering („Meeting“) and no other weekday than the
sentence's.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.inline_text import visible_text
from netdir.extract.listing_groups import Outline
from netdir.normalize.when_words import GERMAN_WEEKDAY_ALT

# „WEDNESDAY WEEKLY MEETING SCHEDULE“, „Meeting Calendar“, „Sitzungskalender“: the list's name.
_SCHEDULE_HEADING = lazy_re.compile(
    r"\b(?:schedule|calendar)\b|(?:termin|sitzungs|treffen)(?:plan|kalender|übersicht)\b", re.I
)
_WEEKDAY = lazy_re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    rf"{GERMAN_WEEKDAY_ALT})\b",
    re.IGNORECASE,
)
# „The TSSG General Meeting is on Wednesdays“, „The Hack Night meets every Tuesday“: a name of up
# to six capitalised words ending in a gathering's word, then its weekday.
_GATHERING = r"(?:Meeting|Meetup|Session|Hack\s+Night|Club|Class|Treffen|Stammtisch|Sitzung)"
_MEETING_ON_A_WEEKDAY = lazy_re.compile(
    r"\bThe\s+(?P<name>(?:[A-Z][\w&.'-]*\s+){0,5}" + _GATHERING + r")\s+"
    r"(?:is(?:\s+held)?|takes\s+place|meets)\s+(?:on|every)\s+"
    r"(?P<day>Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b"
)
_PROSE_TAGS = frozenset({"p", "li", "div", "span"})
_MAX_PROSE = 400
_SOURCE = "listing:the meeting the page's prose names for the schedule's rows"


def meeting_of_the_prose(text: str) -> tuple[str, str] | None:
    """(name, weekday) of a sentence „The <name> is on <weekday>s“; None for any other text."""
    match = _MEETING_ON_A_WEEKDAY.search(" ".join(text.split()))
    if match is None:
        return None
    return match["name"], f"{match['day']}day".lower()


def names_the_schedule(heading: str, name: str, weekday: str) -> bool:
    """Whether ``heading`` is a schedule's („… Meeting Schedule“) of the gathering ``name`` on
    ``weekday``: it names the same kind of gathering and no other weekday."""
    if not _SCHEDULE_HEADING.search(heading):
        return False
    words = heading.casefold().split()
    if name.split()[-1].casefold() not in words:
        return False
    return all(day == weekday for day in _WEEKDAY.findall(heading.casefold()))


def name_schedule_rows(readings: list[BlockReading], heading: str | None, outline: Outline) -> None:
    """Title the dated rows named by a schedule's heading with the meeting the page's prose
    names (see the module docstring)."""
    if not heading or not readings:
        return
    if any(not r.date_text or (r.title or "").casefold() != heading.casefold() for r in readings):
        return
    for node in outline.nodes:
        if node.tag not in _PROSE_TAGS:
            continue
        text = visible_text(node)
        if len(text) > _MAX_PROSE:
            continue
        meeting = meeting_of_the_prose(text)
        if meeting is None or not names_the_schedule(heading, *meeting):
            continue
        for reading in readings:
            reading.title = meeting[0]
            reading.sources["title"] = _SOURCE
        return

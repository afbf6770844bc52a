"""The hours an English item's excerpt gives its day in running prose, after „from“.

A library's calendar dates its items in a column of their own and says the hours in the excerpt
below, mid-sentence: „Have a data question? Stop in to Mugar Library from 2:00-3:00 for office
hours with the DCC.“, „… will be on Friday, October 28 from 2:00-3:30 in Barristers Hall (LAW,
765 Commonwealth Avenue).“ — the sentence may go on from the hours to the hall they are held in.
The span after „from“ is when the item runs. It is handed on with its „from“: the when-reader
takes a span of small hours so introduced as the afternoon („from 2:00-3:00“ is 14:00–15:00), as
an English page means it. A place that is open from one hour to another („The office is open
from 9:00-5:00“) gives no event's hours.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.place_lines import names_a_venue_word

# „from 2:00-3:00“, „from 2:00 to 3:30“, „from 11:30am - 1:00pm“: a clock with its minutes, a
# dash or „to“, the end's clock (its minutes may be left out before am/pm).
_MERIDIEM = r"(?:\s?(?:[ap]m\b|[ap]\.\s?m\.))?"
_SPAN = (
    rf"\bfrom\s+(?P<span>\d{{1,2}}:\d{{2}}{_MERIDIEM}\s*(?:[-–—]|\bto\b|\buntil\b)\s*"
    rf"\d{{1,2}}(?::\d{{2}})?{_MERIDIEM})(?![\d:])"
)
_FROM_SPAN = lazy_re.compile(_SPAN, re.IGNORECASE)
# „from 2:00-3:30 in Barristers Hall (LAW, 765 Commonwealth Avenue).“: the hours, „in“ or „at“,
# a capitalised name (and its address in a bracket) that ends the sentence.
_SPAN_THEN_PLACE = lazy_re.compile(
    rf"(?i:{_SPAN})\s+(?:in|at)\s+(?:the\s+)?"
    r"(?P<place>(?P<name>[A-Z][^.;!?()]{2,60}?)(?:\s*\([^()]{2,80}\))?)\s*(?:[.;!?](?:\s|$)|$)"
)
# „open from …“, „opening hours from …“: the hours a place keeps, not an event's.
_OPEN_BEFORE = lazy_re.compile(r"\bopen(?:s|ed|ing)?\b(?:\s+\w+){0,3}\s*$", re.IGNORECASE)


def from_hour_span(lines: list[str]) -> str | None:
    """„from 2:00-3:00“: the first span of hours a line introduces with „from“, with its „from“;
    None when no line has one (or only opening hours do)."""
    for line in lines:
        for match in _FROM_SPAN.finditer(line):
            if _OPEN_BEFORE.search(line[: match.start()]):
                continue
            return f"from {' '.join(match['span'].split())}"
    return None


def venue_after_the_hours(lines: list[str]) -> str | None:
    """„Barristers Hall (LAW, 765 Commonwealth Avenue)“: the venue a sentence names right after
    its span of hours („… from 2:00-3:30 in Barristers Hall (…).“) — a name with a venue's word;
    None when no line has one."""
    for line in lines:
        for match in _SPAN_THEN_PLACE.finditer(line):
            if names_a_venue_word(match["name"].strip()):
                return " ".join(match["place"].split())
    return None

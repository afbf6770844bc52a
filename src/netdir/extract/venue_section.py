"""The venue a programme page names once, in a section of its own, for all its sessions.

A summit's page tells where it is held under a heading of its own — „<h2>Veranstaltungsort</h2>
<p>Der SCS Summit 2024 fand in der Villa Elisabeth, Invalidenstraße 3 in 10115 Berlin-Mitte,
statt (Nähe S Nordbahnhof).</p>“ — and then lists its timetable, „09:50 – 10:10 Keynote: …“,
without a place in any session: every session is at that venue. When a page has one section
headed only by the word for the venue („Veranstaltungsort“, „Tagungsort“, „Venue“) and its first
paragraph names a place — as a line of its own, or in „… findet/fand in … statt“ — the dated
records of a list none of whose rows names a place of its own take that place.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.context import clean_text
from netdir.extract.element_ancestors import document_root
from netdir.extract.element_siblings import element_siblings
from netdir.extract.inline_text import visible_text
from netdir.extract.place_lines import names_a_venue_or_address
from netdir.records import RawRecord

SOURCE = "listing: the page's venue section (the place of each session)"
# „Veranstaltungsort“, „Tagungsort:“, „Venue“, „Veranstaltungsort & Anfahrt“: a heading that
# only names the section where the place is told.
_VENUE_HEADING = lazy_re.compile(
    r"^\W*(?:veranstaltungsort|tagungsort|konferenzort|austragungsort|venue)"
    r"(?:\s*(?:&|und|and)\s*(?:anfahrt|anreise|directions))?\W*$",
    re.IGNORECASE,
)
# „Der SCS Summit 2024 fand in der Villa Elisabeth, Invalidenstraße 3 in 10115 Berlin-Mitte,
# statt“, „Die Tagung findet im Bürgerhaus Weststadt statt.“: the words between the preposition
# and „statt“.
_HELD_AT = lazy_re.compile(
    r"\b(?:findet|fand|finden|fanden)\s+(?:[^.]*?\s)?(?:in\s+der|in\s+dem|im|in\s+den|in)\s+"
    r"(?P<place>[A-ZÄÖÜ][^.!?]{2,150}?)\s*,?\s+statt\b"
)
_HEADINGS = "h2, h3, h4"
_SPACE_BEFORE_COMMA = lazy_re.compile(r"\s+,")


def places_from_the_venue_section(group: list[RawRecord], row: LexborNode) -> None:
    """Give the dated records of ``group`` the place of the page's venue section, when none of
    them has a place of its own (see the module docstring). ``row`` is a node of the list."""
    dated = [record for record in group if record.date_text]
    if len(dated) < 2 or any(record.location_text for record in dated):
        return
    root = document_root(row)
    headings = [h for h in root.css(_HEADINGS) if _VENUE_HEADING.match(visible_text(h) or "")]
    if len(headings) != 1:
        return
    place = _place_after(headings[0])
    if place is None:
        return
    for record in dated:
        record.location_text = place
        record.field_sources["location_text"] = SOURCE


def _place_after(heading: LexborNode) -> str | None:
    """The place the first paragraph after the venue heading names; None without one."""
    paragraph = next(
        (e for e in element_siblings(heading, "next") if e.tag == "p" and e.text(strip=True)),
        None,
    )
    if paragraph is None:
        return None
    # „<a>Villa Elisabeth</a>, Invalidenstraße 3“: no space before the comma after a link
    text = _SPACE_BEFORE_COMMA.sub(",", clean_text(visible_text(paragraph)) or "")
    held = _HELD_AT.search(text)
    if held is not None:
        place = held["place"].strip(" ,")
        return place if names_a_venue_or_address(place) else None
    return text if len(text) <= 120 and names_a_venue_or_address(text) else None

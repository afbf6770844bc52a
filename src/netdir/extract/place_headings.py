"""A block's own small heading „Locations“ over a list: the first place listed is where it is.

A user group's meeting block ends with its rooms under a heading of their own::

    <h3>Building Applications with Redis</h3> <p><em>September 08, 2014 at 6pm - Brad Young</em></p>
    <p>Redis is …</p> <h4>Locations</h4>
    <ul><li><a href="https://www.google.com/maps/…">Murray State University, Business Building,
    Room 551</a></li> <li><a …>Murray State University, Paducah Campus, Room 215 (via video)</a></li></ul>

The heading labels the list below it as the meeting's places; a reader goes to the first one (the
others follow by video, or are alternatives). A heading that is only such a label („Location“,
„Venue“, „Where“, „Ort“) does this; the item's name is another heading. A value that says the
place is still open („unbekannt“, „TBA“) names none.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.element_siblings import element_siblings
from netdir.extract.inline_text import visible_text
from netdir.extract.term_labelled_places import says_not_known_yet

SOURCE = "listing:first line under the block's place heading"
_PLACE_HEADING = lazy_re.compile(
    r"^\s*(?:locations?|venues?|where|places?|ort|orte|veranstaltungsort)\s*:?\s*$", re.I
)
# (A definition term „<dt>Ort</dt><dd>…</dd>“ is term_labelled_places' to read.)
_HEADINGS = "h2, h3, h4, h5, h6"
_MAX_PLACE = 150


def place_under_a_place_heading(segment: list[LexborNode]) -> str | None:
    """The first line of the list or paragraph right after a place heading in the block."""
    for node in segment:
        for heading in node.css(_HEADINGS):
            if not _PLACE_HEADING.match(visible_text(heading)):
                continue
            after = next(element_siblings(heading, "next", 1), None)
            if after is None:
                continue
            first = after.css_first("li") if after.tag in ("ul", "ol") else after
            text = re.sub(r"\s+", " ", visible_text(first)).strip() if first is not None else ""
            if text and len(text) <= _MAX_PLACE and not says_not_known_yet(text):
                return text
    return None

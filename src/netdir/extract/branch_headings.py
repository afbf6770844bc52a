"""A list split by the places that hold its rows: each section's heading is its rows' place.

A public library's week of programmes lists them by branch — „<h3>Bathurst Clark Resource
Library</h3>“ over that branch's list („Born to Read (Wednesday, Jan. 21, 10:30 & 11:30 a.m.)“,
„Family Storytime (Monday, Jan. 19, 7:00 p.m.)“), „<h3>Pierre Berton Resource Library</h3>“ over
the next. A reader goes to the branch the programme is listed under. When one list's rows stand
under several section headings and most of those headings name a venue („… Library“, „…halle“),
each heading is the place of the rows below it (a branch named only by its neighbourhood, „Ansley
Grove“, among them too). The same programme on the same day at two branches is then two
offerings, not one listed twice.

A farm group's page heads each farm's programme with the farm's name — „<h4>Untermühlbachhof</h4>“
over a table of dated tours, „<h4>Mathislehof</h4>“ over a paragraph: only one heading stands over
the list's rows, but its sibling headings of the same rank split the page by places too, so the
heading is the rows' place. A name ending in „-hof“ (a farm, a manor) names a place here.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.context import clean_text
from netdir.extract.date_cues import DATE_LIKE
from netdir.extract.inline_text import visible_text
from netdir.extract.listing_groups import Candidate, Outline
from netdir.extract.place_lines import names_a_venue_word

#: Provenance of a place a row takes from the heading of its section.
SOURCE = "listing:section heading (the place the rows below it are held at)"
_MIN_BRANCHES = 2
_MOSTLY = 0.5  # more than half of the headings name a venue
_MAX_HEADING = 60


def branch_of_each_block(candidate: Candidate, outline: Outline | None) -> list[str | None]:
    """The place heading over each of the candidate's blocks (see the module docstring);
    a list of None when the list is not split by places."""
    nothing: list[str | None] = [None] * len(candidate.segments)
    if outline is None:
        return nothing
    headings = [outline.section_heading(segment[0]) for segment in candidate.segments]
    distinct = {heading for heading in headings if heading}
    if len(distinct) == 1 and all(headings):
        distinct |= set(_sibling_headings(outline, candidate.segments[0][0]))
    if len(distinct) < _MIN_BRANCHES or any(
        len(heading) > _MAX_HEADING or DATE_LIKE.search(heading) for heading in distinct
    ):
        return nothing
    # „Bathurst Clark Resource Library“, „Untermühlbachhof“ (place_lines' venue words)
    venues = sum(1 for heading in distinct if names_a_venue_word(heading))
    if venues <= _MOSTLY * len(distinct):
        return nothing
    return headings


def _sibling_headings(outline: Outline, first: LexborNode) -> list[str]:
    """The texts of the headings of the same rank beside the one heading over ``first``."""
    above = outline.headings_before(first)[:1]
    if not above or above[0].parent is None:
        return []
    heading, parent = above[0], above[0].parent
    texts = (
        clean_text(visible_text(node))
        for node in parent.iter()
        if node.tag == heading.tag and node.mem_id != heading.mem_id
    )
    return [text for text in texts if text]

"""The next meeting a group's page announces under its own heading.

A user group's dates page: „<h3>Der nächste Termin:</h3><p><strong>Donnerstag, 3. Februar 2005,
20.00 Uhr</strong></p>“, then „Ort:“, „Themen:“, and only further down „<h2>Weitere
Termine</h2>“ over a list of days. The list is a group of blocks; the next meeting is one line
of its own, in no group, so it gave no record. A heading that announces the next meeting over
a line that is only a day (and its hours) is that meeting — the group's own, named as the list's
days are (``listing_row_context``: the page's name under a list-of-dates heading).
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import node_text
from netdir.extract.lead_sentence import names_the_next_meeting
from netdir.extract.listing_groups import Candidate, Outline
from netdir.extract.lone_blocks import element_with_text_after, is_only_a_day, lone_block_candidate
from netdir.extract.next_meeting_boxes import box_opening_with_its_day, place_line_of_the_box

_SIBLINGS_AFTER = 3  # empty paragraphs a wiki leaves between the heading and its line


def next_meeting_blocks(
    outline: Outline, chosen: list[Candidate], base_url: str, score: float
) -> list[Candidate]:
    """One-block candidates (scored ``score``) for each „Der nächste Termin:“ heading over a
    line that is only a day, outside the chosen groups."""
    found: list[Candidate] = []
    for heading in outline.headings:
        if not names_the_next_meeting(node_text(heading) or ""):
            continue
        line = _line_after(heading)
        if line is None or line.parent is None:
            continue

        def complete(reading: BlockReading, line: LexborNode = line) -> None:
            if reading.title is None and outline.page_name:
                # The line is only a day; the heading says whose meeting it is: the page's group.
                reading.title = outline.page_name
                reading.sources["title"] = "listing:page title (under a next-meeting heading)"
            if reading.location_text is None and (place := place_line_of_the_box(line)):
                reading.location_text = place  # „im Cafe Drei:Klang, Wolbecker Straße 36, Münster“
                reading.sources["location_text"] = "listing:address line of the next-meeting box"

        candidate = lone_block_candidate(
            line.parent, [line], outline, chosen, base_url, score, complete
        )
        if candidate is not None:
            found.append(candidate)
    return found


def _line_after(heading: LexborNode) -> LexborNode | None:
    """The first element after ``heading`` with text, when that text is only a day."""
    node = element_with_text_after(heading, _SIBLINGS_AFTER)
    if node is None:
        return None
    if is_only_a_day((node_text(node) or "").strip()):
        return node
    # „<div class="notification"><span>Dienstag, 20.9.2022 - 19:30 Uhr "Hacknight"</span>
    # <br>… im Cafe Drei:Klang …</div>“: a box whose first line opens with the day
    return box_opening_with_its_day(node)

"""A box headed only „Next meeting:“ over the heading that names the meeting.

A user group's meetings page keeps its coming meeting in a side box::

    <h2>Next meeting:</h2>
    <h3><a href="/meetings/shrug-79">Sheffield Ruby in the (Beer) Garden</a></h3>
    <dl><dt>Date:</dt><dd>13/06/2016</dd><dt>Location:</dt><dd>…</dd></dl>

The box's top heading says which of the group's meetings it holds — the next one — and names
none (``lead_sentence.names_the_next_meeting``); the heading below it names the meeting, as a
reader takes it. The box is named by its first heading after the announcing one (of the highest
rank among them); a box with no heading below keeps the announcing one (``next_meeting_titles``
names such a box after the page).
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import HEADING_TAGS, node_text
from netdir.extract.lead_sentence import names_the_next_meeting


def heading_below_the_announcement(
    headings: list[LexborNode], best: LexborNode
) -> LexborNode | None:
    """The heading after ``best`` that names the meeting, when ``best`` (the block's top
    heading, one of ``headings`` in document order) only announces the next meeting; else None."""
    if not names_the_next_meeting(node_text(best) or ""):
        return None
    after = headings[headings.index(best) + 1 :] if best in headings else []
    named = [heading for heading in after if node_text(heading)]
    if not named:
        return None
    return min(named, key=lambda heading: HEADING_TAGS.index(heading.tag or "h6"))

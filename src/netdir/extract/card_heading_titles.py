"""A card that opens with its heading, then its day, then a body: the heading names it.

A users group's page of talks is a column of cards, each „<h4>Editing with Ed</h4><h6>25 September
2015</h6><p>An introductory guide to the standard text editor.</p><p><a>Download the slides</a>
</p>“. The list's rows begin at the day („h6+p“), so the heading stands just outside each row, and
the row's own first line — the excerpt — was read as its name. A reader names each talk by the
heading that opens its card.

The row is named by its own text line (not by a classed name line or a link of its own); its
first element holds only its day; the element just before it is a heading (h2–h5) with words that
are not a day, the first element of their common card; the card holds no other heading and no
other day line: one card, one day, one name (a section's „<h2>2023 Minutes</h2>“ over a day line
per meeting heads a list, not a card).
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import names_a_day, node_text
from netdir.extract.date_cues import DATE_LIKE
from netdir.extract.element_siblings import element_before
from netdir.extract.title_text import is_junk_title

SOURCE = "listing:heading opening the card (before its day)"
_HEADINGS = ("h2", "h3", "h4", "h5")
_DAY_CHARS = 40  # „Wednesday, 25 September 2015, 16:00“: a day line, not a sentence
_NAME_CHARS = 120


def name_from_the_cards_heading(segment: list[LexborNode], reading: BlockReading) -> bool:
    """Name ``reading`` by the heading opening its card (see the module docstring); whether it
    did."""
    if not segment or reading.date_text is None or not reading.titled_by_its_own_line():
        return False  # a classed name line („<p class="event-name">“), a link: the row's own
    day = segment[0]
    if not _a_day_line(day):
        return False
    heading = element_before(day)
    card = day.parent
    if heading is None or heading.tag not in _HEADINGS or card is None:
        return False
    first = _first_element(card)
    if first is None or first.mem_id != heading.mem_id:
        return False  # the heading must open the card
    if len(card.css(",".join(_HEADINGS))) != 1:
        return False
    if sum(1 for child in card.iter() if child.is_element_node and _a_day_line(child)) != 1:
        return False  # „<h2>2023 Minutes</h2>“ over a day line per meeting: a section, no card
    name = node_text(heading)
    if not name or len(name) > _NAME_CHARS or DATE_LIKE.search(name) or is_junk_title(name):
        return False
    if reading.title != name:
        reading.title = name
        reading.sources["title"] = SOURCE
    return True


def _a_day_line(node: LexborNode) -> bool:
    text = node_text(node) or ""
    return len(text) <= _DAY_CHARS and names_a_day(text)


def _first_element(node: LexborNode) -> LexborNode | None:
    child = node.child
    while child is not None and not child.is_element_node:
        child = child.next
    return child

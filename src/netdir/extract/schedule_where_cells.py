"""The where-column of a day's schedule table: rows „11:00am - 4:00pm | <strong>Arrival</strong>
Prospective students arrive in NYC. | <a>The Lucerne Hotel</a>“ under a heading that names the
day. A header-less table whose rows open with their hours and end in a short third cell says in
that cell where each session is — a room („Schermerhorn Room 321“), a restaurant's or hotel's
link, a video service („Zoom (see email)“, a Zoom link). A reader sees it as a column (of all the
day tables of the page, which share their columns): several of its cells name a venue or a video
service, so every row's last cell is its place, even one that
names no venue word („Pisticci“, „Janet Metcalfe’s Apartment“), and a link there leads to the
place's site — it does not name the session (the middle cell's bold name does).

A column of speakers or hosts („Jane Doe“, „PHP Usergroup“) names no venue in two cells and is
not read as places; neither is a cell that only says the place is not known yet („Location
TBD“)."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.date_cues import TIME_LIKE, search_date_like
from netdir.extract.inline_text import visible_line
from netdir.extract.place_lines import names_a_venue_word
from netdir.extract.table_cells import row_cells, table_holding
from netdir.extract.title_text import title_in_text
from netdir.normalize.online_services import ONLINE_WORDS
from netdir.normalize.when_letter_meridiems import letter_meridiems_spelt_out

SOURCE = "listing:where-column of the schedule table"
_CELLS = 3  # the hours, the session, where
_PLACE_CELLS = 2  # cells of the column that name a venue or a video service
_MAX_WHERE_WORDS = 8
_ROWS_LOOKED_AT = 40  # timed rows of the table asked for their cell (a row asks for each link)
# „9:30pm onwards“, „6:00p onward“: hours that run on to the end of the evening.
_ONWARD = lazy_re.compile(r"\s*\bonwards?\s*$", re.I)
# „Location TBD“, „TBA“, „Room to be announced“: where is not known yet.
_NOT_KNOWN = lazy_re.compile(r"\b(?:TBD|TBA|TBC|to be (?:announced|confirmed|determined))\b", re.I)


def where_cell(row: LexborNode) -> LexborNode | None:
    """``row``'s last cell when ``row`` is a timed row of a schedule table whose last column
    says where; None otherwise (and for a cell that names no place yet)."""
    cell = _last_cell_of_a_timed_row(row)
    if cell is None or _NOT_KNOWN.search(visible_line(cell)):
        return None
    table = table_holding(row.parent)
    if table is None or not _says_where(_top(table)):
        return None
    return cell


def where_of_the_row(segment: list[LexborNode]) -> str | None:
    """The place a one-row block's where-cell names, on one line („Schermerhorn Hall Zuckerman
    Institute“ from two lines of buildings)."""
    if len(segment) != 1:
        return None
    cell = where_cell(segment[0])
    if cell is None:
        return None
    lines = [" ".join(line.split()) for line in cell.text(separator="\n").split("\n")]
    text = ", ".join(line for line in lines if line)
    return text or None


def in_a_where_cell(link: LexborNode) -> bool:
    """Whether ``link`` stands in the where-cell of its schedule row."""
    node = link.parent
    while node is not None and node.tag not in ("td", "th", "table"):
        node = node.parent
    if node is None or node.tag == "table" or node.parent is None:
        return False
    cell = where_cell(node.parent)
    return cell is not None and cell.mem_id == node.mem_id


def _last_cell_of_a_timed_row(row: LexborNode) -> LexborNode | None:
    if row.tag != "tr":
        return None
    cells = row_cells(row)
    if len(cells) != _CELLS or not _hours_only(visible_line(cells[0])):
        return None
    if not visible_line(cells[1]):
        return None
    last = visible_line(cells[2])
    if not last or len(last.split()) > _MAX_WHERE_WORDS:
        return None
    if search_date_like(last) or TIME_LIKE.search(last):
        return None
    return cells[2]


def _hours_only(text: str) -> bool:
    """A cell of hours and nothing else („11:00am - 4:00pm“, „9:15a - 9:55a“, „6:00p onward“)."""
    if not text or not TIME_LIKE.search(letter_meridiems_spelt_out(text)):
        return False
    if search_date_like(text):
        return False  # a day in the row: a list of dated rows, not one day's schedule
    return title_in_text(_ONWARD.sub("", letter_meridiems_spelt_out(text))) is None


def _top(node: LexborNode) -> LexborNode:
    """The document's root element above ``node``: a schedule of several days is often one
    table per day (under one heading each), and the tables share their columns."""
    while node.parent is not None and node.parent.is_element_node:
        node = node.parent
    return node


def _says_where(root: LexborNode) -> bool:
    """Whether the last column of the schedule tables under ``root`` names venues or video
    services in several cells."""
    named = looked_at = 0
    for row in root.css("tr"):
        cell = _last_cell_of_a_timed_row(row)
        if cell is None:
            continue
        looked_at += 1
        if looked_at > _ROWS_LOOKED_AT:
            return False
        text = visible_line(cell)
        if names_a_venue_word(text) or ONLINE_WORDS.search(text):
            named += 1
            if named >= _PLACE_CELLS:
                return True
    return False

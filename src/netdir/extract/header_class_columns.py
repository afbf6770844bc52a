"""A list laid out as a table of divs: a header row of labels above rows of classed cells.

A city magazine's event calendar draws its table without ``<table>``: „<div class="Header">
<div class="first">Was?</div><div class="second">Wo?</div><div class="third">Wann?</div>…“ above
„<div class="Row"><div class="first"><a>Osterhasenstall</a></div><div class="second">
Naturschutzzentrum Karlsruhe-Rappenwört<br />Karlsruhe</div><div class="third">10.04.2012<br/>
12:00 Uhr</div>…“. A reader matches each cell to the label above it by its column; the cell
under „Wo?“ (venue and town on two lines) is where the event is held.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_columns import PLACE_COLUMN, VENUE_COLUMN
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import WORDS, first_class, node_text, text_lines
from netdir.extract.date_cues import search_date_like
from netdir.extract.element_siblings import element_siblings

#: Provenance of a place read from the cell under a header div's place label.
SOURCE = "listing:div cell under the header's place label"
_LABEL_WORDS = 3  # „Wo?“, „Veranstaltungsort“, „Datum / Zeit“: a label is a word or three
_MIN_LABELS = 2
_MAX_PLACE_CHARS = 160  # a venue, its street and town; not a paragraph


def place_under_the_header_label(segment: list[LexborNode], reading: BlockReading) -> None:
    """Give a row of classed cells the text of its cell whose class the header's place label
    („Wo?“, „Ort“, „Location“) has (see module)."""
    row = segment[0]
    cells = _classed_children(row)
    if len(cells) < _MIN_LABELS:
        return
    header = _header_of(row)
    if header is None:
        return
    labels = _classed_children(header)
    place_class = next(
        (first_class(label) for label in labels if _names_the_place(node_text(label) or "")),
        None,
    )
    if not place_class:
        return
    cell = next((c for c in cells if first_class(c) == place_class), None)
    if cell is None:
        return
    place = ", ".join(line.strip() for line, _ in text_lines([cell]) if line.strip())
    if 2 <= len(place) <= _MAX_PLACE_CHARS and search_date_like(place) is None:
        reading.location_text = place
        reading.sources["location_text"] = SOURCE


def _classed_children(node: LexborNode) -> list[LexborNode]:
    child = node.child
    found: list[LexborNode] = []
    while child is not None:
        if child.is_element_node and first_class(child):
            found.append(child)
        child = child.next
    return found


def _header_of(row: LexborNode) -> LexborNode | None:
    """The element of labels before the row: a sibling of the row's own container („<div
    class="Header">“ before „<div class="Content">“) or, in one container, an earlier sibling
    of another class than the rows — whose classed children are all short labels."""
    candidates: list[LexborNode] = []
    if row.parent is not None:
        candidates.extend(element_siblings(row.parent, "prev", 1))
        first = next(iter(_classed_children(row.parent)), None)
        if first is not None and first_class(first) != first_class(row):
            candidates.append(first)
    for candidate in candidates:
        labels = _classed_children(candidate)
        if len(labels) >= _MIN_LABELS and all(_a_label(label) for label in labels):
            return candidate
    return None


def _names_the_place(label: str) -> bool:
    return bool(PLACE_COLUMN.search(label) or VENUE_COLUMN.match(label))


def _a_label(node: LexborNode) -> bool:
    text = node_text(node) or ""
    return 0 < len(WORDS.findall(text)) <= _LABEL_WORDS and not any(ch.isdigit() for ch in text)

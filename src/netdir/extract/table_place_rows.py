"""The venue a timetable's own label row names, its address in the rows below the value.

A sports association's timetable, saved from a spreadsheet as a web page, states once above its
days where the whole championship is held: a row „Austragungsort: | Kegelsportzentrum“ (the label
in one cell, the venue in the next), then rows that hold only the venue's street and town in the
same column („Graf-Recke-Str. 162“, „40237 Düsseldorf“), then its phone line. The day and
discipline rows below name no place; a reader takes that venue and address for every one of
them. The label row must be a place's label and one value and nothing else; the lines below join
while they are a street with its number or a postcode with its town, in the value's column alone.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.grid_columns import grid_columns
from netdir.extract.lead_times import lead_elements
from netdir.extract.place_lines import is_postcode_and_town, names_a_place

#: Provenance of a place a label row of the list's table states.
SOURCE = "listing: place label row above the table's rows (its address in the rows below)"
# „Austragungsort:“, „Veranstaltungsort:“, „Spielort:“, „Ort:“, „Venue:“: a cell that is only
# a place's label (the colon may be missing in a cell of its own).
_LABEL = lazy_re.compile(
    r"^(?:(?:austragungs|veranstaltungs|wettkampf|spiel|tagungs|trainings|übungs)?ort|"
    r"spielstätte|sportstätte|wettkampfstätte|veranstaltungsstätte|treffpunkt|venue|location)"
    r"\s*:?$",
    re.I,
)
# „Graf-Recke-Str. 162“, „Konrad-Adenauer-Platz 3a“: a street with its number (a street name
# joined by hyphens ends its street word capitalised, which place_lines' patterns do not take).
_STREET = lazy_re.compile(
    r"^[A-ZÄÖÜ][\w.'-]*(?:\s+[A-ZÄÖÜ][\w.'-]*){0,3}"
    r"(?i:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer)\s*\d{1,4}\s?[a-zA-Z]?$"
)
_SIBLINGS = 8  # the label row, the address rows, a phone line and the lanes' header
_LEAD_CHARS = 200
_ADDRESS_ROWS = 3  # a street, a postcode and town, perhaps a district


def place_of_the_label_row(first: LexborNode) -> str | None:
    """The venue (and address) a label row of the table above ``first`` (the list's first row)
    names; None when no row above is a place's label and one value."""
    for node, _text in lead_elements(first, _SIBLINGS, _LEAD_CHARS):
        if node.tag != "tr":
            continue
        found = _label_and_value(node)
        if found is None:
            continue
        column, value = found
        if not names_a_place(value) and not value[:1].isupper():
            return None
        return ", ".join([value, *_address_below(node, column)])
    return None


def _filled_cells(row: LexborNode) -> list[tuple[int, str]]:
    """(grid column, text) of the row's cells that hold any text."""
    cells = [cell for cell in row.iter(include_text=False) if cell.tag in ("td", "th")]
    found = []
    for column, cell in zip(grid_columns(cells), cells, strict=True):
        text = " ".join(cell.text(separator=" ").split())
        if text:
            found.append((column, text))
    return found


def _label_and_value(row: LexborNode) -> tuple[int, str] | None:
    """(column, value) of a row „Austragungsort: | Kegelsportzentrum“: a label cell, then one
    value cell, nothing else."""
    cells = _filled_cells(row)
    if len(cells) != 2 or _LABEL.match(cells[0][1]) is None:
        return None
    column, value = cells[1]
    if len(value) > _VALUE_CHARS or any(ch.isdigit() for ch in value[:1]):
        return None
    return column, value


_VALUE_CHARS = 80


def _address_below(row: LexborNode, column: int) -> list[str]:
    """The street and town lines in ``column`` of the rows right below the label row."""
    lines: list[str] = []
    below = row.next
    while below is not None and len(lines) < _ADDRESS_ROWS:
        if not below.is_element_node:
            below = below.next
            continue
        cells = _filled_cells(below) if below.tag == "tr" else []
        if len(cells) != 1 or cells[0][0] != column or not _address_line(cells[0][1]):
            break
        lines.append(cells[0][1])
        below = below.next
    return lines


def _address_line(text: str) -> bool:
    """„Graf-Recke-Str. 162“, „40237 Düsseldorf“: a street with its number or a postcode with
    its town (a phone line „Tel.:0211 - 635121“ ends the address)."""
    return _STREET.match(text) is not None or is_postcode_and_town(text)

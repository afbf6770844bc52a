"""A one-row table whose first cell opens with the item's name in bold, the few words after it
naming where, and whose other cell gives the day.

A mountain rescue unit's calendar sets each training as a table of one row::

    <tr><td><b>Skills Night</b> ROC Garage</td><td>Sep 7</td></tr>
    <tr><td><details><summary><b>Search Management *</b> TBD</summary> We will spend two days …
        </details></td><td>May 22-23</td></tr>

A reader sees the name in bold and, after it in plain type, where the training is („ROC Garage“,
„Bear Valley“) or that this is not known yet („TBD“); the cell's line as a whole („Skills Night ROC
Garage“) is no name. The bold is the name — without the footnote marks („*“) and the marks the
page's legend explains („G“, ``legend_marks``) after it — and the words after it are the place,
unless they say it is not known. A
folded description (the <details> body after its <summary>) is no part of that line.

Only a block that is one table row of at least two cells, one of them a day, whose first cell's
line opens with a bold that is not a label („<b>Time:</b> 7 pm“) and goes on with a few words
that tell no day or hour: a longer rest is a sentence about the item, not where it is.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import names_a_day
from netdir.extract.date_cues import DATE_PHRASE, TIME_LIKE
from netdir.extract.inline_text import visible_text
from netdir.extract.legend_marks import page_marks, without_marks

#: Provenance of a title and a place read from such a cell.
TITLE_SOURCE = "listing:bold name opening its cell"
PLACE_SOURCE = "listing:words after the bold name in its cell"

_BOLD = frozenset({"b", "strong"})
_MAX_NAME_CHARS = 120
_MAX_PLACE_WORDS = 6
# „Navigation and Tracking *“, „Medical **“, „Talk †“: footnote marks after a name.
_TRAILING_MARKS = lazy_re.compile(r"(?:\s*[*†‡])+\s*$")
# „TBD“, „TBA“, „to be announced“: where is not known yet.
_NOT_KNOWN = lazy_re.compile(r"\b(?:TBD|TBA|TBC|to be (?:announced|confirmed|determined))\b", re.I)
# What a place's words never open with: a dash or colon hands on to a note, a bracket remarks.
_NO_PLACE_OPENING = lazy_re.compile(r"^[-–—:;,.(\[/|+&]")


def bold_name_and_place(segment: list[LexborNode]) -> tuple[str, str | None] | None:
    """The bold name opening the first cell of a one-row block and the place after it (None
    where it is not known yet), see the module docstring; None for any other block."""
    row = _only_row(segment)
    if row is None:
        return None
    cells = [cell for cell in row.iter() if cell.tag in ("td", "th")]
    if len(cells) < 2 or not any(_names_a_day(cell) for cell in cells[1:]):
        return None
    line = _line_of(cells[0])
    bold = _opening_bold(line)
    if bold is None:
        return None
    name = " ".join(visible_text(bold).split())
    text = " ".join(visible_text(line).split())
    if not name or len(name) > _MAX_NAME_CHARS or name.endswith(":") or not text.startswith(name):
        return None
    rest = text[len(name) :].strip()
    if not rest or _NO_PLACE_OPENING.match(rest) or len(rest.split()) > _MAX_PLACE_WORDS:
        return None
    if DATE_PHRASE.search(rest) or TIME_LIKE.search(rest):
        return None
    title = _TRAILING_MARKS.sub("", without_marks(name, page_marks(row))).strip()
    if not title:
        return None
    return title, None if _NOT_KNOWN.search(rest) else rest


def _only_row(segment: list[LexborNode]) -> LexborNode | None:
    """The block's one table row; None when it has none or more than one."""
    rows: list[LexborNode] = []
    for node in segment:
        if node.tag == "tr":
            rows.append(node)
        rows.extend(node.css("tr"))
        if len(rows) > 1:
            return None
    return rows[0] if rows else None


def _names_a_day(cell: LexborNode) -> bool:
    day = DATE_PHRASE.search(visible_text(cell))
    return day is not None and names_a_day(day.group(0))


def _line_of(cell: LexborNode) -> LexborNode:
    """The cell's own line: a folded <details>'s <summary> when the cell opens with one."""
    first = _first_child(cell)
    if first is not None and first.tag == "details":
        summary = first.css_first("summary")
        if summary is not None:
            return summary
    return cell


def _opening_bold(line: LexborNode) -> LexborNode | None:
    first = _first_child(line)
    return first if first is not None and first.tag in _BOLD else None


def _first_child(node: LexborNode) -> LexborNode | None:
    """The first child that is an element or a text with more than blanks."""
    child = node.child
    while child is not None and child.tag == "-text" and not (child.text() or "").strip():
        child = child.next
    return child

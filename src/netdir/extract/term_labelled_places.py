"""A place given as a term and its value: „<dl><dt>Ort</dt><dd>GT-Halle</dd>…</dl>“, „<tr><th>Ort</th>
<td>Rathaus</td></tr>“.

A tournament's panel lists its facts as a definition list — „Ort“ over the venue, „OSR“ over the
chief umpire. The label stands alone in its term, without the colon a „Ort: …“ line has, so the
place went unread, and the list's titles, whose comma ends repeat („…, Jugend“, „…, A-Schüler und
Schülerinnen“), were cut there for the missing place. The term says what its value is: the value
of a place term is the block's place. A value that says the place is not known yet („unbekannt“,
„n.n.“) is none.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import css_matches, node_text
from netdir.extract.label_marks import LABEL_MARK
from netdir.extract.place_labels import TERM_WORDS

# The term alone, its colon optional: „Ort“, „Veranstaltungsort:“, „📍 Wo“, „Venue“.
_PLACE_TERM = lazy_re.compile(
    rf"^{LABEL_MARK}(?:{TERM_WORDS})\s*[:：]?$",
    re.I,
)
# Values that say the place is still open.
_NOT_KNOWN_YET = lazy_re.compile(
    r"^(?:unbekannt|noch\s+offen|offen|n\.\s?n\.|tba|tbd|folgt|wird\s+noch\s+bekannt\s?gegeben"
    r"|to\s+be\s+announced|unknown)\.?$",
    re.I,
)
_MAX_PLACE = 160


def says_not_known_yet(text: str) -> bool:
    """Whether a place's value only says the place is still open („unbekannt“, „TBA“)."""
    return _NOT_KNOWN_YET.match(text.strip()) is not None


def term_labelled_place(segment: list[LexborNode]) -> str | None:
    """The value beside the first place term of the block's definition lists and two-cell
    table rows, None when there is none or it says the place is not known yet."""
    for node in segment:
        for term in css_matches(node, "dt, th"):
            if not _PLACE_TERM.match(node_text(term) or ""):
                continue
            value = _value_of(term)
            if value is None:
                continue
            text = node_text(value) or ""
            if _NOT_KNOWN_YET.match(text) or not 2 <= len(text) <= _MAX_PLACE:
                return None
            return text
    return None


def _value_of(term: LexborNode) -> LexborNode | None:
    """The ``<dd>`` after a ``<dt>``; the one ``<td>`` after a ``<th>`` that opens a row of two
    cells (a header row of several ``<th>`` labels a column, read elsewhere)."""
    sibling = term.next
    while sibling is not None and sibling.tag in ("-text", "-comment"):
        sibling = sibling.next
    if sibling is None:
        return None
    if term.tag == "dt":
        return sibling if sibling.tag == "dd" else None
    row = term.parent
    cells = [cell for cell in row.iter() if cell.tag in ("th", "td")] if row is not None else []
    if sibling.tag == "td" and len(cells) == 2 and cells[0].mem_id == term.mem_id:
        return sibling
    return None

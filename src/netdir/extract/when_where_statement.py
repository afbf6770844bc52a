"""The place a page states once for its regular dates, in a „Wann:“ / „Wo:“ pair.

A Repair Café's home page lists its next Saturdays as boxes („26.07“ / „Juli“ / „Samstag“) and
states in its contact section, once for all of them, when and where it meets: „<p><strong>Wann:
</strong><br>An jeweils einem Samstag im Monat</p><p><strong>Wo:</strong><br>Haus der Begegnung
<br>Karthaus 12, Xanten</p>“. The boxes name no place, so a reader takes the one the page states.
When the page holds exactly one paragraph labelled „Wo:“ („Ort:“, „Where:“) that names a venue or
an address, right after a paragraph labelled „Wann:“ („When:“, „Zeit:“) that names a rule and no
day — the pair tells the regular meeting, not one event's —, the dated records of a list none of
whose rows names a place of its own take that place (its lines joined by commas).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.date_cues import search_date_like
from netdir.extract.element_ancestors import document_root
from netdir.extract.element_siblings import element_before
from netdir.extract.place_lines import names_a_venue_or_address
from netdir.records import RawRecord

SOURCE = "listing: the page's „Wo:“ beside its „Wann:“ (the place of its regular dates)"
_WHERE_LABEL = lazy_re.compile(r"^(?:wo|ort|where)\s*[:：]$", re.IGNORECASE)
_WHEN_LABEL = lazy_re.compile(r"^(?:wann|zeit|when)\s*[:：]$", re.IGNORECASE)
_VALUE_LINES = 3  # a venue, its street, its town
_VALUE_CHARS = 120


def places_from_the_where_label(group: list[RawRecord], row: LexborNode) -> None:
    """Give the dated records of ``group`` the place of the page's one „Wo:“ paragraph beside a
    „Wann:“ that names no day, when none of them has a place of its own (see the module
    docstring). ``row`` is a node of the list."""
    dated = [record for record in group if record.date_text]
    if len(dated) < 2 or any(record.location_text for record in dated):
        return
    root = document_root(row)
    labelled = [value for p in root.css("p") if (value := _labelled(p, _WHERE_LABEL)) is not None]
    if len(labelled) != 1:
        return
    paragraph, lines = labelled[0]
    place = ", ".join(lines)
    if not lines or len(place) > _VALUE_CHARS or not names_a_venue_or_address(place):
        return
    before = element_before(paragraph)
    when = _labelled(before, _WHEN_LABEL) if before is not None else None
    if when is None or not when[1] or any(search_date_like(line) for line in when[1]):
        return
    for record in dated:
        record.location_text = place
        record.field_sources["location_text"] = SOURCE


def _labelled(paragraph: LexborNode, label: re.Pattern[str]) -> tuple[LexborNode, list[str]] | None:
    """(the paragraph, the lines after its label) when its first line is only ``label``."""
    if paragraph.tag != "p":
        return None
    lines = [" ".join(line.split()) for line in paragraph.text(separator="\n").split("\n")]
    lines = [line for line in lines if line]
    if not lines or not label.match(lines[0]) or len(lines) > 1 + _VALUE_LINES:
        return None
    return paragraph, lines[1:]

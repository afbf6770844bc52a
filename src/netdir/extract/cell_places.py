"""The place a table row's other cell opens with.

A role-playing group's table „Con | Datum | Beschreibung“ writes where first in the description
cell, then who organises: „Nideggen Schmidt, von der Condra Orga“, „Düren, Engonien Orga“,
„Burg Bilstein bei Olpe, vom Twilight Team“, „Nordmarker Taverne in Neuss“, „Irgendwo bei
Straelen, von Another World Entertainment“. When no column or label gave the row a place, a cell
other than its name and its day whose first comma part is a town the gazetteer knows (with at
most one word after it: „Nideggen Schmidt“, a village of that town) or ends in „in/bei/nähe
<town>“ is where. A part that is a sentence („Berlin ist eine Reise wert“) is not.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import node_text
from netdir.extract.date_cues import DATE_LIKE, TIME_LIKE
from netdir.extract.title_text import is_junk_title
from netdir.normalize.place import known_town

#: Provenance of a place a row's other cell opens with.
CELL_OPENING = "listing:td opening with a town"
_NEAR_A_TOWN = lazy_re.compile(r"\b(?:in|bei|nahe|nähe|near)\s+(?P<town>[A-ZÄÖÜ][\w-]+)$")
_MAX_WORDS = 6
_MAX_TOWN_FIRST = 2  # „Nideggen Schmidt“: the town and its village


def place_opening_a_cell(segment: list[LexborNode], reading: BlockReading) -> None:
    """The row's place from a cell that opens with its town (not the cell that names it: the
    row's title, or, while none is read, its first cell that is more than a day, a weekday
    („Sa-So“) or a time)."""
    for row in segment:
        if row.tag != "tr":
            continue
        named = reading.title is not None
        for cell in row.iter(include_text=False):
            text = node_text(cell) if cell.tag == "td" else None
            if not text or DATE_LIKE.search(text) or is_junk_title(text):
                continue
            if not named or (reading.title and (text in reading.title or reading.title in text)):
                named = True  # („Jugend-Hallenspieltag in Illingen“ names the row)
                continue
            place = _town_part(text.split(",", 1)[0].strip(" ."))
            if place is not None:
                reading.location_text = place
                reading.sources["location_text"] = CELL_OPENING
                return


def _town_part(part: str) -> str | None:
    words = part.split()
    if not words or len(words) > _MAX_WORDS or TIME_LIKE.search(part):
        return None
    near = _NEAR_A_TOWN.search(part)
    if near is not None and known_town(near["town"]) is not None:
        return part
    first = words[0].split("-", 1)[0]  # „Bonn-Bad Godesberg“
    if len(words) <= _MAX_TOWN_FIRST and known_town(first) is not None:
        return part
    return None

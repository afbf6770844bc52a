"""A list line whose columns are set apart by tabs: day, hour, what, where.

A club that pastes its year's dates from a spreadsheet into its site builder gets one list item
per row and a tab between the cells: „23.03.⇥18:00⇥Jahreshauptversammlung⇥Post Raisting“,
„13.07.⇥19:00⇥Sommerfest⇥Clubhaus“ (a line above may name the columns, „Datum, Uhrzeit,
Veranstaltung, Ort“). A browser shows the tabs as blanks; the markup keeps them, and they are
the only thing that tells the offering's name from its place („Ansegeln Aidenried“).

Read so: the item's own line (not a heading's, not a link's) split at its tabs; the leading
cells that are only a day, a run of days or an hour are the when; of the rest, exactly two
cells — the first names the offering, the second, short and without figures, is where. A line
of one cell after the when has nothing to split, and three or more leave it open which is the
place (a leader, a note), so both stay as the other readers have them.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading

#: Provenance of the name and place read from a tabbed line.
SOURCE = "listing:tab-separated columns of the row's line (what, where)"

_TABS = lazy_re.compile(r"\s*\t\s*")
# A cell that is only a day, a run of days or an hour („23.03.“, „06.04“, „29.07.-02.08.“,
# „18:00“, „19 Uhr“), with a weekday before it („Sa 23.03.“).
_WHEN_CELL = lazy_re.compile(r"^(?:[A-ZÄÖÜ][a-zäöü]{1,9}\.?,?\s+)?[\d][\d\s.:/–-]*(?:\s?Uhr)?$")
_MAX_PLACE_WORDS = 6
_MAX_PLACE_CHARS = 60
_DIGIT = lazy_re.compile(r"\d")
# (what, where) of a line, once its when cells are set aside.
_WHAT_AND_WHERE = 2


def columns_of_a_tabbed_line(segment: list[LexborNode], reading: BlockReading) -> None:
    """The row's name and place from its tab-separated line (see the module docstring)."""
    title = reading.title
    if not title or reading.date_text is None or not reading.titled_by_its_own_line():
        return
    for node in segment:
        raw = node.text(deep=True) or ""
        if "\t" not in raw:
            continue
        for line in raw.splitlines():
            cells = _cells_after_the_when(line)
            if cells is None:
                continue
            what, where = cells
            if " ".join(what.split()) not in title:
                continue
            reading.title = what
            reading.location_text = where
            reading.sources["title"] = SOURCE
            reading.sources["location_text"] = SOURCE
            return


def _cells_after_the_when(line: str) -> tuple[str, str] | None:
    """(what, where) of a tabbed line that opens with its when cells; else None."""
    if "\t" not in line:
        return None
    cells = [" ".join(cell.split()) for cell in _TABS.split(line.strip())]
    cells = [cell for cell in cells if cell]
    when = 0
    while when < len(cells) and _WHEN_CELL.match(cells[when]):
        when += 1
    rest = cells[when:]
    if when == 0 or len(rest) != _WHAT_AND_WHERE:
        return None
    what, where = rest
    if (
        not what[:1].isalpha()
        or not where[:1].isupper()
        or len(where) > _MAX_PLACE_CHARS
        or len(where.split()) > _MAX_PLACE_WORDS
        or _DIGIT.search(where)
    ):
        return None
    return what, where

"""Tables whose columns are kinds of event and whose cells are days.

"Monat | Versammlungen um 20 Uhr im Gasthof Triptrap in Erle | Rennen ab 14 Uhr auf unserer Bahn
in der Erler Heide", then rows "April | 4. April | 22. April (Ostermontag)": each row is a month,
each column one kind of event, and its header says what, when and where for every day below it.
A row is then not one item but one per dated cell (and per line of a cell: "5. Dezember
(Jahreshauptversammlung)<br>15. Dezember (Weihnachtsfeier)"). A bracketed note names that day's
event, unless it only names the day ("(Ostermontag)"). Tables with one date column and several
text columns are read row by row as before; two columns of dates whose headers are date labels
("Von | Bis", "Datum | Termin") are not kinds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import node_text, text_chunks
from netdir.extract.date_cues import DATE_PHRASE
from netdir.extract.table_cells import row_cells, table_holding
from netdir.normalize.when_feasts import find_feasts

# A header that labels a column of days or times, not a kind of event.
_DATE_LABEL = lazy_re.compile(
    r"^(?:datum|termine?|tag|wann|zeit|uhrzeit|von|bis|beginn|ende|start|date|when|from|to)\b",
    re.I,
)
_BLANK = lazy_re.compile(r"^[\s\-–—/.x]*$")
# "um 20 Uhr", "ab 14 Uhr", "ab 14:30 Uhr", "19.30 Uhr": the kind's clock time in its header.
_CLOCK = lazy_re.compile(r"(?:\b(?:um|ab|von)\s+)?\b\d{1,2}(?:[:.]\d{2})?\s*Uhr\b", re.I)
# "im Gasthof …", "auf unserer Bahn …", "in der Halle …": the words that lead to the place.
_PLACE_LEAD = lazy_re.compile(
    r"^(?:(?:im|am|in|auf|an|bei|beim)\s+)?(?:(?:der|dem|den|die|das|unserer|unserem|unseren)\s+)?",
    re.I,
)
_NOTE = lazy_re.compile(r"^\((?P<note>[^()]{3,80})\)$")
#: A kind column holds at least this many dated cells, and dated cells are most of its text.
_MIN_DATED = 2
_DATED_SHARE = 0.7
#: A table is read by kinds when at least this many columns are kinds.
_MIN_KINDS = 2


@dataclass(frozen=True, slots=True)
class Kind:
    """One column: the event it lists, its clock time and its place (as the header says)."""

    index: int
    name: str
    time: str | None
    place: str | None
    header: str


def _header_texts(rows: list[LexborNode]) -> list[str] | None:
    table = table_holding(rows[0].parent)
    if table is None:
        return None
    for row in table.css("tr")[:3]:
        headers = [c for c in row_cells(row) if c.tag == "th"]
        if len(headers) >= 1 + _MIN_KINDS and len(headers) == len(row_cells(row)):
            return [" ".join(text_chunks([h])) for h in headers]
    return None


def _dated_lines(cell: LexborNode) -> list[tuple[str, str | None]] | None:
    """ "5. Dezember (Jahreshauptversammlung)" per line: (day, note); None when a line says
    more than a day and a bracketed note ("25./26. Mai oder 29./30. Juni" is undecided)."""
    lines = text_chunks([cell])
    found: list[tuple[str, str | None]] = []
    for line in lines:
        match = DATE_PHRASE.match(line)
        if match is None:
            return None
        rest = line[match.end() :].strip()
        if not rest:
            found.append((match.group(0), None))
            continue
        note = _NOTE.match(rest)
        if note is None:
            return None
        found.append((match.group(0), note["note"].strip()))
    return found or None


def _kind(index: int, header: str) -> Kind | None:
    if _DATE_LABEL.match(header) or not re.search(r"[^\W\d_]{3}", header):
        return None
    clock = _CLOCK.search(header)
    cut = clock.start() if clock else len(header)
    name = header[:cut].strip(" ,;:–—-")
    if not name or len(name.split()) > 4:
        return None
    place = None
    if clock is not None:
        rest = header[clock.end() :].strip(" ,;:–—-")
        place = _PLACE_LEAD.sub("", rest, count=1).strip() or None
    time = clock.group(0) if clock else None
    # "Versammlungen": the column lists them, each day holds one.
    return Kind(index, re.sub(r"ungen$", "ung", name), time, place, header)


def kind_columns(rows: list[LexborNode]) -> list[Kind]:
    """The columns of ``rows``' table that each list days of one kind of event; [] unless the
    table has at least two."""
    headers = _header_texts(rows)
    if headers is None:
        return []
    dated = [0] * len(headers)
    other = [0] * len(headers)
    for row in rows:
        cells = row_cells(row)
        if len(cells) != len(headers):
            continue
        for index, cell in enumerate(cells):
            text = node_text(cell) or ""
            if _BLANK.match(text):
                continue
            if _dated_lines(cell) is not None:
                dated[index] += 1
            else:
                other[index] += 1
    kinds = []
    for index, header in enumerate(headers):
        if dated[index] < _MIN_DATED or dated[index] < _DATED_SHARE * (dated[index] + other[index]):
            continue
        kind = _kind(index, header)
        if kind is not None:
            kinds.append(kind)
    return kinds if len(kinds) >= _MIN_KINDS else []


def _names_only_the_day(note: str) -> bool:
    """ "Ostermontag", "Pfingstmontag": the holiday the day falls on, not the event's name."""
    feasts = find_feasts(note, note.lower())
    return any(f.start == 0 and f.end == len(note) for f in feasts)


def kind_readings(row: LexborNode, kinds: list[Kind]) -> list[BlockReading]:
    """One reading per dated line of the row's kind cells, in column order."""
    cells = row_cells(row)
    readings = []
    for kind in kinds:
        if kind.index >= len(cells):
            continue
        lines = _dated_lines(cells[kind.index])
        for day, note in lines or []:
            reading = BlockReading()
            where = f"listing:td[{kind.index + 1}]"
            if note is not None and not _names_only_the_day(note):
                reading.title = note
                reading.sources["title"] = f"{where} note"
            else:
                reading.title = kind.name
                reading.sources["title"] = f"listing:th[{kind.index + 1}] kind"
            reading.date_text = f"{day}, {kind.time}" if kind.time else day
            reading.sources["date_text"] = where + (" + th time" if kind.time else "")
            if kind.place:
                reading.location_text = kind.place
                reading.sources["location_text"] = f"listing:th[{kind.index + 1}] place"
            reading.title_from_heading = True
            reading.date_leads = True
            readings.append(reading)
    return readings

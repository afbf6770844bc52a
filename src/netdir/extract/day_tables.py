"""A day's timetable: a table captioned by the day, one programme point per row.

A hackathon's programme („<table class="time-table"><caption>26. April</caption><tr><td>12
<span class="sr-only">Uhr</span></td><td>Begrüßung durch Veranstalter</td></tr>…“) tells the day
once, in the caption, and each row's hour in its first cell — a bare „12“ there is a clock, the
caption having said the day. Read as one block, the table gave one record: the caption's day and
the first row's name. Each row that has an hour and a name is an offering of its own.

A club's festival programme says the day in the heading of a card instead („<h5
class="card-title">Freitag 02.08.2024 Böllerschießen und Partyabend</h5><p><table><tr><td>17:00
Uhr</td><td>Standkonzert im Retzbachpark</td></tr>…“): the heading names the day and its theme,
the table below it the day's programme points. The day is the heading's date; the theme names
the day, not a further offering — read as one block, the card gave one record, the theme at the
first row's hour, and the concert, the procession and the service were lost. A row after the
timed ones whose hour cell is empty („| Festausklang“) is a point of that day without an hour;
one that only marks the end („| Open End“) is none.

A colloquium's programme writes the day as a bold line of its own right before the day's table
(„<p class="font-bold">Mittwoch, 29. März 2023</p><table><tr><td>15:45–16:30</td><td>Knut Martin
Stünkel<br/>Localität – …</td></tr>…“): the line and the table are one block of the page's list,
and the hour cell holds the talk's span. Read as one block, the day gave one record named by its
first session label. A line that is only a day, directly before the table, rules it as a
heading would; an hour cell may hold a range („9:00–9.45“, the end written with a dot); a row
without an hour that only names a break („Kaffeepause“) is no point of the day; and a name cell
whose first line is only a person's name over the talk's title („Oswald Bayer<br/>Lokalität,
Individualität, Personalität“) is named by the talk — the speaker gives it, the title names it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import date_like, names_a_day, node_text, text_lines
from netdir.extract.bold_day_lines import only_a_day
from netdir.extract.bracketed_day_headings import unbracketed_day
from netdir.extract.context import clean_text
from netdir.extract.inline_text import visible_text
from netdir.extract.notices import names_a_break, only_opens_or_closes
from netdir.extract.speaker_cells import talk_of_the_cell
from netdir.extract.table_cells import row_cells
from netdir.extract.title_text import is_junk_title

# An hour cell: „12“, „12 Uhr“, „10 : 30 Uhr“ (the colon in a screen-reader span), „19.30“.
_HOUR_CELL = lazy_re.compile(
    r"^(?P<h>[01]?\d|2[0-3])(?:\s*[:.]\s*(?P<m>[0-5]\d))?"
    # „15:45–16:30“, „9:00–9.45“: the point's span, its end after a dash
    r"(?:\s*[–—-]\s*(?P<eh>[01]?\d|2[0-3])\s*[:.]\s*(?P<em>[0-5]\d))?\s*(?:uhr|h)?$",
    re.IGNORECASE,
)
# A line that is only a person's name: two to five capitalised words, „von“/„de“ between them,
# several people joined by „und“/„&“/a comma („Santiago Rebelles und José F. Zúñiga“).
_NAME_WORD = r"(?:[A-ZÄÖÜÀ-Þ][\w'’.-]*|von|van|de|der|den|zu|du|la|le)"
_PERSON_LINE = lazy_re.compile(
    rf"^{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,4}}"
    rf"(?:\s*(?:,|und|&)\s*{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,4}})*$"
)
# „Meet a data expert & best practice (bis 16 Uhr)“: the point's end, told after its name.
_UNTIL_AFTER_NAME = lazy_re.compile(
    r"\s*\((?P<until>bis\s+(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*uhr)\)\s*$", re.IGNORECASE
)
# „Open End“ in a row without an hour: the end of the point before, no point of its own.
_ONLY_THE_END = lazy_re.compile(r"^(?:open\s*end|ende|end|schluss)\W*$", re.IGNORECASE)
_CAPTION_CHARS = 60  # a caption that only names a day is short
_HEADING_CHARS = 90  # „Freitag 02.08.2024 Böllerschießen und Partyabend“: a day and its theme
_MIN_ROWS = 2  # one timed row is the table's own reading
_HEADINGS = "h1, h2, h3, h4, h5, h6, .card-title"


def captioned_day_rows(segment: list[LexborNode], reading: BlockReading) -> list[BlockReading]:
    """One reading per row of a table whose caption names a day and nothing else — or of the
    one table of a block whose heading above it names a day, or of a table right after a line
    that is only a day — and whose rows are „hour | name“; [] for any other block."""
    table: LexborNode | None
    if len(segment) == 2 and segment[1].tag == "table":
        # „<p class="font-bold">Mittwoch, 29. März 2023</p><table>…“: the day line before it
        table, day = segment[1], _day_line(segment[0])
    elif len(segment) == 1:
        table, day = _the_days_table(segment[0])
    else:
        return []
    if table is None or day is None:
        return []
    said_by = "table caption" if table is segment[0] else "heading"
    said_by = "day line" if len(segment) == 2 else said_by
    base = _without_a_rows_place(reading, table)
    parts: list[BlockReading] = []
    for row in table.css("tr"):
        cells = row_cells(row)
        if len(cells) != 2:
            continue
        hour_text = node_text(cells[0]) or ""
        hour = _HOUR_CELL.match(hour_text)
        name = (
            _talk_under_the_speaker(cells[1])
            # „[Vortrag] Finn Poppinga, Martin Poppinga – Der RoboCup: Ein Überblick“
            or talk_of_the_cell([text for text, _ in text_lines([cells[1]])])
            or clean_text(visible_text(cells[1]))
        )
        if not name or is_junk_title(name) or only_opens_or_closes(name):
            continue
        if hour is not None and names_a_break(name):
            continue  # „13:00 | Mittagspause“: a timed gap in the day, no point of it
        if hour is None:
            if hour_text.strip() or not parts or _ONLY_THE_END.match(name):
                continue
            if names_a_break(name):
                continue  # „| Kaffeepause“ between the talks: a gap in the day, no point of it
            # „| Festausklang“ after the timed rows: a point of the day without an hour
            when = day
        else:
            when = f"{day}, {int(hour['h'])}:{hour['m'] or '00'}"
            if hour["eh"] is not None:
                when += f"–{int(hour['eh'])}:{hour['em']}"
            when += " Uhr"
        until = _UNTIL_AFTER_NAME.search(name)
        if until is not None:
            name, when = name[: until.start()], f"{when} {until['until']}"
        where = f"listing:{said_by} + tr hour"
        sources = {field: place for field, place in base.sources.items() if field != "url"}
        sources.update(title="listing:tr td[2]", date_text=where)
        parts.append(
            replace(base, title=name, date_text=when, start=None, url=None, sources=sources)
        )
    return parts if len(parts) >= _MIN_ROWS else []


def _day_line(line: LexborNode) -> str | None:
    """The day of a short line that is only a day („Mittwoch, 29. März 2023“); None else."""
    if line.tag == "table":
        return None
    text = clean_text(visible_text(line))
    # „Freitag (22. November 2024)“: the weekday's date in brackets is the same day line
    text = unbracketed_day(text or "") or text
    if not text or len(text) > _CAPTION_CHARS or not only_a_day(text):
        return None
    match = date_like(text)
    return match.group(0) if match is not None else None


def _talk_under_the_speaker(cell: LexborNode) -> str | None:
    """The talk's title in a name cell whose first line is only a person's name („Oswald
    Bayer<br/>Lokalität, Individualität, Personalität“); None for any other cell."""
    lines = [text for text, _ in text_lines([cell]) if text.strip()]
    if len(lines) != 2 or _PERSON_LINE.match(lines[0].strip()) is None:
        return None
    title = lines[1].strip()
    # the title is the longer line and no name itself: „Konrad Bucher<br/>Hamann und der …“
    if len(title) <= len(lines[0]) or _PERSON_LINE.match(title) is not None:
        return None
    return clean_text(title)


def _without_a_rows_place(reading: BlockReading, table: LexborNode) -> BlockReading:
    """The block's reading without a place it took from one of the table's rows: read as one
    block, the card's „place line“ was a programme point („Einzug ins Festgelände“), no place
    of the other rows."""
    place = reading.location_text
    if not place or place not in (clean_text(visible_text(table)) or ""):
        return reading
    sources = {field: where for field, where in reading.sources.items() if field != "location_text"}
    return replace(reading, location_text=None, sources=sources)


def _the_days_table(block: LexborNode) -> tuple[LexborNode | None, str | None]:
    """The table a block's day rules and that day's text: a table captioned by a day alone,
    or a block's one table under a short heading that opens with — or holds — a day."""
    if block.tag == "table":
        caption = block.css_first("caption")
        day = clean_text(visible_text(caption)) if caption is not None else None
        if not day or len(day) > _CAPTION_CHARS or not names_a_day(day) or not is_junk_title(day):
            return None, None  # "is junk" as a title: the caption is only a date, no offering
        return block, day
    tables = block.css("table")
    if len(tables) != 1:  # one table; a nested one would count too
        return None, None
    return tables[0], _day_of_the_heading_above(block, tables[0])


def _day_of_the_heading_above(block: LexborNode, table: LexborNode) -> str | None:
    """The date of the last heading before the table inside the block, when that short heading
    names a day („Samstag 03.08.2024 Weinfest“); None without one."""
    above = [
        heading
        for heading in block.css(_HEADINGS)
        if heading.css_first("table") is None and _comes_before(heading, table)
    ]
    if not above:
        return None
    text = clean_text(visible_text(above[-1]))
    if not text or len(text) > _HEADING_CHARS or not names_a_day(text):
        return None
    match = date_like(text)
    return match.group(0) if match is not None else None


def _comes_before(node: LexborNode, other: LexborNode) -> bool:
    """Whether ``node`` ends before ``other`` starts in the document (and holds no part of it)."""
    ancestor = other.parent
    while ancestor is not None:
        if ancestor == node:
            return False
        ancestor = ancestor.parent
    walker = node.next
    current = node
    while walker is None and current.parent is not None:
        current = current.parent
        walker = current.next
    while walker is not None:
        if walker == other or any(n == other for n in walker.traverse()):
            return True
        nxt = walker.next
        current = walker
        while nxt is None and current.parent is not None:
            current = current.parent
            nxt = current.next
        walker = nxt
    return False

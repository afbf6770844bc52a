"""A table row whose two or more columns each hold a talk given on the row's day.

An astronomy society's meetings table heads its columns „Date | Practical Astronomy | Members
Speaker“ and fills each row „Tue Apr 21 | <b>Gas Giants</b> - Observing Saturn and Jupiter. |
<b>Spiders In Space</b> - Toby Hendy. <p>As a summer intern …</p>“: each column is a series of
talks, each filled cell one talk on the row's day, named by the bold title that opens it; what
follows the dash is its speaker or a teaser, the paragraphs below its abstract. Read as one row,
the first column's talk stood for the day (named with its teaser) and the other was lost.

A column is a series of talks when, in most of the table's dated rows (two at least), its cell
opens with a bold title; a table needs two such columns (one is a table of named rows, read as
before). Bold titles joined by „+“, „&“ or „and“ are one talk's name („<b>AGM</b> + <b>The
future of the R.F. Joyce Observatory</b>“: both on that evening). A cell that holds only a
placeholder („TBC“) is no talk.

The paragraph above the table says when each series meets: „The main meeting at 8:00pm is
preceded by the Practical Astronomy for All Ages meeting from 7:00pm to 7:45pm, in the same
room.“ A column whose header the lead names, followed in the same sentence by an am/pm hour or
hours („from 7:00pm to 7:45pm“, „at 8pm“), takes them; the other columns keep the hour the rest
of the lead gives all meetings (extract.weekly_slot).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import names_a_day
from netdir.extract.context import absolute_url
from netdir.extract.date_cues import TIME_LIKE
from netdir.extract.element_ancestors import enclosing
from netdir.extract.inline_text import visible_line
from netdir.extract.lead_times import lead_texts
from netdir.extract.sub_items import part_of
from netdir.extract.table_cells import row_cells
from netdir.extract.talk_title_labels import is_title_to_come
from netdir.normalize.when_grammar import AM_PM

# Headers of a column that states a field of the row's one event, not a series of talks.
_FIELD_HEADER = lazy_re.compile(
    r"^(?:dates?|days?|times?|when|where|place|venue|location|room|speakers?|presenters?|"
    r"notes?|remarks?|details?|links?|slides|video|abstract|status|cost|price|"
    r"datum|tag|zeit|uhrzeit|termin|wann|wo|ort)\W*$",
    re.I,
)
_MAX_HEADER_WORDS = 5
_MIN_COLUMNS = 2
_MIN_ROWS = 2
# „AGM + The future of …“: what joins two bold titles of one talk's name.
_JOIN = lazy_re.compile(r"^\s*(?P<join>\+|&|and)\s*")
_CLOCK = r"(?:[01]?\d)(?::[0-5]\d)?"
_HOURS = rf"(?P<hours>{_CLOCK}(?:\s*{AM_PM})?(?:\s*(?:-|–|to|until)\s*{_CLOCK})?\s*{AM_PM})"
_SIBLINGS = 4  # elements before the table on each level
_LEAD_CHARS = 800  # an intro paragraph, not an article
_WHERE = "listing:talk column"


def talks_in_columns(
    segment: list[LexborNode], reading: BlockReading, base_url: str
) -> list[BlockReading]:
    """One reading per talk the row holds in the table's talk columns; [] unless the row is a
    dated table row of a table with two or more talk columns."""
    if len(segment) != 1 or segment[0].tag != "tr" or reading.date_text is None:
        return []
    row = segment[0]
    table = enclosing(row, ("table",))
    header = table.css_first("tr") if table is not None else None
    if header is None or header is row:
        return []
    labels = [visible_line(cell) for cell in row_cells(header)]
    cells = row_cells(row)
    if len(cells) != len(labels):
        return []
    columns = _talk_columns(header, labels)
    if len(columns) < _MIN_COLUMNS:
        return []
    leads = list(lead_texts(table, _SIBLINGS, _LEAD_CHARS)) if table is not None else []
    parts = []
    for index in columns:
        cell = cells[index]
        name = talk_name(cell)
        if name is None or is_title_to_come(name):
            continue  # an empty cell, or „TBC“: no talk that day
        where = f"{_WHERE} {index + 1} ({labels[index]})"
        hours = _column_hours(labels[index], leads)
        when = f"{reading.date_text}, {hours}" if hours else reading.date_text
        part = part_of(reading, name, when, reading.location_text, where, own_place=False)
        link = cell.css_first("a[href]")
        part.url = absolute_url(link.attributes.get("href"), base_url) if link is not None else None
        if part.url is None:
            part.sources.pop("url", None)
        else:
            part.sources["url"] = f"{where}>a@href"
        if hours:
            part.sources["date_text"] = f"{where} + time:the lead's sentence naming the column"
        parts.append(part)
    return parts


def talk_name(cell: LexborNode) -> str | None:
    """The bold title opening ``cell`` („Gas Giants“ of „<b>Gas Giants</b> - Observing Saturn
    and Jupiter.“; „AGM + The future of …“ of two joined bold titles), without a closing full
    stop; None when the cell does not open with a bold title."""
    text = visible_line(cell)
    bolds = [bold for node in cell.css("strong, b") if (bold := visible_line(node))]
    if not bolds or not text.startswith(bolds[0]) or not any(ch.isalpha() for ch in bolds[0]):
        return None
    if names_a_day(bolds[0]) or TIME_LIKE.search(bolds[0]):
        return None  # „<b>13. bis 18.09.2016</b>“: a bold day, no talk
    name, rest = bolds[0], text[len(bolds[0]) :]
    for bold in bolds[1:]:
        join = _JOIN.match(rest)
        if join is None or not rest[join.end() :].startswith(bold):
            break
        name = f"{name} {join['join']} {bold}"
        rest = rest[join.end() + len(bold) :]
    return name.rstrip(" .:") or None


def _talk_columns(header: LexborNode, labels: list[str]) -> list[int]:
    """The indexes of the columns that open most of the table's dated rows with a bold title."""
    candidates = [
        index
        for index, label in enumerate(labels)
        if label
        and len(label.split()) <= _MAX_HEADER_WORDS
        and not _FIELD_HEADER.match(label)
        and not names_a_day(label)
    ]
    rows = []
    node = header.next
    while node is not None:
        if node.is_element_node and node.tag == "tr":
            cells = row_cells(node)
            if len(cells) == len(labels) and any(names_a_day(visible_line(cell)) for cell in cells):
                rows.append(cells)
        node = node.next
    if len(rows) < _MIN_ROWS and header.parent is not None and header.parent.tag == "thead":
        # „<thead><tr>…</tr></thead><tbody>…</tbody>“: the rows are in the body after it
        body = header.parent.next
        while body is not None and body.tag != "tbody":
            body = body.next
        if body is not None:
            rows = [
                cells
                for tr in body.css("tr")
                if len(cells := row_cells(tr)) == len(labels)
                and any(names_a_day(visible_line(cell)) for cell in cells)
            ]
    if len(rows) < _MIN_ROWS:
        return []
    columns = []
    for index in candidates:
        names = [name for cells in rows if (name := talk_name(cells[index])) is not None]
        # Most rows open the column with a bold title, each row another: a column that bolds
        # the same name row after row („<b>Ann Arbor Hands-On Museum</b>“) says where or who.
        if 2 * len(names) >= len(rows) and len({name.casefold() for name in names}) == len(names):
            columns.append(index)
    return columns


def _column_hours(label: str, leads: list[str]) -> str | None:
    """The am/pm hours a lead sentence states after naming the column („… the Practical
    Astronomy for All Ages meeting from 7:00pm to 7:45pm“), as written."""
    words = r"\s+".join(re.escape(word) for word in label.split())
    pattern = re.compile(rf"\b{words}\b[^.!?]{{0,60}}?\b(?:from|at)\s+{_HOURS}", re.I)
    for text in leads:
        if match := pattern.search(" ".join(text.split())):
            return " ".join(match["hours"].split())
    return None

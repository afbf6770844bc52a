"""A table of a meeting's facts headed only „Meeting Details“: named by its talk or its group.

An R user group's upcoming page gives each month's meeting as a heading over a small table of
labelled rows, headed only by what the table holds, and the month's talk, if any, below it::

    <h3>June 2022</h3>
    <table><thead><tr><th>Meeting Details</th><th> </th></tr></thead><tbody>
      <tr><td><strong>Date</strong></td><td>June 14, 2022</td></tr>
      <tr><td><strong>Time</strong></td><td>18:00</td></tr>
      <tr><td><strong>Location</strong></td><td>DeVos 107D</td></tr>
      <tr><td> </td><td>Grand Valley State University: Pew Campus</td></tr>
      <tr><td> </td><td>401 Fulton St W, Grand Rapids, MI 49504</td></tr> …</tbody></table>
    <h3>Visualizations for Non-trivial Linear Models</h3><p>Classroom examples …</p>
    <h3>July 2022</h3><table>…</table>

The listing read each table as a meeting named „Meeting Details“, placed at its last address
row. A header that only says details follow names no meeting. A heading right after the table
that heads prose (not another month's table) is the meeting's talk and names it; a meeting
without one is the group's meeting, named by the site's name (``og:site_name``, the feed's
title) as the corpus names a meeting that names nothing itself („… R User Group meeting“). The
„Location“ row and the rows below it with an empty label are one address, read together. Only
for a table of three labelled rows or more (a field's label beside its value, an empty label
continuing the row above) read as one listed block.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import HEADING_TAGS, names_a_day, node_text
from netdir.extract.element_siblings import element_after

_DETAILS_HEADER = lazy_re.compile(
    r"^(?:(?:meeting|event|session|talk|seminar)\s+)?(?:details|information|info|facts)$",
    re.IGNORECASE,
)
_LABEL = lazy_re.compile(
    r"^(?:date|day|time|hours|location|place|venue|where|when|room|address|parking|cost|"
    r"price|speaker|presenter|host)\s*:?$",
    re.IGNORECASE,
)
_PLACE_LABEL = lazy_re.compile(r"^(?:location|place|venue|where|address)\s*:?$", re.IGNORECASE)
_MIN_LABELLED = 3
_MAX_TALK_CHARS = 160
TALK_SOURCE = "listing:heading of the talk below its table of details"
GROUP_SOURCE = "listing:the site's name (a table of details names no meeting)"
PLACE_SOURCE = "listing:location rows of its table of details"


def name_details_tables(
    segments: list[list[LexborNode]], readings: list[BlockReading], site_name: str | None
) -> None:
    """Name and place each block that is one table of labelled facts headed „Meeting Details“
    (see module)."""
    for segment, reading in zip(segments, readings, strict=True):
        if len(segment) != 1 or reading.title is None:
            continue
        table = segment[0].parent if segment[0].tag == "tbody" else segment[0]
        if table is None or table.tag != "table":
            continue
        if _DETAILS_HEADER.match(reading.title.strip()) is None:
            continue
        rows = _label_rows(table)
        if rows is None:
            continue
        if (talk := _talk_below(table)) is not None:
            reading.title, reading.sources["title"] = talk, TALK_SOURCE
        elif site_name:
            reading.title, reading.sources["title"] = f"{site_name} meeting", GROUP_SOURCE
        if (place := _location(rows)) is not None:
            reading.location_text, reading.sources["location_text"] = place, PLACE_SOURCE


def _label_rows(table: LexborNode) -> list[tuple[str, str]] | None:
    """(label, value) of each body row of two cells, when three or more rows carry a field's
    label (the others an empty one); None for any other table."""
    rows: list[tuple[str, str]] = []
    for row in table.css("tbody > tr"):
        cells = row.css("td, th")
        if len(cells) != len(("label", "value")):
            return None
        label, value = (" ".join((node_text(cell) or "").split()) for cell in cells)
        if label and _LABEL.match(label) is None:
            return None
        rows.append((label, value))
    labelled = sum(1 for label, _ in rows if label)
    return rows if labelled >= _MIN_LABELLED else None


def _talk_below(table: LexborNode) -> str | None:
    """The heading right after the table when it heads prose: no day, no month, no table under
    it (the next month's heading heads the next table)."""
    heading = element_after(table)
    if heading is None or heading.tag not in HEADING_TAGS:
        return None
    text = " ".join((node_text(heading) or "").split())
    if not text or len(text) > _MAX_TALK_CHARS or names_a_day(text) or _names_a_month(text):
        return None
    under = element_after(heading)
    if under is None or under.tag in HEADING_TAGS or under.tag == "table":
        return None
    return text


_MONTH = lazy_re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b\s+\d{4}",
    re.IGNORECASE,
)


def _names_a_month(text: str) -> bool:
    return _MONTH.search(text) is not None


def _location(rows: list[tuple[str, str]]) -> str | None:
    """The location row's value with the values of the unlabelled rows right below it."""
    for index, (label, value) in enumerate(rows):
        if _PLACE_LABEL.match(label) is None or not value:
            continue
        parts = [value]
        for more_label, more in rows[index + 1 :]:
            if more_label:
                break
            if more:
                parts.append(more)
        return ", ".join(parts)
    return None

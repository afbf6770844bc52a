"""A month grid's event cell that holds several entries of its day.

„<td>09-12 Uhr<br><a>Gemeinsam Gärtnern</a><br>10-11 Uhr<br><a>»Gewöhnliches Tellerkraut« …</a>
</td>“ under its week's row of day numbers: each entry is a line of hours over a line naming it.
Read as one block the cell gave one record, named by one of its links; each entry is an
offering of that day at its own hours.
"""

from __future__ import annotations

from dataclasses import replace

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import text_chunks
from netdir.extract.block_titles import block_links
from netdir.extract.context import absolute_url
from netdir.extract.listing_row_context import DAY_ROW_SOURCE, is_time_cell
from netdir.extract.title_text import is_junk_title

_DAY = lazy_re.compile(r"^\d{2}\.\d{2}\.")  # the day the week's row gave the cell („01.04.“)


def week_cell_entries(
    segment: list[LexborNode], reading: BlockReading, base_url: str
) -> list[BlockReading]:
    """One reading per hours-and-name pair of a grid cell dated by its week's day row; [] for
    any other block, or a cell of a single entry (its reading is already that entry)."""
    if reading.sources.get("date_text") != DAY_ROW_SOURCE or reading.date_text is None:
        return []
    day = _DAY.match(reading.date_text)
    if day is None:
        return []
    entries: list[tuple[str, str]] = []
    hours: str | None = None
    for chunk in text_chunks(segment):
        if is_time_cell(chunk):
            hours = chunk
        elif hours is not None and not is_junk_title(chunk):
            entries.append((hours, chunk))
            hours = None
    if len(entries) < 2:
        return []
    links = {text: href for _, text, href in block_links(segment)}
    parts: list[BlockReading] = []
    for hours, name in entries:
        sources = dict(reading.sources, title="listing:week cell line")
        href = links.get(name)
        if href is None:
            sources.pop("url", None)
        parts.append(
            replace(
                reading,
                title=name,
                date_text=f"{day.group(0)} {hours}",
                url=absolute_url(href, base_url) if href else None,
                sources=sources,
            )
        )
    return parts

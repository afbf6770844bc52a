"""A row that opens with only its clock continues the day of the row before it.

„<li>Der <strong>Eröffnungsgottesdienst</strong> … wird am Sonntag, dem 23. August, um 10 Uhr …
übertragen.</li><li>Um 12 Uhr findet im Waldfrieden ein <strong>Konfirmationsgottesdienst</strong>
… statt</li>“: the second row names no day; opening with „Um 12 Uhr“ it goes on with the day the
row above stated — the one day that row names, at the row's own clock."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import names_a_day
from netdir.extract.bold_in_sentence import TITLE_SOURCE, bold_name_in_sentence
from netdir.extract.date_cues import DATE_LIKE
from netdir.extract.inline_text import visible_text
from netdir.extract.sentence_places import place_in_sentence

# „Um 12 Uhr …“, „Ab 14:30 Uhr …“, „Anschließend um 15 Uhr …“ at the start of the row.
_OPENING_CLOCK = lazy_re.compile(
    r"^(?:(?:anschließend|danach|dann|später)\s+)?(?:um|ab|gegen)\s+"
    r"(?P<clock>(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*Uhr)\b",
    re.I,
)


def day_of_the_row_before(row: LexborNode) -> str | None:
    """„23. August, 12 Uhr“ for a row opening with „Um 12 Uhr“ and no day of its own, under a
    sibling row of the same tag that names exactly one day; else None."""
    text = visible_text(row).strip()
    opening = _OPENING_CLOCK.match(text)
    if opening is None or DATE_LIKE.search(text):
        return None
    before = row.prev
    while before is not None and not before.is_element_node:
        before = before.prev
    if before is None or before.tag != row.tag:
        return None
    days = {match.group(0) for match in DATE_LIKE.finditer(visible_text(before))}
    if len(days) != 1 or not names_a_day(day := days.pop()):
        return None
    return f"{day.rstrip(',. ')}, {opening['clock']}"


def date_from_the_row_before(segment: list[LexborNode], reading: BlockReading) -> None:
    """Date a one-element row that opens with its clock by the day of the row before; a row
    that is one sentence is then named by its bold words, as a dated sentence is, and placed
    where it says („findet im Waldfrieden … statt“)."""
    if len(segment) != 1 or (date_text := day_of_the_row_before(segment[0])) is None:
        return
    reading.date_text = date_text
    reading.sources["date_text"] = "listing:day of the row before + own clock"
    if reading.sources.get("title") == "listing:text" and (named := bold_name_in_sentence(segment)):
        reading.title = named
        reading.sources["title"] = TITLE_SOURCE
        if reading.location_text is None and (place := place_in_sentence(visible_text(segment[0]))):
            reading.location_text = place
            reading.sources["location_text"] = "listing:place the row's sentence states"

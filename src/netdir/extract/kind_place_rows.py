"""Rows that give only where, under a heading that names their kind in the plural.

A flea-market club's page lists its markets under „Unsere Flohmärkte“ in a table „ | Ort |
Straße“: „Sa., 11.04. | St.Lorenzen | Dorfzentrum“, „So., 03.05. | Percha | Parkplatz M. Preis“.
No cell names an event; the village and the spot say where each market is held, and a reader
calls each row „Flohmarkt St.Lorenzen“ — one of the heading's kind, at its place. When every
dated row under such a heading (two or more) is titled by its own place (the title is the town
its place ends with) and the heading, without a leading „Unsere“ or „Alle“, is one plural word
of a kind („Flohmärkte“, „Führungen“, „Ausflüge“), each row is titled „<kind> <town>“.

The same page says the hours of all of them once, in its banner: „Alle Flohmärkte von 08:00 bis
17:00 Uhr“. A sentence that says „alle“ and the heading's plural speaks of every row, wherever it
stands on the page; each such row without a clock takes its hours.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.date_cues import TIME_LIKE
from netdir.extract.element_ancestors import document_root
from netdir.extract.heading_item_name import one_of_series

# „Unsere Flohmärkte“, „Alle Führungen“, „Die nächsten Ausflüge“: words that only say whose or
# which of the kind the list holds.
_LEADING = lazy_re.compile(
    r"^(?:(?:unsere|unser|alle|die|nächsten|kommenden|weitere|aktuelle)\s+)+", re.I
)
# „Veranstaltungen“ over „Oberfranken | 22.03.2026 - 28.03.2026 | Gerne mit Hund“: the plural of
# the word for any event says no kind — the hiking weeks are known by their region alone.
_ANY_EVENT = lazy_re.compile(r"(?:veranstaltung|einladung|ankündigung|mitteilung|meldung)$", re.I)
_CLOCK = r"(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?"
_MIN_ROWS = 2
_SOURCE = " + the kind its heading names"
#: Provenance suffix of a date text whose hours a sentence about all rows of the kind states.
HOURS_SOURCE = " + time:a sentence about all of the heading's kind"


def name_rows_by_their_kind(
    segments: list[list[LexborNode]], readings: list[BlockReading], headings: list[str | None]
) -> None:
    """Title each place-named dated row under a plural kind heading „<kind> <town>“, and give
    the untimed ones the hours a sentence about „alle <kind>“ states."""
    groups: dict[str, list[int]] = {}
    for index, (reading, heading) in enumerate(zip(readings, headings, strict=True)):
        if heading and reading.date_text and reading.title != heading:
            groups.setdefault(heading, []).append(index)
    for heading, indexes in groups.items():
        plural = _LEADING.sub("", heading.strip()).strip(" :")
        if not plural or " " in plural or (kind := one_of_series(plural)) == plural:
            continue
        if _ANY_EVENT.search(kind):
            continue
        rows = [readings[index] for index in indexes]
        if len(rows) < _MIN_ROWS or not all(_named_by_its_town(row) for row in rows):
            continue
        for row in rows:
            row.title = f"{kind} {row.title}"
            row.sources["title"] = row.sources.get("title", "listing:") + _SOURCE
        if hours := _hours_of_all(segments[indexes[0]], plural):
            for row in rows:
                if row.date_text and not TIME_LIKE.search(row.date_text):
                    row.date_text = f"{row.date_text}, {hours}"
                    row.sources["date_text"] = row.sources.get("date_text", "") + HOURS_SOURCE


def _named_by_its_town(row: BlockReading) -> bool:
    """The row's title is the town its place ends with („Percha“ of „Parkplatz M. Preis,
    Percha“), and says nothing else."""
    if not row.title or not row.location_text or any(ch.isdigit() for ch in row.title):
        return False
    town = row.location_text.rsplit(",", 1)[-1].strip()
    return row.title.strip() == town


def _hours_of_all(segment: list[LexborNode], plural: str) -> str | None:
    """„08:00 bis 17:00 Uhr“ of a text on the page „Alle Flohmärkte von 08:00 bis 17:00 Uhr“;
    None when no text says the hours of all of the kind."""
    if not segment:
        return None
    root = document_root(segment[0])
    sentence = re.compile(
        rf"\balle\s+{re.escape(plural)}\s+(?:(?:finden|sind|jeweils|geöffnet)\s+)*"
        rf"(?:von\s+)?(?P<hours>{_CLOCK}\s*(?:-|–|bis)\s*{_CLOCK}\s*uhr)\b",
        re.I,
    )
    match = sentence.search(" ".join((root.text(separator=" ") or "").split()))
    return " ".join(match["hours"].split()) if match else None

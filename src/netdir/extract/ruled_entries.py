"""Entries of one box set apart by horizontal rules, each with a day and a heading of its own.

A programme tab lists its talks one after another, a rule between them: „<h2>Spotlights</h2>
<p>…</p><hr/><h5>Di, 18.09., 9:15–10:45 Uhr</h5><h4>Raum: F0.231</h4><h4>David Hofmann</h4>
<h3>Music Processing Suite …</h3><hr/><h5>Di, 18.09., …</h5> …“. The box's heading names the
format; each ruled entry is an offering of its own — its day line, its room, its title (the
highest heading in it that names something). Read as one block, the box is one record named
after the format on the first entry's day.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import HEADING_TAGS, node_text
from netdir.extract.place_labels import ENTRY_WORDS
from netdir.extract.sub_items import part_of
from netdir.extract.title_text import only_a_day, title_in_text

# „Raum: F0.231“, „Ort: Aula“: a labelled place line of the entry.
_PLACE_LABEL = lazy_re.compile(
    rf"^(?:{ENTRY_WORDS})\s*:\s*(?P<place>.{{2,120}})$",
    re.I,
)
_MIN_ENTRIES = 2


def ruled_entries(segment: list[LexborNode], reading: BlockReading) -> list[BlockReading]:
    """One reading per rule-separated run of the box that has a day line and a naming heading;
    [] unless two runs or more do."""
    container = _ruled_container(segment)
    if container is None:
        return []
    parts: list[BlockReading] = []
    for run in _runs(container):
        part = _entry(run, reading)
        if part is not None:
            parts.append(part)
    return parts if len(parts) >= _MIN_ENTRIES else []


def _ruled_container(segment: list[LexborNode]) -> LexborNode | None:
    """The element of the block whose own children include two rules or more."""
    for root in segment:
        if not root.is_element_node:
            continue
        for node in [root, *root.traverse()]:
            if node.is_element_node and sum(1 for c in node.iter() if c.tag == "hr") >= 2:
                return node
    return None


def _runs(container: LexborNode) -> list[list[LexborNode]]:
    runs: list[list[LexborNode]] = [[]]
    for child in container.iter():
        if child.tag == "hr":
            runs.append([])
        elif child.is_element_node:
            runs[-1].append(child)
    return [run for run in runs if run]


def _entry(run: list[LexborNode], reading: BlockReading) -> BlockReading | None:
    day = next((text for node in run if (text := _only_a_day(node)) is not None), None)
    if day is None:
        return None
    place = None
    named: list[tuple[str, str]] = []
    for node in run:
        text = node_text(node) or ""
        label = _PLACE_LABEL.match(text)
        if label is not None:
            place = place or label["place"].strip()
            continue
        if node.tag in HEADING_TAGS:  # (a place line is no title: title_in_text)
            title = title_in_text(text)
            if title is not None:
                named.append((node.tag, title))
    if not named:
        return None
    tag, title = min(named, key=lambda item: item[0])  # h3 over the speaker's h4
    part = part_of(
        reading, title, day, place or reading.location_text, f"listing:{tag} between rules"
    )
    part.url = None  # the box's link (a tab's anchor) leads to none of its entries
    return part


def _only_a_day(node: LexborNode) -> str | None:
    """The text of an element that names a day and nothing else („Di, 18.09., 9:15–10:45 Uhr“)."""
    text = node_text(node) or ""
    return text if only_a_day(text) else None

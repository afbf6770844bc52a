"""A section's lines that each open with a day and its clock: one occurrence per line.

A programme gives each of its offerings a heading and, under it, the days it is held, a line
each::

    <h3>Gemeinde-Gebet:</h3>
    <p>Wir treffen uns eine Stunde vor dem Gottesdienst, um gemeinsam für Gemeinde zu beten:<br>
    Sonntag, den 15.01. um 9 Uhr im Kreuzraum.<br>
    Sonntag, den 22.01. um 16 Uhr im Kreuzraum.</p>

    <h3>Drei spannende Gottesdienste:</h3>
    <p>Sonntag, den 08. Januar – 10 Uhr<br>
    Sonntag, den 15. Januar – 10 Uhr<br>
    Sonntag, den 22. Januar – 10 Uhr Familiengottesdienst / 17 Uhr Abendgottesdienst</p>

The section was read as one event on its first line's day. A reader sees the prayer meeting
twice and four services: each line that opens with a day (a weekday and „den“ may come first)
and states its clock is the heading's offering at that hour, at the place the line names after
it („im Kreuzraum“); a line that names what is held after each of its clocks („10 Uhr
Familiengottesdienst / 17 Uhr Abendgottesdienst“) is those events. Anything else after a lone
clock („19 Uhr Evangelische Kirche Kirchzarten, Schauinslandstraße 8“) is a venue and its address
for the readers of places: such a section is not read here. A heading that counts what it
lists („Drei spannende Gottesdienste“) names each one in the singular. Two such lines at least,
on different days or hours; a section whose one dated line is prose stays one event.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import text_lines
from netdir.extract.date_cues import search_date_like
from netdir.extract.heading_item_name import one_of_series
from netdir.extract.sub_items import part_of
from netdir.extract.title_text import title_in_text
from netdir.normalize.when_grammar import WEEKDAY_FULL_ALT

_MIN_LINES = 2
_MAX_LINE = 160  # characters: a line of a day, its hours and names, not a paragraph of prose
# What may stand before the day: „Sonntag, den “, „Sonntag “, „Am Sonntag, dem “.
_BEFORE_THE_DAY = lazy_re.compile(
    rf"^(?:am\s+)?(?:(?:{WEEKDAY_FULL_ALT})\.?,?\s+)?(?:(?:den|dem)\s+)?$", re.IGNORECASE
)
# Between the day and its clock: a dash, a comma, „um“, „ab“.
_BEFORE_THE_CLOCK = r"\s*(?:[-–—,]\s*)?(?:(?:um|ab)\s+)?"
_CLOCK = r"(?P<clock>\d{1,2}(?:[:.]\d{2})?)\s*(?:Uhr|h\b)"
_OPENING_CLOCK = lazy_re.compile(rf"^{_BEFORE_THE_CLOCK}{_CLOCK}\s*(?P<rest>.*)$", re.IGNORECASE)
# „Familiengottesdienst / 17 Uhr Abendgottesdienst“: a further clock and what is held then.
_NEXT_CLOCK = lazy_re.compile(rf"\s*/\s*{_CLOCK}\s*", re.IGNORECASE)
# „im Kreuzraum.“, „in der Kirche“: the place the line names after its clock.
_PLACE_AFTER = lazy_re.compile(
    r"^(?:im|in\s+der|in\s+den|in\s+dem|auf\s+dem|am)\s+(?P<place>[^\W\d].{1,80}?)[.!]?$",
    re.IGNORECASE,
)
# „Drei spannende Gottesdienste“, „2 Workshops“: a heading that counts the offerings it lists.
_COUNTED = lazy_re.compile(
    r"^(?:\d{1,2}|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)\s+(?:\S+\s+)*?"
    r"(?P<name>[^\W\d][\w-]+)$",
    re.IGNORECASE,
)
_CONSONANT_E = lazy_re.compile(r"(?<=[b-df-hj-np-tv-zß])e$")


def day_lines_of_the_section(
    segment: list[LexborNode], reading: BlockReading
) -> list[BlockReading]:
    """One reading per line of the section that opens with a day and its clock (see the module
    docstring); [] unless the block is named by its heading and holds two such lines."""
    if reading.title is None or not reading.title_from_heading:
        return []
    name = _one_of_the_heading(reading.title)
    parts: list[BlockReading] = []
    where = "listing:the section's day line"
    for line, _owner in text_lines(segment):
        entries = _entries_of(" ".join(line.split()))
        for day, clock, what in entries:
            title, place = name, reading.location_text
            if len(entries) > 1:
                # „10 Uhr Familiengottesdienst / 17 Uhr Abendgottesdienst“: what each clock names
                if (named := title_in_text(what)) is None:
                    return []
                title = named
            elif (at := _PLACE_AFTER.match(what)) is not None:
                place = at["place"]
            elif what:
                # „19 Uhr Evangelische Kirche Kirchzarten, Schauinslandstraße 8“: a venue and its
                # address, for the readers of places and addresses
                return []
            parts.append(
                part_of(reading, title, f"{day}, {clock.replace('.', ':')} Uhr", place, where)
            )
    whens = {part.date_text for part in parts}
    return parts if len(parts) >= _MIN_LINES and len(whens) == len(parts) else []


def _entries_of(line: str) -> list[tuple[str, str, str]]:
    """(day, clock, what follows) of each clock of a line that opens with a day and its clock."""
    if len(line) > _MAX_LINE:
        return []
    day = search_date_like(line)
    if day is None or not _BEFORE_THE_DAY.match(line[: day.start()]):
        return []
    opening = _OPENING_CLOCK.match(line[day.end() :])
    if opening is None:
        return []
    entries: list[tuple[str, str, str]] = []
    clock, rest = opening["clock"], opening["rest"]
    while (further := _NEXT_CLOCK.search(rest)) is not None:
        entries.append((day.group(0), clock, rest[: further.start()].strip()))
        clock, rest = further["clock"], rest[further.end() :]
    entries.append((day.group(0), clock, rest.strip()))
    return entries


def _one_of_the_heading(title: str) -> str:
    """The heading's name without its colon; a counted plural („Drei spannende Gottesdienste“)
    in the singular („Gottesdienst“)."""
    name = title.strip().rstrip(":").strip()
    counted = _COUNTED.match(name)
    if counted is None:
        return name
    word = counted["name"]
    singular = one_of_series(word)
    if singular != word:
        return singular
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]  # „Workshops“
    return _CONSONANT_E.sub("", word) if re.search(r"[^e]e$", word) else word

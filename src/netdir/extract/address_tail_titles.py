"""The street address a list line's title runs on into.

A meeting list written one line a row — „02.06.2026 19:00: Lab Treffen im Impact Hub Karlsruhe,
76131 Karlsruhe, Kaiserstr 97, Karte (ICS)“, „14.03.2026 10:00: HackDays 2026, Day 1, House of
Living Labs am FZI, Haid-und-Neu Str 5a, 76131 Karlsruhe, Karte“ — sets the event's street
address after its name with commas: a street with its number, a postcode with its town. A reader
takes the address parts at the end of the line as where, and the words before them as the name;
a map link's label after the address („Karte“, „Map“, „Lageplan“) is the link's, no part of
either.

Only the parts that end the line count, each of them a street with its number or a postcode
with its town, and the postcode with its town must be among them: a street alone („Roter Stern
im Gewerbehof, Steinstr. 23“) leaves the venue's name to the other readers, „Konzert, Bolando,
Bollschweil“ (no figure) is read by ``title_places.move_trailing_towns`` from the list,
„Sommerfest 2025, Teil 2“ holds no address. One short part right before the address — a capitalised name of up to six
words without a sentence's stops („Triangel“, „House of Living Labs am FZI“) — is the venue at
that address, when the line keeps another part before it as the name („Lab Treffen im Impact Hub
Karlsruhe, 76131 Karlsruhe, …“ keeps its one part whole). A record that already has its place
keeps it and its title. A line of one part before the address that names a short event held
in its venue („Ratssitzung im Ratssaal des Rathauses, Am Büscherhof 1, 42799 Leichlingen“; a
street may be named by a preposition, „Am Büscherhof 1“) is the event, at the venue and address.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import text_chunks
from netdir.extract.inline_text import visible_text
from netdir.extract.place_lines import is_postcode_and_town
from netdir.extract.title_venues import in_a_venue
from netdir.normalize.when_words import GERMAN_WEEKDAY_ALT

#: Provenance of a place cut off the end of the row's title.
SOURCE = "listing:text (the street address ending the title)"

_PARTS = lazy_re.compile(r"\s*,\s+")
# „Kaiserstr 97“, „Ständehausstraße 2“, „Hammer Str. 12a“, „Haid-und-Neu Str 5a“: a street's
# name ending in (or followed by) a street word, then its number.
_STREET = lazy_re.compile(
    r"[A-ZÄÖÜ][\w.-]*(?i:straße|strasse|str\.?|weg|platz|allee|gasse|ring|damm|ufer)"
    r"\s*\d{1,4}\s?[a-zA-Z]?"
    r"|(?:[A-ZÄÖÜ][\w.-]*\s+){1,3}(?:Straße|Strasse|Str\.?|Weg|Platz|Allee|Gasse|Ring)"
    r"\s+\d{1,4}\s?[a-zA-Z]?"
    # „Am Büscherhof 1“, „An der Kirche 5“, „Im Winkel 12a“: a street named by a preposition and
    # its place (no day: „Am Freitag 13“ is none)
    r"|(?:Am|An\s+der|An\s+den|Im|In\s+der|Auf\s+dem|Auf\s+der|Zum|Zur|Hinter\s+dem)\s+"
    rf"(?!(?i:{GERMAN_WEEKDAY_ALT})\b)"
    r"[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*)?\s+\d{1,4}\s?[a-zA-Z]?"
)
# The label of a map link after the address: „Karte“, „Map“, „Lageplan“, „Google Maps“.
_MAP_LABEL = lazy_re.compile(
    r"(?:Karte|Map|Maps|Lageplan|Stadtplan|Anfahrt|Route|Wegbeschreibung|Google\s+Maps|"
    r"OpenStreetMap|OSM)(?:\s*\(\s*\w+\s*\))?",
    re.I,
)
# A venue's name before the address: capitalised, up to six words, no stops of a sentence.
_MAX_VENUE_WORDS = 6
_SENTENCE_MARK = lazy_re.compile(r"[.:;!?–—]")


def is_address_part(part: str) -> bool:
    """„Kaiserstr 97“, „Wolbecker Straße 36“, „76131 Karlsruhe“: one comma part of a street
    address — a street with its number, or a postcode with its town."""
    return _STREET.fullmatch(part) is not None or is_postcode_and_town(part)


def _venue_part(part: str) -> bool:
    words = part.split()
    return (
        0 < len(words) <= _MAX_VENUE_WORDS
        and part[:1].isupper()
        and _SENTENCE_MARK.search(part) is None
        and not any(ch.isdigit() for ch in part)
    )


def _link_labels(segment: list[LexborNode]) -> set[str]:
    labels = set()
    for node in segment:
        links = [node] if node.tag == "a" else list(node.css("a"))
        for link in links:
            text = visible_text(link).strip()
            if text:
                labels.add(text.casefold())
    return labels


def _without_map_labels(parts: list[str], labels: set[str]) -> list[str]:
    """The parts without the map link's label after the address („Karte“, „Karte (ICS)“)."""
    parts = list(parts)
    while (
        parts
        and _MAP_LABEL.fullmatch(parts[-1])
        and parts[-1].split("(")[0].strip().casefold() in labels
    ):
        parts.pop()
    return parts


def _address_start(parts: list[str]) -> int:
    """The index of the first of the address parts that end ``parts`` (``len(parts)`` when
    none do)."""
    start = len(parts)
    while start > 0 and is_address_part(parts[start - 1]):
        start -= 1
    return start


def _address_after_the_title(segment: list[LexborNode], title: str, labels: set[str]) -> str | None:
    """„Workshop: … sprechen kann. <a>Ameldung</a>, 76133 Karlsruhe, Ständehausstraße 2,
    <a>Karte</a>“ when the title ended at its sentence: the address the row's one line ends on,
    after nothing but the title and the row's link labels."""
    chunks = text_chunks(segment)
    if len(chunks) != 1 or (at := chunks[0].find(title)) < 0:
        return None
    tail = chunks[0][at + len(title) :].strip(" ,")
    parts = _without_map_labels([p for p in _PARTS.split(tail) if p], labels)
    start = _address_start(parts)
    if start == len(parts) or any(part.casefold() not in labels for part in parts[:start]):
        return None
    if not any(is_postcode_and_town(part) for part in parts[start:]):
        return None
    return ", ".join(parts[start:])


def address_after_the_name(segment: list[LexborNode], reading: BlockReading) -> None:
    """Cut the street address (with the venue before it) off the end of the row's title and
    make it the row's place (see the module docstring)."""
    title = reading.title
    if not title or reading.date_text is None or reading.location_text is not None:
        return
    labels = _link_labels(segment)
    parts = _without_map_labels([part for part in _PARTS.split(title.strip()) if part], labels)
    end = len(parts)
    start = _address_start(parts)
    if start == end and (place := _address_after_the_title(segment, title, labels)):
        reading.location_text = place
        reading.sources["location_text"] = SOURCE
        return
    if start == end or start == 0 or not any(is_postcode_and_town(p) for p in parts[start:]):
        return  # no address, or only a street („…, Steinstr. 23“): the other readers decide
    if start >= 2 and _venue_part(parts[start - 1]):
        start -= 1
    name = ", ".join(parts[:start])
    if sum(ch.isalpha() for ch in name) < 3:
        return
    place = ", ".join(parts[start:end])
    if start == 1 and (held := in_a_venue(name)) is not None:
        # „Ratssitzung im Ratssaal des Rathauses, Am Büscherhof 1, 42799 Leichlingen“: the
        # name held in its venue, the venue at the address.
        name, place = held[0], f"{held[1]}, {place}"
    reading.title = name
    reading.location_text = place
    reading.sources["location_text"] = SOURCE

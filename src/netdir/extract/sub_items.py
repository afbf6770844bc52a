"""Several offerings in one content box, each on lines of its own.

Two shapes, both strict enough that a date repeated inside a description does not count:

* titled date lines — "Vernissage: 01.12.2026, 15:00 bis 17:00 Uhr": a line that is a short
  name (no digits, not a date, place or deadline label), a colon, and a date opening what
  follows. It is an offering of its own beside the box's main one.
* titled sections — a box with two or more "Termin: …" lines, each below its own emphasised
  title line ("<p><strong>Vortrag: „Aus der Schwere …“</strong></p>"): one offering per
  section, each with the "Ort: …" line of its section. They replace the box's single record,
  which would name the box's headline with the first section's date.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from selectolax.lexbor import LexborNode

from netdir.extract.date_cues import DATE_LIKE, DATE_PHRASE
from netdir.extract.listing_features import BlockReading, names_a_day, text_lines
from netdir.normalize.when import date_role

_TITLED_DATE = re.compile(r"^(?P<title>[^\W\d][^:\d]{1,38}?)\s*:\s*(?P<date>.+)$")
_DATE_LABEL = re.compile(r"^(?:Datum|Termine?|Wann|Zeit|Uhrzeit|Beginn|Ende|Date|When|Time)\s*:\s*", re.I)  # fmt: skip
_PLACE_LABEL = re.compile(r"^(?:Ort|Wo|Veranstaltungsort|Location|Where|Venue|Adresse)\s*:\s*(?P<place>.{2,120})$", re.I)  # fmt: skip
_NOT_TITLES = re.compile(
    r"^(?:ort|wo|veranstaltungsort|adresse|eintritt|preis|kosten|kontakt|telefon|e-?mail|hinweis"
    r"|anmeldung|einlass|stand|location|where|venue|price|admission|contact|note"
    r"|letzte|aktualisiert|aktualisierung|gültig|geöffnet|öffnungszeiten|last|updated|posted)\b",
    re.I,
)
_MAX_TITLE_LINE = 120
_ROLE_DAY = date(2000, 1, 1)  # date_role reads the words around a date; the day is irrelevant


def titled_date_lines(segment: list[LexborNode], reading: BlockReading) -> list[BlockReading]:
    """ "Vernissage: 01.12.2026, 15:00 bis 17:00 Uhr" lines of the box, other than its own date."""
    found: list[BlockReading] = []
    for line, owner in text_lines(segment):
        match = _TITLED_DATE.match(line)
        if match is None or _DATE_LABEL.match(line) or _NOT_TITLES.match(match["title"]):
            continue
        when = match["date"]
        if DATE_PHRASE.match(when) is None or not names_a_day(when):
            continue
        if when.strip() in (reading.date_text or ""):
            continue  # "Nächstes Netzwerktreffen: 14.04.2026": the box's own date, labelled
        if date_role(line, today=_ROLE_DAY) is not None:
            continue  # "Anmeldung bis 24.10.2026: …"
        found.append(_part(reading, match["title"].strip(), when, None, owner))
    return found


def titled_sections(segment: list[LexborNode], reading: BlockReading) -> list[BlockReading]:
    """One reading per "Termin: …" line under its own emphasised title line; [] unless every
    such line of the box (two or more) has a title line of its own above it."""
    lines = text_lines(segment)
    parts: list[BlockReading] = []
    title: str | None = None
    used: set[str] = set()
    for index, (line, owner) in enumerate(lines):
        if _is_title_line(line, owner):
            title = line
            continue
        label = _DATE_LABEL.match(line)
        if label is None or not DATE_LIKE.search(line[label.end() :]):
            continue
        if title is None or title in used:
            return []  # a date without a title of its own: one offering's several dates
        used.add(title)
        parts.append(_part(reading, title, line[label.end() :], _place_after(lines, index), owner))
    return parts if len(parts) >= 2 else []


def _is_title_line(line: str, owner: LexborNode | None) -> bool:
    if owner is None or owner.tag != "p" or len(line) > _MAX_TITLE_LINE or line.endswith(":"):
        return False
    if DATE_LIKE.search(line) or _DATE_LABEL.match(line) or _PLACE_LABEL.match(line):
        return False
    emphasised = owner.css_first("strong, b")
    return emphasised is not None and emphasised.text(separator=" ", strip=True) == line


def _place_after(lines: list[tuple[str, LexborNode | None]], index: int) -> str | None:
    for line, owner in lines[index + 1 : index + 4]:
        if _is_title_line(line, owner):
            return None
        match = _PLACE_LABEL.match(line)
        if match is not None:
            return match["place"].strip()
    return None


def _part(
    reading: BlockReading, title: str, when: str, place: str | None, owner: LexborNode | None
) -> BlockReading:
    where = f"listing:{owner.tag if owner is not None else ''} line"
    sources = {**reading.sources, "title": where, "date_text": where}
    if place is not None:
        sources["location_text"] = where
    return replace(
        reading,
        title=title,
        date_text=when.strip(),
        start=None,
        location_text=place,
        sources=sources,
    )

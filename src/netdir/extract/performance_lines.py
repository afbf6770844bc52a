"""The performances of one programme: its heading over lines that each give a day and a place.

Choirs and ensembles put each programme under a heading of its name and list where it is sung,
one line per performance — as list items („<h2>Sonnwend</h2> … <li>20.06.26, 17 Uhr,
<a>Laurentiuskirche Bludenz</a></li><li>21.06.26, 14:30 Uhr, <a>Servitenkirche
Innsbruck</a></li>“, „14.03.2026, 20 Uhr: Pfarrkirche Untermieming“) or as the lines of one
paragraph joined by „und“ („30.11.2024, Servitenkirche Innsbruck und<br>01.12.2024,
Pfarrkirche Neustift im Stubaital“). Each line is one performance of the programme the heading
names, on its day, at its hour, in its place — not an event named by the church.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import HEADING_TAGS, css_matches, names_a_day, text_lines
from netdir.extract.date_cues import DATE_PHRASE, TIME_LIKE, search_date_like
from netdir.extract.place_lines import names_a_place, names_a_venue_word
from netdir.extract.sub_items import part_of

# What joins the day (and hour) to the place („, “, „: “, „ – “) and the „und“ that hands over
# to the next line.
_JOINER = lazy_re.compile(r"^[\s,:;–—-]+")
_HOUR_FIRST = lazy_re.compile(rf"^(?:um\s+)?(?:{TIME_LIKE.pattern})", re.I)
_AND_NEXT = lazy_re.compile(r"[\s,]+(?:und|&)\s*$", re.I)
# „… und 01.12.2024, …“: the „und“ before the next performance's day.
_NEXT_DAY = lazy_re.compile(r"[\s,]+(?:und|&)\s+(?=\d{1,2}\.\s?\d{1,2}\.)", re.I)
_MIN_LINES = 2
_HEADINGS = "h1, h2, h3, h4, h5, h6"
_MAX_PLACE_CHARS = 90


def performances_under_the_heading(
    segment: list[LexborNode], reading: BlockReading
) -> list[BlockReading]:
    """One reading per line „<day>[, <hour>][,:] <place>[ und]“ of a block named by its own
    heading; [] unless two or more lines are such and no other line of the block names a day
    (a dated sentence in the text makes the block something else than a list of dates)."""
    if reading.title is None or not reading.title_from_heading or _sub_headings(segment):
        return []  # lines under a heading of their own („<h3>März / April 2019</h3>“) are its
    parts: list[BlockReading] = []
    for line, owner in text_lines(segment):
        text = " ".join(line.split())
        if search_date_like(text) is None:
            continue
        # „30.11.2024, Servitenkirche Innsbruck und 01.12.2024, Pfarrkirche Neustift …“: two
        # performances in one line (the paragraph's source lines run together).
        pieces = _NEXT_DAY.split(text)
        performances = [_day_and_place(piece) for piece in pieces]
        if not all(performances):
            if names_a_day(text):
                return []  # a day told otherwise: the block is no plain list of performances
            continue  # a year in the programme („Daniel Windisch (*1994)“) dates nothing
        for performance in performances:
            assert performance is not None
            when, place = performance
            parts.append(_one(reading, when, place, owner))
    return parts if len(parts) >= _MIN_LINES else []


def _sub_headings(segment: list[LexborNode]) -> bool:
    """Whether the block holds headings below its own (an archive's month sections)."""
    own = 1 if segment and segment[0].tag in HEADING_TAGS else 0
    found = sum(
        1 if node.tag in HEADING_TAGS else len(css_matches(node, _HEADINGS)) for node in segment
    )
    return found > own


def _day_and_place(text: str) -> tuple[str, str] | None:
    match = DATE_PHRASE.match(text)
    if match is None or not names_a_day(match.group(0)):
        return None
    when = match.group(0).strip(" ,")
    rest = _JOINER.sub("", text[match.end() :])
    if not TIME_LIKE.search(when) and (hour := _HOUR_FIRST.match(rest)) is not None:
        when = f"{when}, {hour.group(0)}"
        rest = _JOINER.sub("", rest[hour.end() :])
    place = _AND_NEXT.sub("", rest).strip(" ,.;")
    if not place or len(place) > _MAX_PLACE_CHARS or search_date_like(place):
        return None
    if not (names_a_place(place) or names_a_venue_word(place)):
        return None
    return when, place


def _one(reading: BlockReading, when: str, place: str, owner: LexborNode | None) -> BlockReading:
    part = part_of(reading, reading.title or "", when, place, _where(owner))
    part.sources["title"] = reading.sources.get("title", "listing:")
    return part


def _where(owner: LexborNode | None) -> str:
    tag = owner.tag if owner is not None else ""
    return f"listing:{tag} line (a performance under the heading)"

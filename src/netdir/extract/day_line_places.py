"""The place a block's date line names after its day.

A therapist's list of courses writes each as a bold name over one line, the day first and the
place after it: „<strong>Schulbegleitung</strong><br>29.03.2014 Lore Anderlik, Puchheim“,
„03.01. – 05.01.2014, Pelham (Chiemgau)“, „28./ 29. November 2014 AudiMax TU München“,
„26.07.2014 Altötting, Sozialpädiatrisches Zentrum für Kinder und Jugendliche“, „24. und
25.09.2010 – Puchheim, Lore Anderlik und Petra Findelsberger“. What follows the day on its line
is where, when it names a venue or an address, or a town the gazetteer knows (with the venue
beside it; the teachers beside the town are no part of the place), or — set off by a comma — a
short name of capitalised words („Pelham (Chiemgau)“, „Regensburger Montessori-Institut“). A
rest that is a sentence, holds a time or another day, or is the block's name is no place; the
date line that opens a block not yet named may name it („20 Uhr: Percussion Night, Bolando“).
A date line that goes on past its hours with „in“ and a name („21.10.2018 um 16:30 Uhr in
Halle“, a workshop's h3) ends on its town, known to the gazetteer or not. The date read may be
that whole line („<p class="subtitle">1. Juni 2014, Chorforum Essen</p>“ under a choir's concert
title): then the rest after its day, inside the date, is read the same way, and the date keeps
only its day.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import text_chunks
from netdir.extract.bold_name_rows import bold_name_before_the_day
from netdir.extract.date_cues import DATE_LIKE, TIME_LIKE, search_date_phrase
from netdir.extract.place_lines import names_a_place, names_a_venue_word
from netdir.normalize.place import known_town

#: Provenance of a place read after the day on the block's date line.
AFTER_THE_DAY = "listing:place after the day on its line"
# The separator between the day and the rest: a comma, a dash, a bar, a middle dot.
_LEAD = lazy_re.compile(r"^\s*(?P<sep>[,;|·–—-])?\s*(?P<in>in\s+(?=[A-ZÄÖÜ]))?")
# „in Tel Aviv, Israel“, „in Houston, TX“, „in Bochum, Germany“: after „in“, a town of capitalised
# words and the state or country it lies in — the place an English list gives after the day.
_TOWN_AND_REGION = lazy_re.compile(
    r"^[A-ZÄÖÜ][\w.'’&-]*(?:\s+[A-ZÄÖÜ][\w.'’&-]*){0,2},\s*[A-ZÄÖÜ][\w.'’&-]*(?:\s+[A-ZÄÖÜ][\w.'’&-]*){0,2}$"
)
# „SchulCentrum Augustinum – Frau Kotonski“: after a spaced dash, who teaches or a note.
_NOTE_AFTER = lazy_re.compile(r"\s+[–—-]\s+")
# „Pelham (Chiemgau)“, „Regensburger Montessori-Insitut“: capitalised words, a bracket of them.
_NAME = lazy_re.compile(r"^[A-ZÄÖÜ][\w.'’&-]*(?:\s+\(?[A-ZÄÖÜ][\w.'’&-]*\)?){1,3}$")
# „21.10.2018 um 16:30 Uhr in Halle“: a date line that goes on after its hours with „in“ and a
# capitalised name (one to three words) ends on the town it is held in.
_IN_AFTER_HOURS = lazy_re.compile(
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*Uhr|\d{1,2}:\d{2})\s+in\s+"
    r"(?P<town>[A-ZÄÖÜ][\w.'-]+(?:\s+[A-ZÄÖÜ(][\w.'()/-]+){0,2})\s*$"
)
_MAX_WORDS = 8
_MAX_TOWN_WORDS = 3


def place_after_the_day(segment: list[LexborNode], reading: BlockReading) -> None:
    """The block's place from the rest of the line that holds its date, when it names one."""
    date_text = reading.date_text
    if not date_text or reading.location_text is not None:
        return
    if (town := _IN_AFTER_HOURS.search(date_text)) is not None and not DATE_LIKE.search(
        town["town"]
    ):
        reading.location_text = town["town"]
        reading.sources["location_text"] = AFTER_THE_DAY
        return
    lines = text_chunks(segment)
    bold = bold_name_before_the_day(segment)  # („<b>Name</b> - May 20, 2014 in Tel Aviv, Israel“)
    for index, line in enumerate(lines):
        at = line.find(date_text)
        if at < 0:
            continue
        if reading.title is None and index == 0 and bold is None:
            return  # („20 Uhr: Percussion Night, Bolando“: the rest names the block, below)
        rest = line[at + len(date_text) :]
        if not rest.strip() and (reading.title or bold):
            _place_inside_the_date(reading, reading.title or bold or "")
            return
        place = _place_in_rest(rest, reading.title or bold or lines[0])
        if place is not None:
            reading.location_text = place
            reading.sources["location_text"] = AFTER_THE_DAY
        return


def _place_inside_the_date(reading: BlockReading, title: str) -> None:
    """„1. Juni 2014, Chorforum Essen“ read whole as the date: the rest after its day, set off
    by a comma, dash, bar or dot, is the place when it names one (as after the day on its
    line); the date keeps the day."""
    assert reading.date_text is not None
    day = search_date_phrase(reading.date_text)
    if day is None or day.start() > 0:
        return  # („Konzert am 1. Juni“: the line does not open with its day)
    rest = reading.date_text[day.end() :]
    lead = _LEAD.match(rest)
    if lead is None or (lead["sep"] is None and not _in_town_and_region(rest, lead)):
        return  # („… 16:30 Uhr in der Aula“: no separator sets a place apart from the day)
    place = _place_in_rest(rest, title)
    if place is None:
        return
    reading.location_text = place
    reading.sources["location_text"] = AFTER_THE_DAY + " (inside the date read)"
    reading.date_text = reading.date_text[: day.end()].strip()


def _in_town_and_region(rest: str, lead: re.Match[str]) -> bool:
    """„Febraury 4, 2015 in Bochum, Germany“: „in“, a town and its country right after the day
    set the place apart as a separator does."""
    return bool(lead["in"]) and _TOWN_AND_REGION.match(rest[lead.end() :].strip(" ,;.")) is not None


def _place_in_rest(rest: str, title: str) -> str | None:
    lead = _LEAD.match(rest)
    assert lead is not None
    rest = _NOTE_AFTER.split(rest[lead.end() :], maxsplit=1)[0].strip(" ,;.")
    if not rest or len(rest.split()) > _MAX_WORDS or DATE_LIKE.search(rest):
        return None
    if TIME_LIKE.search(rest) or rest in title or title in rest:
        return None
    if names_a_place(rest):
        return rest
    if lead["in"] and _TOWN_AND_REGION.match(rest):
        return rest  # „… - May 20, 2014 in Tel Aviv, Israel“, „… in Houston, TX“
    parts = [part.strip() for part in rest.split(",")]
    if _town(parts[0]):
        # „Altötting, Sozialpädiatrisches Zentrum …“; „Puchheim, Lore Anderlik und …“
        venues = [part for part in parts[1:] if names_a_venue_word(part)]
        return ", ".join([parts[0], *venues])
    if len(parts) > 1 and _town(parts[-1]):
        # „Lore Anderlik, Puchheim“: the town; „Haus am See, Celle“ with its venue
        venue = parts[-2]
        return f"{venue}, {parts[-1]}" if names_a_venue_word(venue) else parts[-1]
    words = rest.split()
    if len(parts) == 1 and len(words) <= _MAX_TOWN_WORDS + 1 and _town(words[-1]):
        return rest  # „AudiMax TU München“: a venue named before its town
    if lead["sep"] == "," and len(parts) == 1 and _NAME.match(rest):
        return rest  # „…2014, Pelham (Chiemgau)“
    return None


def _town(part: str) -> bool:
    words = part.split()
    return 0 < len(words) <= _MAX_TOWN_WORDS and known_town(part) is not None

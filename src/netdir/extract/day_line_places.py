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
Halle“, a workshop's h3) ends on its town, known to the gazetteer or not; one whose day (or run
of days) goes on with „in“ and a town the gazetteer knows — a bracket after it kept — ends on
where („14. bis 16. März 2025 in Magdeburg“, „27. bis 29. Dezember 2024 in Hambühren (Celle)“
under an association's <h2> names), and so does a short rest after the day that ends on „in“
and a known town („22. bis 25. August 2025 veranstaltet von Rotex 1890 in Hamburg“). Without
hours only a known town counts: „in Planung“, „in Kooperation mit …“, „in der Aula“ name no
town; and not in a heading of day and town over prose („<h3>7. Oktober 2018 in Siegburg</h3>“
over „… in der Musikwerkstatt, Zeughausstraße 5, 53721 Siegburg“): the prose names the venue. The date read may be
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
# „in Magdeburg“, „in Hambühren (Celle)“: „in“, a town of one to three capitalised words and a
# bracket after it, ending the rest of the line.
_IN_TOWN_ONLY = lazy_re.compile(
    r"^in\s+(?P<town>[A-ZÄÖÜ][\w.'’-]*(?:\s+[A-ZÄÖÜ][\w.'’-]*){0,2})(?P<bracket>\s*\([^()]{1,40}\))?$"
)
# „… veranstaltet von Rotex 1890 in Hamburg“: a rest ending on „in“ and a town.
_ENDS_IN_TOWN = lazy_re.compile(
    r"\s+in\s+(?P<town>[A-ZÄÖÜ][\w.'’-]*(?:\s+[A-ZÄÖÜ][\w.'’-]*){0,2})$"
)
# „ bis 02. Juni 2024 …“, „ – 05. Oktober 2024 …“: the rest of a line goes on with the run's
# last day.
_RUN_GOES_ON = lazy_re.compile(r"^\s*(?:bis(?:\s+zum)?|[–—-])\s*(?=\d)")
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_HEADING_CSS = "h1, h2, h3, h4, h5, h6"
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
        rest = _past_the_run(line[at + len(date_text) :])
        # (a cheap look for „ in “ first: the heading is asked only of such lines)
        town_after_in = " in " not in line or not _heads_the_block(segment, date_text)
        if not rest.strip() and (reading.title or bold):
            _place_inside_the_date(
                reading, reading.title or bold or "", town_after_in=town_after_in
            )
            return
        place = _place_in_rest(rest, reading.title or bold or lines[0], town_after_in=town_after_in)
        if place is not None:
            reading.location_text = place
            reading.sources["location_text"] = AFTER_THE_DAY
        return


def _past_the_run(rest: str) -> str:
    """„31. Mai“ read as the day of „31. Mai bis 02. Juni 2024 in Havelberg“: the run's last day
    („bis 02. Juni 2024“) is no part of what the line says after the day."""
    found = _RUN_GOES_ON.match(rest)
    if found is None:
        return rest
    day = search_date_phrase(rest[found.end() :])
    if day is None or day.start() > 0:
        return rest
    return rest[found.end() + day.end() :]


def _heads_the_block(segment: list[LexborNode], date_text: str) -> bool:
    """The date is read from a heading of the block („<h3>7. Oktober 2018 in Siegburg</h3>“)."""
    return any(
        date_text in (node.text(deep=True) or "")
        for root in segment
        for node in ([root] if root.tag in _HEADINGS else root.css(_HEADING_CSS))
        if node.tag in _HEADINGS
    )


def _place_inside_the_date(reading: BlockReading, title: str, *, town_after_in: bool) -> None:
    """„1. Juni 2014, Chorforum Essen“ read whole as the date: the rest after its day, set off
    by a comma, dash, bar or dot, is the place when it names one (as after the day on its
    line); the date keeps the day."""
    assert reading.date_text is not None
    day = search_date_phrase(reading.date_text)
    if day is None or day.start() > 0:
        return  # („Konzert am 1. Juni“: the line does not open with its day)
    rest = reading.date_text[day.end() :]
    lead = _LEAD.match(rest)
    if lead is None or (
        lead["sep"] is None
        and not _in_town_and_region(rest, lead)
        and (not town_after_in or _in_known_town(rest) is None)
    ):
        return  # („… 16:30 Uhr in der Aula“: no separator sets a place apart from the day)
    place = _place_in_rest(rest, title, town_after_in=town_after_in)
    if place is None:
        return
    reading.location_text = place
    reading.sources["location_text"] = AFTER_THE_DAY + " (inside the date read)"
    reading.date_text = reading.date_text[: day.end()].strip()


def _in_town_and_region(rest: str, lead: re.Match[str]) -> bool:
    """„Febraury 4, 2015 in Bochum, Germany“: „in“, a town and its country right after the day
    set the place apart as a separator does."""
    return bool(lead["in"]) and _TOWN_AND_REGION.match(rest[lead.end() :].strip(" ,;.")) is not None


def _in_known_town(rest: str) -> str | None:
    """„in Magdeburg“, „in Hambühren (Celle)“ right after the day: the town (with its bracket)
    when the gazetteer knows it."""
    found = _IN_TOWN_ONLY.match(rest.strip(" ,;."))
    if found is None or known_town(found["town"]) is None:
        return None
    return found["town"] + (found["bracket"] or "")


def _place_in_rest(rest: str, title: str, *, town_after_in: bool = True) -> str | None:
    lead = _LEAD.match(rest)
    assert lead is not None
    if town_after_in and lead["sep"] is None and (town := _in_known_town(rest)) is not None:
        return town  # („14. bis 16. März 2025 in Magdeburg“)
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
    if (
        town_after_in
        and (end := _ENDS_IN_TOWN.search(rest)) is not None
        and known_town(end["town"]) is not None
    ):
        return end["town"]  # („… veranstaltet von Rotex 1890 in Hamburg“)
    return None


def _town(part: str) -> bool:
    words = part.split()
    return 0 < len(words) <= _MAX_TOWN_WORDS and known_town(part) is not None

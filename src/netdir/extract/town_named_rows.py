"""Rows of a tour or mobilisation list that are named by nothing but their town.

A list of stops of one campaign („Liste der Mobiveranstaltungen“) writes each row „28.07
Landshut 19:00 Uhr Zentrale zum Rieblwirt, [NoFuture,EG München]“, „10.08 Bremen 18:00 Uhr
Comunistas“, „19.07 Nürnberg, Climate Action Bar Desi“, „19.08 Augsburg [EG München]“: after the
day the town, then the hour, the venue (perhaps with its street) and, in square brackets, who
organises the stop. The event is the same everywhere, so the row has no name of its own: a
reader calls it by its town, and the town with the venue is where it is held. The hour is the
row's hour.

One row alone proves nothing („Bremen, Paris, London“ may be a tour's name, „Berlin 2026“ a
conference): the evidence is the list's — at least three rows, and most of the list, open with a
town the gazetteer knows followed by a comma, an hour or a bracket (or are the town alone). A
town followed by words of its own („St. Imier beim Anarchy Kongress“, „Krk Climate Camp
Croatia“) names an event there and keeps its title.

Rows of such a list that another reader already cut into the town (title) and what followed the
hour (place, „LiZe,[NoFuture + EG München]“) get the town added to the place and the organisers'
bracket taken off it.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.date_cues import TIME_LIKE
from netdir.extract.leading_towns import opens_with_town_and_venue
from netdir.normalize.place import known_town
from netdir.records import RawRecord

SOURCE = "listing:town naming the row"
_MIN_ROWS = 3
_SHARE = 1 / 2
_MAX_TOWN_WORDS = 3
# „19:00 Uhr“, „19 Uhr“, „19Uhr“, „19.00 Uhr“, „19:30“: the row's hour among its parts.
_CLOCK = lazy_re.compile(
    r"(?<![\d.:])(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s*Uhr\b"
    r"|(?<![\d.:])(?P<h2>[01]?\d|2[0-3]):(?P<m2>[0-5]\d)(?![\d.:])"
)
# „[NoFuture,EG München]“, „[Rotes Dresden, Ende Gelände]“: who organises the stop.
_TAGS = lazy_re.compile(r"\s*\[[^\[\]]*\]?\s*$")
# „im Rohrbruch …“: the preposition before a venue is no part of its name.
_LEADING_PREPOSITION = lazy_re.compile(r"^(?:im|in\s+der|in\s+dem|beim|bei)\s+", re.I)
_EDGES = " ,;:-–|"
_QUOTES = lazy_re.compile(r"[\"„“”«»]")


def name_rows_by_their_town(group: list[RawRecord]) -> None:
    """Each row of ``group`` whose title opens with its town and then only says when and where
    is titled by that town and held at the venue in that town — when most rows open so."""
    splits = {id(r): s for r in group if r.title and (s := _split(r.title)) is not None}
    if len(splits) < _MIN_ROWS or len(splits) < _SHARE * len(group):
        return
    for record in group:
        split = splits.get(id(record))
        if split is None:
            continue
        town, venue, clock = split
        if clock and record.date_text and not TIME_LIKE.search(record.date_text):
            record.date_text = f"{record.date_text}, {clock}"
            record.field_sources["date_text"] = f"{SOURCE} (the hour after the town)"
        if record.location_text:
            venue = _TAGS.sub("", record.location_text).strip(_EDGES) or venue
        record.title = town
        record.field_sources["title"] = SOURCE
        record.location_text = _with_town(venue, town)
        record.field_sources["location_text"] = SOURCE


def _split(title: str) -> tuple[str, str | None, str | None] | None:
    """(town, venue, hour) of a title „Town 19:00 Uhr Venue [tags]“, „Town, Venue“, „Town
    [tags]“ or „Town“; None when it does not open with a known town or goes on in words of its
    own."""
    text = " ".join(title.split())
    if _QUOTES.search(text) or opens_with_town_and_venue(text):
        return None  # „Straubing, "Tiefenrausch", live mit …“: a concert calendar's row
        # opening with where, then saying what (leading_towns)
    town = _leading_town(text)
    if town is None:
        return None
    rest = text[len(town) :]
    clock_match = _CLOCK.search(rest)
    if rest.strip() and not rest.lstrip().startswith((",", "[")) and clock_match is None:
        return None  # „Krk Climate Camp Croatia“: the town, then an event's own name
    clock = None
    if clock_match is not None:
        hour = clock_match["h"] or clock_match["h2"]
        minutes = clock_match["m"] or clock_match["m2"]
        clock = f"{int(hour)}:{minutes or '00'} Uhr"
        rest = f"{rest[: clock_match.start()]} {rest[clock_match.end() :]}"
        rest = rest.replace(" ,", ",")
    venue = _TAGS.sub("", rest).strip(_EDGES).strip()
    venue = _LEADING_PREPOSITION.sub("", venue).strip(_EDGES)
    return town, venue or None, clock


def _leading_town(text: str) -> str | None:
    """The longest run of up to three first words that is a town the gazetteer knows."""
    words = re.split(r"(?=[\s,\[])", text, maxsplit=_MAX_TOWN_WORDS)
    for count in range(min(_MAX_TOWN_WORDS, len(words)), 0, -1):
        candidate = "".join(words[:count]).strip()
        if candidate and not any(ch in candidate for ch in ",[") and known_town(candidate):
            return candidate
    return None


def _with_town(venue: str | None, town: str) -> str:
    if not venue:
        return town
    if re.search(rf"(?<!\w){re.escape(town)}(?!\w)", venue, re.I):
        return venue  # „AZ Conni Dresden“ names its town („Kieler Str.“ in Kiel does not)
    return f"{venue}, {town}"

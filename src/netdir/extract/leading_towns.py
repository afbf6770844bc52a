"""Rows of a concert calendar that open with where, then say what.

A hand-kept calendar writes each line „14.09. Straubing, "Tiefenrausch", live mit "Up To Vegas"
(stn)“ or „14.09. Braunschweig, "Gearbox Rockabilly Club", Wendenstr. 59, 22 Uhr, live "Trash
Hombres" (NL), Info: Tel. …“: after the day its town, the venue in quotes, perhaps its street and
the hour, then the acts, then where to ask. The row's title read so far is that whole line. When
most rows of the list open with a town the gazetteer knows, followed by a quoted venue or a
street, those leading parts are the place (venue, street, town) and what follows up to „Info“ is
the name. One row alone proves nothing („Berlin, Paris, London“ may be a tour's name): the
evidence is the list's.

Rows of such a list also write the town's quarter before the venue („Hamburg, St. Pauli, "20
Flight Rock", , Friedrichstr. 29, live …“), a venue without quotes when its street follows
(„Stuttgart, Club Zwölfzehn, Paulinenstr. 45, live …“), or a town the gazetteer does not know
(„Quedlingburg, "Wipetihof", Wipertistr. 1A“ — misspelt; „Winnigsen - Degersen, "Zur Tenne"“):
once most rows have proved the list's shape, such a row opening with a name and a quoted venue is
read the same way. The hour among the leading parts („…, Wendenstr. 59, 22 Uhr, live …“) is the
row's hour when its day has none.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.date_cues import TIME_LIKE
from netdir.normalize.place import known_town
from netdir.records import RawRecord

SOURCE = "listing:town and venue opening the row"
_PART = lazy_re.compile(r"\s*,\s*")
# „"Tiefenrausch"“, „„Heide Volm““: a venue named in quotes.
_QUOTED = lazy_re.compile(r"^[\"„“”'](?P<venue>[^\"„“”]{2,60})[\"“”']$")
# „Wendenstr. 59“, „Schönhauser Allee 176a“, „Langenforther Platz 1“: a street and its number.
_STREET = lazy_re.compile(
    r"^[A-ZÄÖÜ][\w.-]*(?:\s[A-ZÄÖÜ][\w.-]*)*?(?:str\.|straße|strasse|allee|platz|weg|gasse|"
    r"ring|damm|markt|ufer)?\s*\d+\s?[a-zA-Z]?\b.*$"
)
_CLOCK = lazy_re.compile(r"^\(?(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?\s*(?:Uhr)?\)?$")
# „, Info: Tel. 0531 / 4803424, www…“, „ Infos: E-Mail: …“: where to ask, no part of the name.
_INFO = lazy_re.compile(r"[,\s]+(?:Infos?|Tel)\b[.:]?.*$", re.I)
# „(stn)“, „(NL)“, „(D)“: a short note in brackets after the acts.
_SHORT_NOTE = lazy_re.compile(r"\s*\([^()]{1,6}\)\s*$")
_SHARE = 1 / 2  # most rows of the list open so


def move_leading_towns(group: list[RawRecord]) -> None:
    """Each row of ``group`` whose title opens with its town and venue takes them as its place
    and the rest as its title, when most rows open so."""
    splits = {id(r): s for r in group if r.title and (s := _split(r.title)) is not None}
    if len(splits) < 2 or len(splits) < _SHARE * len(group):
        return
    for record in group:
        # The list has proved its shape: a row opening with a town the gazetteer does not know
        # (misspelt, a village) before a quoted venue is read as its neighbours are.
        if (
            id(record) not in splits
            and record.title
            and (split := _split(record.title, known_only=False)) is not None
        ):
            splits[id(record)] = split
    for record in group:
        split = splits.get(id(record))
        if split is None:
            continue
        place, name, clock = split
        if clock and record.date_text and not TIME_LIKE.search(record.date_text):
            record.date_text = f"{record.date_text}, {clock}"
        # (The loop of title_places' movers in shape, not in what it records: there the title
        # only loses its end and keeps its source, and the place is the title's, with why
        # (``_place_from_title``); here the row's whole line is cut into both, so both are read
        # by this list-wide evidence, and a place the row had already stays.)
        record.title = name
        record.field_sources["title"] = SOURCE
        if not record.location_text:
            record.location_text = place
            record.field_sources["location_text"] = SOURCE


def opens_with_town_and_venue(title: str) -> bool:
    """Whether a title opens with a known town, a venue or street and then says what („Stuttgart,
    Club Zwölfzehn, Paulinenstr. 45, live …“) — the row shape this module reads."""
    return _split(title) is not None


def _split(title: str, known_only: bool = True) -> tuple[str, str, str | None] | None:
    """(place, name, hour) of a title „Town, "Venue", Street 5, 20 Uhr, what …“; None when it
    does not open with a town (a known one, unless ``known_only`` is off and a quoted venue
    follows) and a venue or street."""
    parts = _PART.split(title.strip())
    if len(parts) < 3:
        return None
    known = _a_town(parts[0])
    if not known and (known_only or not _a_name(parts[0])):
        return None
    town, venue, street, clock = parts[0], None, None, None
    index = 1
    if known and _a_quarter(parts[1]) and _QUOTED.match(parts[2].strip()):
        town = f"{town} {parts[1].strip()}"  # „Hamburg, St. Pauli, "20 Flight Rock"“
        index = 2
    while index < len(parts) - 1:
        part = parts[index].strip()
        if not part or _CLOCK.match(part) or (TIME_LIKE.fullmatch(part) is not None):
            if part and clock is None:
                clock = _as_clock(part)
            index += 1
        elif venue is None and (quoted := _QUOTED.match(part)) is not None:
            venue = quoted["venue"].strip()
            index += 1
        elif (
            venue is None
            and known
            and _a_name(part)
            and index + 1 < len(parts) - 1
            and _STREET.match(parts[index + 1].strip())
        ):
            venue = part  # „Stuttgart, Club Zwölfzehn, Paulinenstr. 45, …“: its street follows
            index += 1
        elif street is None and venue is not None and _STREET.match(part):
            street = part
            index += 1
        elif street is not None and _DIRECTIONS.match(part) and not _QUOTES.search(part):
            street = f"{street}, {part}"  # „Schillerstr. 4, beim Planetarium/Hbf.“: the way there
            index += 1
        else:
            break
    if venue is None:
        return None
    name = _SHORT_NOTE.sub("", _INFO.sub("", ", ".join(parts[index:]))).strip(" ,")
    if len(name) < 3:
        return None
    return ", ".join(p for p in (venue, street, town) if p), name, clock


# „beim Planetarium/Hbf.“, „gegenüber dem Bahnhof“: the way to the venue, after its street.
_DIRECTIONS = lazy_re.compile(r"^(?:beim|bei\s+de[mr]|nahe|neben|gegenüber|hinter)\s+\S")
_QUOTES = lazy_re.compile(r"[\"„“”]")
# „St. Pauli“, „Schwabing“: a town's quarter, a short capitalised name without a digit.
_NAME = lazy_re.compile(r"^[A-ZÄÖÜ][\w.'-]*(?:\s+(?:-\s+)?[A-ZÄÖÜ][\w.'-]*){0,2}$")
_MAX_QUARTER_WORDS = 2


def _a_name(part: str) -> bool:
    """„Club Zwölfzehn“, „Winnigsen - Degersen“: up to three capitalised words, no digit."""
    return _NAME.match(part.strip()) is not None and not any(ch.isdigit() for ch in part)


def _a_quarter(part: str) -> bool:
    return _a_name(part) and len(part.split()) <= _MAX_QUARTER_WORDS


def _as_clock(part: str) -> str:
    """„22 Uhr“, „18.30“ → „22 Uhr“, „18:30 Uhr“: the hour as a day line writes it."""
    digits = re.findall(r"\d+", part)
    minutes = f":{digits[1]}" if len(digits) > 1 else ""
    return f"{int(digits[0])}{minutes} Uhr"


def _a_town(part: str) -> bool:
    """„Straubing“, „Planegg bei München (82152)“, „Hamburg“: the part names a known town."""
    name = re.sub(r"\s*\([^()]*\)\s*$", "", part).split(" bei ")[0].strip()
    return 0 < len(name.split()) <= 3 and known_town(name) is not None

"""Rows of a concert calendar that open with where, then say what.

A hand-kept calendar writes each line „14.09. Straubing, "Tiefenrausch", live mit "Up To Vegas"
(stn)“ or „14.09. Braunschweig, "Gearbox Rockabilly Club", Wendenstr. 59, 22 Uhr, live "Trash
Hombres" (NL), Info: Tel. …“: after the day its town, the venue in quotes, perhaps its street and
the hour, then the acts, then where to ask. The row's title read so far is that whole line. When
most rows of the list open with a town the gazetteer knows, followed by a quoted venue or a
street, those leading parts are the place (venue, street, town) and what follows up to „Info“ is
the name. One row alone proves nothing („Berlin, Paris, London“ may be a tour's name): the
evidence is the list's.
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
        split = splits.get(id(record))
        if split is None:
            continue
        place, name = split
        # (The loop of title_places' movers in shape, not in what it records: there the title
        # only loses its end and keeps its source, and the place is the title's, with why
        # (``_place_from_title``); here the row's whole line is cut into both, so both are read
        # by this list-wide evidence, and a place the row had already stays.)
        record.title = name
        record.field_sources["title"] = SOURCE
        if not record.location_text:
            record.location_text = place
            record.field_sources["location_text"] = SOURCE


def _split(title: str) -> tuple[str, str] | None:
    """(place, name) of a title „Town, "Venue", Street 5, 20 Uhr, what …“; None when it does
    not open with a known town and a venue or street."""
    parts = _PART.split(title.strip())
    if len(parts) < 3 or not _a_town(parts[0]):
        return None
    town, venue, street = parts[0], None, None
    index = 1
    while index < len(parts) - 1:
        part = parts[index].strip()
        if not part or _CLOCK.match(part) or (TIME_LIKE.fullmatch(part) is not None):
            index += 1
        elif venue is None and (quoted := _QUOTED.match(part)) is not None:
            venue = quoted["venue"].strip()
            index += 1
        elif street is None and venue is not None and _STREET.match(part):
            street = part
            index += 1
        else:
            break
    if venue is None:
        return None
    name = _SHORT_NOTE.sub("", _INFO.sub("", ", ".join(parts[index:]))).strip(" ,")
    if len(name) < 3:
        return None
    return ", ".join(p for p in (venue, street, town) if p), name


def _a_town(part: str) -> bool:
    """„Straubing“, „Planegg bei München (82152)“, „Hamburg“: the part names a known town."""
    name = re.sub(r"\s*\([^()]*\)\s*$", "", part).split(" bei ")[0].strip()
    return 0 < len(name.split()) <= 3 and known_town(name) is not None

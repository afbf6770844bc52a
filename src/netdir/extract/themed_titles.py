"""Where a colloquium's row says it is held, between its name and its quoted theme.

A colloquium series lists each meeting as one line: „Achtes Internationales Hamann-Kolloquium an
der Martin-Luther-Universität Halle-Wittenberg: »Die Gegenwärtigkeit Johann Georg Hamanns«“,
„Zwölftes Internationales Hamann-Kolloquium in Heidelberg: »… sind noch in der Mache …«“,
„Kleines Hamann-Kolloquium in Münster i. W. zu den »Wolken«“. A reader sees the meeting's name,
where it was held, and its theme in quotation marks. The words after „in“/„im“/„an der“ up to
the colon (or the „zu den“ of the theme) are the row's place when they name a venue or a town;
the title is the name and the theme without them. The quoted theme is what makes the shape: a
name with „in“ alone („Einführung in Python: Grundlagen“) names no place.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.extract.place_lines import names_a_venue_or_address
from netdir.normalize.place import known_town
from netdir.records import RawRecord

_QUOTES = '»«„“"‚›'
# The name, the preposition, the place up to a colon before the quoted theme, or up to „zu
# den“/„zum“/„über“ that leads it.
_PLACE_BEFORE_THEME = lazy_re.compile(
    rf"^(?P<name>[^:{_QUOTES}]{{3,80}}?)\s+(?:in|im|an\s+der|an\s+dem|am)\s+"
    rf"(?P<place>[A-ZÄÖÜ][^:{_QUOTES}]{{1,60}}?)"
    rf"(?:\s*:\s*(?=[{_QUOTES}])|\s+(?=(?:zu\s+den|zum|zur|über)\s+[{_QUOTES}]))"
    rf"(?P<theme>.+)$"
)
# A place's words: capitalised names, with „zu“, „i.“, „W.“, „a.“, „der“ between them.
_PLACE_WORD = lazy_re.compile(r"^(?:[A-ZÄÖÜ][\w./-]*|zu|der|des|am|an|i\.|a\.|d\.)$")
_TOWN_PARTS = lazy_re.compile(r"[\s/]+")
#: Provenance of the place read between a row's name and its theme.
WHY = "place between the name and the quoted theme"


def place_before_the_theme(title: str) -> tuple[str, str] | None:
    """(title without the place, place) of „<name> in <place>: »<theme>«“, else None."""
    match = _PLACE_BEFORE_THEME.match(title.strip())
    if match is None:
        return None
    place = match["place"].strip()
    if not all(_PLACE_WORD.match(word) for word in place.split()):
        return None
    if not names_a_venue_or_address(place) and not _names_a_town(place):
        return None
    theme = match["theme"].strip()
    joiner = ": " if theme[0] in _QUOTES else " "
    return f"{match['name'].strip()}{joiner}{theme}", place


def _names_a_town(place: str) -> bool:
    return any(known_town(part) is not None for part in _TOWN_PARTS.split(place) if part)


def places_before_the_themes(records: list[RawRecord]) -> None:
    """Each record without a place whose title names its place before its quoted theme is held
    there, titled by its name and theme."""
    for record in records:
        if record.location_text or not record.title:
            continue
        split = place_before_the_theme(record.title)
        if split is None:
            continue
        record.title, record.location_text = split
        where = record.field_sources.get("title", "listing:")
        record.field_sources["location_text"] = f"{where} ({WHY})"

"""A place an event object names by id, resolved against the places its document lists.

Sessionize's "all" view writes each session's room as ``"roomId": 47112`` and names its rooms
once, in the same answer's ``"rooms": [{"id": 47112, "name": "Aula", "sort": 0}]`` (a site
script may keep them keyed by id instead: ``{"2324": {"id": 2324, "name": "Main Hall"}}``). The
session's place is that room's name. Only a list at the document's top under a places' name
(rooms, venues, locations, places) is read, and only by the id key of the same kind — a
speaker's or a category's id names no place.

A small site's data file may key its venues by their names instead and list them nowhere in the
same file (Leipzig's „Lautsprecher“: ``"venueId": "Felsenkeller"``, ``"venueId": "Musikschule
Leipzig 'Johann Sebastian Bach', Kurt-Masur-Saal"``; the venues kept in another file). Where the
document names no places of that kind, an id that is a name — capitalised words, no code of
digits, hex or a lower-case slug — is the place's name itself (:func:`named_id`).
"""

from __future__ import annotations

from typing import Any

from netdir import lazy_re

# The id key of an event object → the document's list of such places.
_REFERENCES = {
    "roomId": "rooms",
    "room_id": "rooms",
    "venueId": "venues",
    "venue_id": "venues",
    "locationId": "locations",
    "location_id": "locations",
    "placeId": "places",
    "place_id": "places",
}
_LISTS = frozenset(_REFERENCES.values())
_NAME_KEYS = ("name", "title")

PlaceNames = dict[str, dict[str, str]]  # list name → {id as text: the place's name}


def place_names(document: Any) -> PlaceNames:
    """The names of the places the document lists at its top, by list and id."""
    if not isinstance(document, dict):
        return {}
    names: PlaceNames = {}
    for key, value in document.items():
        if key not in _LISTS:
            continue
        entries = list(value.values()) if isinstance(value, dict) else value
        if not isinstance(entries, list):
            continue
        by_id: dict[str, str] = {}
        for entry in entries:
            if isinstance(entry, dict) and (name := _name(entry)) is not None:
                ident = _ident(entry.get("id"))
                if ident is not None:
                    by_id[ident] = name
        if by_id:
            names[key] = by_id
    return names


def place_by_id(node: dict[str, Any], names: PlaceNames) -> tuple[str, str] | None:
    """The name of the place ``node`` refers to by id, with the key it did so under."""
    for key, list_name in _REFERENCES.items():
        ident = _ident(node.get(key))
        if ident is None:
            continue
        if list_name in names:
            if (name := names[list_name].get(ident)) is not None:
                return name, key
        elif (name := named_id(node.get(key))) is not None:
            return name, key
    return None


# A name: it opens with a capital letter and holds a word of three letters or more. Digits,
# hex and slugs are codes: „47112“, „a3f9c2e1“, „villa-keller“, „venue_12“, „ChIJ…“ (a Google
# place id: letters and digits run together).
_NAME = lazy_re.compile(r"^[A-ZÄÖÜ][^\W\d_]{2,}(?:[\s'’.,&()\-/]+[^\W_]+)*[.)]?$")
_LONGEST_NAME = 120


def named_id(value: object) -> str | None:
    """A place id that is the place's name („Felsenkeller“, „Heizhaus Leipzig“), stripped;
    None for a code of digits, letters and digits or a slug."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > _LONGEST_NAME:
        return None
    if _NAME.match(text) is None:
        return None
    return text


def _name(entry: dict[str, Any]) -> str | None:
    for key in _NAME_KEYS:
        value = entry.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _ident(value: object) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int | str):
        return None
    text = str(value).strip()
    return text or None

"""A place an event object names by id, resolved against the places its document lists.

Sessionize's "all" view writes each session's room as ``"roomId": 47112`` and names its rooms
once, in the same answer's ``"rooms": [{"id": 47112, "name": "Aula", "sort": 0}]`` (a site
script may keep them keyed by id instead: ``{"2324": {"id": 2324, "name": "Main Hall"}}``). The
session's place is that room's name. Only a list at the document's top under a places' name
(rooms, venues, locations, places) is read, and only by the id key of the same kind — a
speaker's or a category's id names no place.
"""

from __future__ import annotations

from typing import Any

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
    if not names:
        return None
    for key, list_name in _REFERENCES.items():
        ident = _ident(node.get(key))
        if ident is not None and (name := names.get(list_name, {}).get(ident)) is not None:
            return name, key
    return None


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

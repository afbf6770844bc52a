"""The name of a dated event object that has no title: what its place key says it is.

A band's gig list keeps no title at all — ``{"date": "2026-07-25", "city": "Heidelberg",
"location": "Taeter Theater", "time": "20:00 Uhr"}`` — and its site shows the ``location`` as the
event („Taeter Theater (20:00 Uhr)“, „GREEN TALENTS FESTIVAL (Buga)“) beside the town. Read only in
a body that is all JSON (an answer about events), where every dated object is one: in a page's
scripts a dated object with a place and no title is as often a map marker or a log entry.
"""

from __future__ import annotations

from typing import Any

from netdir.extract.context import clean_text

# Where such a list names what happens (the venue or the occasion).
_NAME_KEYS = ("location", "venue", "event")
# Its town apart, then the place a reader sees beside it.
_TOWN_KEYS = ("city", "town", "stadt")
_MAX_NAME = 120  # characters: a venue or an occasion, not an account of it
_NO_PLACE = ("-", "–", "—")


def name_by_place(node: dict[str, Any]) -> tuple[str, str] | None:
    """The text under the object's place key as its name, with that key."""
    for key in _NAME_KEYS:
        value = node.get(key)
        text = clean_text(value) if isinstance(value, str) else None
        if text and len(text) <= _MAX_NAME:
            return text, key
    return None


def town_of(node: dict[str, Any]) -> tuple[str, str] | None:
    """The town the object names apart (its place once its place key is its name), with the key;
    a dash is no town."""
    for key in _TOWN_KEYS:
        value = node.get(key)
        text = clean_text(value) if isinstance(value, str) else None
        if text and text not in _NO_PLACE:
            return text, key
    return None

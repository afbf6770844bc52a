"""Event objects whose keys another naming convention spelled: .NET's PascalCase.

A site's workflow written in C# serializes its events as the classes name their properties
(``{"Title": …, "Start": "2025-01-07T18:30:00+01:00", "VenueName": …}``, the Toulouse tech
agenda); the readers look for ``title`` and ``start``. A key that differs from one the reader
knows only in case, in the underscores or hyphens between its words („dateStart“ for
„date_start“) or by the object's kind written before it (an XML export's „_event_TITLE“ beside
„_place_NAME“, „event_date“) is read as that key — unless the object has the known spelling too.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

# The kind of object a key may name before its field („event_title“, „eventTitle“).
_KIND_PREFIX = "event"


def spellings(*key_lists: Iterable[str]) -> dict[str, str]:
    """The known keys by their folded form (:func:`_folded`); the first spelling of a form wins."""
    known: dict[str, str] = {}
    for keys in key_lists:
        for key in keys:
            known.setdefault(_folded(key), key)
    return known


def with_known_keys(node: dict[str, Any], known: dict[str, str]) -> dict[str, Any]:
    """``node`` with each key that is a known key in another spelling also under the known one."""
    renamed: dict[str, Any] = {}
    for key, value in node.items():
        spelling = _known_spelling(key, known) if isinstance(key, str) else None
        if spelling is not None and spelling != key and spelling not in node:
            renamed.setdefault(spelling, value)
    return {**node, **renamed} if renamed else node


def _known_spelling(key: str, known: dict[str, str]) -> str | None:
    folded = _folded(key)
    if (spelling := known.get(folded)) is not None:
        return spelling
    if folded.startswith(_KIND_PREFIX) and len(folded) > len(_KIND_PREFIX):
        return known.get(folded[len(_KIND_PREFIX) :])
    return None


def _folded(key: str) -> str:
    """Case-folded, without the underscores and hyphens that join its words."""
    return key.casefold().replace("_", "").replace("-", "")

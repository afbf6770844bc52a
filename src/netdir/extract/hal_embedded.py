"""The linked objects a HAL answer embeds beside an event: its venue under ``_embedded``.

HAL (JSON Hypertext Application Language) keeps the resources an object links to under
``"_embedded"``, each relation by its plural name. Ticketmaster's Discovery API answers an event
as ``{"name": …, "dates": …, "_embedded": {"venues": [{"name": "Rec Room", "city": {"name":
"Buffalo"}, "address": {"line1": "79 W Chippewa"}}]}}``: the event's place is its first embedded
venue, where a plain answer would write ``"venue": {…}``. :func:`with_embedded_place` puts it
there, so the place readers read it as any venue object; an event that states its own place
keeps it.
"""

from __future__ import annotations

from typing import Any

_EMBEDDED = "_embedded"


def with_embedded_place(node: dict[str, Any], place_keys: tuple[str, ...]) -> dict[str, Any]:
    """``node`` with its first embedded place object („venues“, „locations“, „places“) under
    the singular place key; ``node`` itself when it has a place key or embeds no place."""
    embedded = node.get(_EMBEDDED)
    if not isinstance(embedded, dict) or any(key in node for key in place_keys):
        return node
    for relation, linked in embedded.items():
        key = relation[:-1] if isinstance(relation, str) and relation.endswith("s") else relation
        if key not in place_keys:
            continue
        first = linked[0] if isinstance(linked, list) and linked else linked
        if isinstance(first, dict):
            return {**node, key: first}
    return node

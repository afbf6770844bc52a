"""Dated objects named by the object they stand under: a production's performances.

An actress's site keeps its productions as ``{"title": "Der Komet", "theater": "Staatsschauspiel
Dresden", "events": [{"date": "2026-01-09 20:00", "ticket_url": …}, …]}``: each performance is
an object with a day and no name of its own; the production around it names it and says where.
In a body that is all JSON each such object is read with the name and place of the titled object
it stands under (which has no day of its own: it is what the dates are of) — when the list says it
holds dates or events: a person's "memberships" with their start dates (an OParl Person) are no
performances of that person.
"""

from __future__ import annotations

from typing import Any

_MAX_DEPTH = 30
# The keys of lists that hold an object's dates (casefolded).
_DATES_LISTS = frozenset(("events", "dates", "termine", "performances", "vorstellungen", "aufführungen", "auffuehrungen", "spieltermine", "shows", "occurrences"))  # fmt: skip


def with_inherited_names(
    value: Any,
    title_keys: tuple[str, ...],
    start_keys: tuple[str, ...],
    place_keys: tuple[str, ...],
    depth: int = 0,
) -> Any:
    """``value`` with the name (and place) of each titled, undated object copied into the
    untitled dated objects of its lists."""
    if depth > _MAX_DEPTH:
        return value
    if isinstance(value, list):
        return [
            with_inherited_names(v, title_keys, start_keys, place_keys, depth + 1) for v in value
        ]
    if not isinstance(value, dict):
        return value
    node = {
        key: with_inherited_names(item, title_keys, start_keys, place_keys, depth + 1)
        for key, item in value.items()
    }
    title_key = next((k for k in title_keys if _text(node.get(k))), None)
    if title_key is None or any(node.get(k) not in (None, "") for k in start_keys):
        return node
    carried = {k: node[k] for k in (title_key, *place_keys) if node.get(k) not in (None, "")}
    for key, item in node.items():
        if key.casefold() in _DATES_LISTS and _dated_untitled_list(item, title_keys, start_keys):
            node[key] = [{**carried, **entry} for entry in item]
    return node


def _dated_untitled_list(
    item: object, title_keys: tuple[str, ...], start_keys: tuple[str, ...]
) -> bool:
    """A list of objects that each have a day and none a name."""
    if not isinstance(item, list) or not item:
        return False
    return all(
        isinstance(entry, dict)
        and not any(_text(entry.get(k)) for k in title_keys)
        and any(isinstance(entry.get(k), str) and entry[k].strip() for k in start_keys)
        for entry in item
    )


def _text(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())

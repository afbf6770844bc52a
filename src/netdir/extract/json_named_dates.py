"""Dated objects named by the object they stand under: a production's performances.

An actress's site keeps its productions as ``{"title": "Der Komet", "theater": "Staatsschauspiel
Dresden", "events": [{"date": "2026-01-09 20:00", "ticket_url": …}, …]}``: each performance is
an object with a day and no name of its own; the production around it names it and says where.
In a body that is all JSON each such object is read with the name and place of the titled object
it stands under (which has no day of its own: it is what the dates are of) — when the list says it
holds dates or events: a person's "memberships" with their start dates (an OParl Person) are no
performances of that person.

An aggregator's film restates its first screening on itself: ``{"title": "SEEDS", "venue": "AFS",
"date": "2026-08-22", "time": "16:15", "screenings": [{"date": "2026-08-22", "time": "16:15",
"venue": "AFS"}, {"date": "2026-08-26", "time": "18:00", "venue": "AFS"}]}``. Its own day is one of
its list's days, so the list is still all its showings: each is read with the film's name (the
screenings named by their venue code, „AFS“, were no events of that name).
"""

from __future__ import annotations

from typing import Any

_MAX_DEPTH = 30
# The keys of lists that hold an object's dates (casefolded).
_DATES_LISTS = frozenset(("events", "dates", "termine", "performances", "vorstellungen", "aufführungen", "auffuehrungen", "spieltermine", "shows", "occurrences", "screenings", "showtimes", "showings", "vorführungen", "vorfuehrungen"))  # fmt: skip


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
    if title_key is None:
        return node
    own_days = {_day(node.get(k)) for k in start_keys} - {None}
    carried = {k: node[k] for k in (title_key, *place_keys) if node.get(k) not in (None, "")}
    for key, item in node.items():
        if key.casefold() not in _DATES_LISTS or not _dated_untitled_list(
            item, title_keys, start_keys
        ):
            continue
        # A film's „"date": "2026-08-22", "time": "14:45", "screenings": [{"date": "2026-08-22",
        # "time": "14:45"}, {"date": "2026-08-24", …}]“: its own day is its first screening
        # restated, so the list still holds all of its showings.
        if own_days and not own_days <= {_day(entry.get(k)) for entry in item for k in start_keys}:
            continue
        node[key] = [{**carried, **entry} for entry in item]
    return node


def _day(value: object) -> str | None:
    """The ISO day a start value opens with („2026-08-22“, „2026-08-22T14:45“), or None."""
    if isinstance(value, str) and len(value) >= 10 and value[4] == "-" and value[7] == "-":
        return value[:10]
    return None


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

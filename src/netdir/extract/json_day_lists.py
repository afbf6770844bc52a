"""The separate days an event object lists: one offering on each.

A restaurant's asparagus menu says ``"datum": "15. bis 23. Mai"`` over ``"Termine": "15., 16.,
22. und 23. Mai"``: served on those four evenings, not on every day between. An object whose
„Termine“ (dates) text lists separate days is read once for each of them, with the clock its
own start has; its own day must be the first of the list (a list that does not start with it
speaks of something else: sale days, rehearsals).

A student cinema's programme keeps no day on its films but a list of screenings, ``"Termine":
["07.04.16", "12.04.16"]``, and the clock once for the whole programme around them (``"Beginn":
"20:30 Uhr"``): each listed day is a screening (:func:`stamp_list`), at the clock its own object
or the group around it states (:func:`group_clock`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from netdir.extract.json_date_parts import Parts
from netdir.normalize.when import parse_when
from netdir.normalize.when_lists import day_list

# Keys whose text lists an event's days („Termine“, „Daten“, „dates“).
DAY_LIST_KEYS = ("termine", "daten", "dates", "tage")
_MAX_CHARS = 200  # a line of days, not a paragraph
_MAX_DAYS = 100  # screenings of a season, not a data dump


def stamp_list(
    node: dict[str, Any], read: Callable[[object], str | None]
) -> tuple[str, list[str]] | None:
    """The key and the stamps of a list of days the object keeps under a day-list key, when
    every item reads as one (``read``: the caller's reading of a date value); None otherwise."""
    for key in DAY_LIST_KEYS:
        items = node.get(key)
        if not isinstance(items, list) or not items or len(items) > _MAX_DAYS:
            continue
        stamps = [read(item) for item in items]
        if all(stamp is not None for stamp in stamps):
            return key, [stamp for stamp in stamps if stamp is not None]
    return None


def group_clock(clock: str | None, around: Parts) -> Parts:
    """The parts the objects inside a group inherit, with the group's start ``clock``
    (``H:MM`` or ``HH:MM``, kept as ``HH:MM``) when it states one."""
    if clock is None:
        return around
    hour, minute = (int(part) for part in clock.split(":"))
    return {**around, "group_clock": f"{hour:02d}:{minute:02d}"}


def clock_of_group(around: Parts) -> str | None:
    """The ``HH:MM`` clock the group around an object states, or None."""
    return around.get("group_clock")


def listed_days(
    node: dict[str, Any], first_day: str, start_keys: tuple[str, ...] = ()
) -> list[str] | None:
    """The ISO days the object's list of days names when there are two or more and the first is
    ``first_day``; None otherwise. A yearless list is read in the year of that first day. The
    list may stand under a day-list key or be the day value itself (``start_keys``: a singer's
    „"datum": "03. Oktober 2026 / 18. Oktober 2026"“, two concerts)."""
    today = date.fromisoformat(first_day)
    for key in (*DAY_LIST_KEYS, *start_keys):
        text = node.get(key)
        if not isinstance(text, str) or len(text) > _MAX_CHARS:
            continue
        mentions = day_list(text)
        if not mentions or len(mentions) < 2:
            continue
        days = [_day(mention, today) for mention in mentions]
        if None in days or days[0] != first_day:
            continue
        return [day for day in days if day is not None]
    return None


# „Evangelisches Gemeindehaus Reichenschwand / Musikhalle der Stadtkapelle Velden“ beside two days
_PLACE_SEPARATOR = " / "


def paired_places(place: str | None, count: int) -> list[str] | None:
    """The places a place text names one per listed day, in the same order, when it names as many
    as there are days (apart by „ / “); None otherwise."""
    if place is None or count < 2:
        return None
    parts = [part.strip() for part in place.split(_PLACE_SEPARATOR)]
    if len(parts) != count or not all(parts):
        return None
    return parts


def _day(mention: str, today: date) -> str | None:
    found = parse_when(mention, today=today)
    return found.start[:10] if found.start is not None and found.precision != "month" else None

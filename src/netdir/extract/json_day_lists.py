"""The separate days an event object lists beside its own day: one offering on each.

A restaurant's asparagus menu says ``"datum": "15. bis 23. Mai"`` over ``"Termine": "15., 16.,
22. und 23. Mai"``: served on those four evenings, not on every day between. An object whose
„Termine“ (dates) text lists separate days is read once for each of them, with the clock its
own start has; its own day must be the first of the list (a list that does not start with it
speaks of something else: sale days, rehearsals).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from netdir.normalize.when import parse_when
from netdir.normalize.when_lists import day_list

# Keys whose text lists an event's days („Termine“, „Daten“, „dates“).
DAY_LIST_KEYS = ("termine", "daten", "dates", "tage")
_MAX_CHARS = 200  # a line of days, not a paragraph


def listed_days(node: dict[str, Any], first_day: str, today: date) -> list[str] | None:
    """The ISO days the object's list of days names when there are two or more and the first is
    ``first_day``; None otherwise."""
    for key in DAY_LIST_KEYS:
        text = node.get(key)
        if not isinstance(text, str) or len(text) > _MAX_CHARS:
            continue
        mentions = day_list(text)
        if not mentions or len(mentions) < 2:
            continue
        days = [_day(mention, today) for mention in mentions]
        if None in days or days[0] != first_day:
            return None
        return [day for day in days if day is not None]
    return None


def _day(mention: str, today: date) -> str | None:
    found = parse_when(mention, today=today)
    return found.start[:10] if found.start is not None and found.precision != "month" else None

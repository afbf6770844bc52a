"""A structured start at noon UTC that only stamps the day, and the clock its item shows.

A city portal's event list marks each event up as a schema.org Event whose ``startDate`` and
``endDate`` are ``<time datetime="2026-09-13T12:00:00Z">`` — the day at noon UTC, a stamp that
falls on the same calendar day in every zone — while the item's own line reads
„So. 13.09.2026 11:00 - 21:00 Uhr“. Read as a moment, the street festival starts at 14:00 in
Munich, an hour the page gives nowhere. When an event's start is noon UTC and a line of its
own item names that day with a clock, that line's clock is the start (and its end the end, when
the stamps end on the same day); an item that shows no clock on that day keeps its stamp.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import text_lines
from netdir.normalize.when import parse_when

_NOON_UTC = lazy_re.compile(r"^(\d{4})-(\d{2})-(\d{2})T12:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)$")


def _noon_day(value: Any) -> date | None:
    match = _NOON_UTC.match(value.strip()) if isinstance(value, str) else None
    if match is None:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def with_shown_clock(scope: LexborNode, item: dict[str, Any]) -> dict[str, Any]:
    """``item`` with the day and clock its own lines show for a noon-UTC ``startDate``."""
    day = _noon_day(item.get("startDate"))
    if day is None:
        return item
    for line, _ in text_lines([scope]):
        when = parse_when(line, today=day)
        if when.start is None or "T" not in when.start or when.start[:10] != day.isoformat():
            continue
        shown = {**item, "startDate": when.start[:16]}
        end_day = _noon_day(item.get("endDate"))
        end = when.end if when.end is not None and "T" in when.end else None
        if end is not None and ("endDate" not in item or end_day == day):
            shown["endDate"] = end[:16]
        elif end_day is not None:  # a run over days: its last day
            shown["endDate"] = end_day.isoformat()
        return shown
    return item

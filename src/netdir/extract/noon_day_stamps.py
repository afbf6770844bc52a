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
from netdir.extract.date_cues import TIME_LIKE
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


_CLOCK_LINE_CHARS = 30  # „Show: 8:30 pm“, „8:00 pm“: a line that is a clock, not prose
# „2016-01-25T00:00:00-08:00“: a value-title that marks a calendar cell's day at midnight.
_MIDNIGHT = lazy_re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})T00:00(?::00(?:\.0+)?)?(?P<zone>Z|[+-]\d{2}:?\d{2})?$"
)


def shown_clock_of_midnight(scope: LexborNode, start: Any) -> str | None:
    """A venue's calendar grid marks each day cell an hCalendar ``vevent`` whose ``dtstart`` is
    the cell's day at midnight („<span class="value-title" title="2016-01-25T00:00:00-08:00">“)
    while the show's own line says „8:00 pm“: the day stamp is no start time. The first line
    of ``scope`` that gives a clock on that day is the start (in the stamp's zone); None when
    ``start`` is no midnight stamp or no line shows a clock — a stamp then stays as it is."""
    match = _MIDNIGHT.match(start.strip()) if isinstance(start, str) else None
    if match is None:
        return None
    try:
        day = date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
    for line, _ in text_lines([scope]):
        when = parse_when(line, today=day)
        if when.start is None and len(line) <= _CLOCK_LINE_CHARS and TIME_LIKE.search(line):
            # „8:00 pm“ alone on its line (h3.start-time): a clock of the stamp's day.
            when = parse_when(f"{day.isoformat()} {line}", today=day)
        if when.start is None or "T" not in when.start or when.start[:10] != day.isoformat():
            continue
        if when.start[11:16] == "00:00":
            return None  # the show starts at midnight itself: the stamp is its start
        return when.start[:16] + (match["zone"] or "")
    return None

"""Overview rows as JSON-ready dicts, whatever Python types the warehouse handed over."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from netdir import lazy_re

#: The offering fields in the order every published file lists them (the schema's order).
OFFERING_FIELDS: tuple[str, ...] = (
    "id",
    "title",
    "kind",
    "url",
    "start",
    "end",
    "all_day",
    "date_precision",
    "date_text",
    "recurrence",
    "format",
    "venue",
    "city",
    "state",
    "organizer",
    "audience",
    "topics",
    "cost",
    "free",
    "status",
    "description",
    "confidence",
    "sources",
    "first_seen",
    "last_seen",
    "stale_since",
)
BERLIN = ZoneInfo("Europe/Berlin")
LIST_FIELDS = frozenset({"audience", "topics"})
# Seen timestamps are instants: a naive value from the warehouse is UTC by its contract.
INSTANT_FIELDS = frozenset({"first_seen", "last_seen", "stale_since"})


def json_ready_rows(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Each row with the schema's fields in order, dates as ISO text, lists as lists."""
    return [json_ready_row(row) for row in rows]


def json_ready_row(row: Mapping[str, Any]) -> dict[str, Any]:
    ready = compact_row()
    get = row.get
    for name in OFFERING_FIELDS:
        value = get(name, _ABSENT)
        if value.__class__ in _JSON_SCALARS:  # almost every value: the warehouse sends text
            ready[name] = value
        elif value is _ABSENT:
            # Optional in the warehouse's eyes; null keeps the schema's required keys present.
            ready[name] = [] if name in LIST_FIELDS else None
        elif name == "sources":
            ready[name] = None  # its place in the key order; made below
        elif value.__class__ is list and all(item.__class__ is str for item in value):
            # Audience and topics as the warehouse sends them: _plain would copy them item by
            # item through its type checks (50,000 rows: ~0.3 CPU-s).
            ready[name] = list(value)
        else:
            ready[name] = _plain(value, instant=name in INSTANT_FIELDS)
    for name in LIST_FIELDS:
        if ready[name] is None:
            ready[name] = []
    ready["sources"] = [_source(ref) for ref in (get("sources") or [])]
    return ready


class _Offering:
    """Only a namespace: its instances' ``__dict__`` share one table of keys (CPython's
    key-sharing instance dictionaries, PEP 412), see ``compact_row``."""


def compact_row() -> dict[str, Any]:
    """An empty dict for a row's fields, to be filled in the order of ``OFFERING_FIELDS``:
    every one made so shares its table of keys with the others and holds only its values, a
    plain ``dict`` to every reader (orjson, the schema check, the renderers). 26 fields in
    280 bytes where a dict of its own filled so takes 832: 50,000 offerings held ~42 MB of
    them in the publishing process, too big for the small-object heap the merge had left mostly
    free (a 280-byte one fits there)."""
    return _Offering().__dict__


_ABSENT: Any = object()
#: Values json_ready_row passes on unchanged: JSON already.
_JSON_SCALARS = frozenset({str, type(None), bool, int, float})


def _source(ref: Any) -> dict[str, Any]:
    if ref.__class__ is not dict and dataclasses.is_dataclass(ref) and not isinstance(ref, type):
        ref = dataclasses.asdict(ref)
    source = {"source_id": ref.get("source_id"), "url": ref.get("url")}
    if ref.get("extractor") is not None:
        source["extractor"] = ref.get("extractor")
    return source


def _plain(value: Any, *, instant: bool = False) -> Any:
    if isinstance(value, datetime):
        if instant and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


@lru_cache(maxsize=16384)
def parse_iso(value: str | None) -> date | datetime | None:
    """``2027-03-12`` → date, ``2027-03-12T09:30:00+01:00`` → aware datetime, None → None.

    Cached: every format reads the same few thousand start and end texts of a publish.
    """
    if not value:
        return None
    if "T" not in value:
        return date.fromisoformat(value)
    return datetime.fromisoformat(value)


@lru_cache(maxsize=16384)
def berlin_day(value: str | None) -> date | None:
    """The calendar day in Europe/Berlin of an ISO date or datetime text (a date is its own)."""
    moment = parse_iso(value)
    if isinstance(moment, datetime):
        return moment.astimezone(BERLIN).date()
    return moment


# C0 controls but tab, line feed and carriage return, and DEL: a NUL in a CSV cell truncates it
# in many readers, and RFC 5545 TEXT allows no control characters but HTAB.
_CONTROL_CHARACTERS = lazy_re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def without_control_characters(text: str) -> str:
    """``text`` without NUL and the other control characters no published file may carry."""
    return _CONTROL_CHARACTERS.sub("", text)

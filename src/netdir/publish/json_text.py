"""JSON text byte-identical to the standard library's, written by orjson where that is exact.

overview.json, overview.ndjson, changes.json and the data block of index.html are ~12 MB each
for 10,000 offerings; ``json.dumps`` took 0.7 s for the indented document alone, orjson takes
~0.03 s. orjson writes the same bytes as ``json.dumps(..., ensure_ascii=False)`` with
``indent=2`` or compact separators (key order kept, non-ASCII raw, the same escapes), except:
floats below 1e-4 (``1e-07`` vs ``1e-7``), NaN and infinities (stdlib ``NaN``, orjson
``null``), integers beyond 64 bits, and types the stdlib refuses (dates, UUIDs, dataclasses),
which orjson would serialize. A document holding any of those is written by the stdlib, so the
published bytes never depend on which encoder ran.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator
from typing import Any

import orjson

# Whatever orjson would serialize but the stdlib refuses goes to ``default`` (absent): an
# error, after which the stdlib writes (or refuses) it as before.
_EXACT = (
    orjson.OPT_PASSTHROUGH_DATETIME
    | orjson.OPT_PASSTHROUGH_DATACLASS
    | orjson.OPT_PASSTHROUGH_SUBCLASS
)
_INDENTED = _EXACT | orjson.OPT_INDENT_2
_LINE = _EXACT | orjson.OPT_APPEND_NEWLINE
# Both encoders print floats from 1e-4 up to 1e16 as the shortest repr (3 million random doubles
# compared when this was written; tests/publish/test_json_text.py keeps a property test).
_SMALLEST_SAME_FLOAT = 1e-4
_FIRST_EXPONENT_FLOAT = 1e16


def indented_json_bytes(document: Any, *, exact: bool | None = None) -> bytes:
    """``(json.dumps(document, ensure_ascii=False, indent=2) + "\\n").encode("utf-8")``.

    ``exact``: what ``orjson_exact(document)`` answered, if the caller asked already.
    """
    if orjson_exact(document) if exact is None else exact:
        try:
            # The newline by orjson: ``+ b"\n"`` copied the whole text (50,000 offerings:
            # ~60 MB twice at once).
            return orjson.dumps(document, option=_INDENTED | orjson.OPT_APPEND_NEWLINE)
        except orjson.JSONEncodeError:
            pass
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


#: Items of a long list made into one part by ``indented_json_parts``.
ITEMS_PER_PART = 1000


def indented_json_parts(document: Any, *, exact: bool | None = None) -> Iterator[bytes]:
    """``indented_json_bytes(document)`` in parts that join to it, an object's lists a slice
    of items at a time: overview.json is written without ever being whole in memory (50,000
    offerings: ~75 MB, and orjson's growing buffer up to twice that while it is made).
    Indented JSON of an object is its members' text, each line of a member's value indented
    one level more: a string's newlines are escaped, so every newline is one between lines."""
    if not isinstance(document, dict) or not document or not all(map(_is_text, document)):
        yield indented_json_bytes(document, exact=exact)
        return
    for index, (key, value) in enumerate(document.items()):
        member = (b",\n  " if index else b"{\n  ") + compact_json_bytes(key) + b": "
        if not isinstance(value, list) or not value:
            yield member + _nested(value, exact, b"\n  ")
            continue
        yield member + b"["
        for first in range(0, len(value), ITEMS_PER_PART):
            items = value[first : first + ITEMS_PER_PART]
            yield (b"," if first else b"") + b",".join(
                b"\n    " + _nested(item, exact, b"\n    ") for item in items
            )
        yield b"\n  ]"
    yield b"\n}\n"


def _nested(value: Any, exact: bool | None, indent: bytes) -> bytes:
    """``value``'s indented JSON with each line after the first behind ``indent``."""
    return indented_json_bytes(value, exact=exact)[:-1].replace(b"\n", indent)


def _is_text(key: object) -> bool:
    return isinstance(key, str)


def compact_json_bytes(value: Any, *, exact: bool | None = None) -> bytes:
    """``json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")``."""
    if orjson_exact(value) if exact is None else exact:
        try:
            return orjson.dumps(value, option=_EXACT)
        except orjson.JSONEncodeError:
            pass
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def compact_json_lines(rows: list[Any], *, exact: bool | None = None) -> bytes:
    """Each value compact on its own line, ``\n`` after each (NDJSON); empty for no rows."""
    # Each line written as it is made: orjson gives each line a buffer of several KB and shrinks
    # it in place, so 50,000 lines held for one join left ~430 MB of holes in the heap for
    # ~43 MB of text (peak RSS of a publish: 714 vs 323 MB); one at a time, each line's buffer
    # is reused (and 3x faster).
    text = io.BytesIO()
    write = text.write
    for line in compact_json_line_parts(rows, exact=orjson_exact(rows) if exact is None else exact):
        write(line)
    return text.getvalue()


def compact_json_line_parts(rows: Iterable[Any], *, exact: bool | None = None) -> Iterator[bytes]:
    """``compact_json_lines(rows)`` one line at a time (each with its newline), for a writer
    that never holds the whole text. ``exact``: what ``orjson_exact`` answered of all rows."""
    for row in rows:
        yield compact_json_line(row, exact=orjson_exact(row) if exact is None else exact)


def compact_json_line(row: Any, *, exact: bool) -> bytes:
    """One NDJSON line of ``row``, with its newline. ``exact``: what ``orjson_exact`` answered of
    ``row`` (or of all rows: where the encoders agree on a row, either writes its bytes)."""
    if exact:
        try:
            return orjson.dumps(row, option=_LINE)
        except orjson.JSONEncodeError:
            pass  # the stdlib writes (or refuses) this line, as for the whole text
    return (json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def parse_json(data: bytes) -> Any:
    """``json.loads``, faster; the stdlib judges what orjson refuses (NaN, huge integers)."""
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        return json.loads(data.decode("utf-8"))


def orjson_exact(value: Any) -> bool:
    """False if ``value`` holds a float that the two encoders print differently (~0.04 s for
    10,000 offerings: a publish asks once and tells each format)."""
    stack = [value]
    pop, push, extend = stack.pop, stack.append, stack.extend
    while stack:
        item = pop()
        kind = type(item)
        if kind is dict:
            for child in item.values():
                child_kind = type(child)
                # Most values are text or null: decided here without a trip through the stack.
                if child_kind is str or child is None or child_kind is bool:
                    continue
                push(child)
        elif kind is list or kind is tuple:
            extend(item)
        elif kind is float and not (
            item == 0 or _SMALLEST_SAME_FLOAT <= abs(item) < _FIRST_EXPONENT_FLOAT
        ):
            return False  # also NaN and the infinities: every comparison is False
    return True

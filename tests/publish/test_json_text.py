"""The orjson-backed JSON writers give the very bytes json.dumps gave, or fall back to it."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netdir.publish.json_text import (
    compact_json_bytes,
    compact_json_line_parts,
    compact_json_lines,
    indented_json_bytes,
    indented_json_parts,
    orjson_exact,
    parse_json,
)
from tests.publish.conftest import SAMPLE_ROWS


def _stdlib_indented(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _stdlib_compact(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


TRICKY = {
    "text": 'Ä\u2028Ö\u2029 </script> \x00\x1f\x7f "quoted" back\\slash 😀 日本',
    "empty": [[], {}, ""],
    "numbers": [0, -1, 2**40, 0.95, 1.0, -0.0, 0.0001, 123456789012345.6],
    "flags": [True, False, None],
    "nested": {"sources": [{"source_id": "a", "url": None}], "tuple": ("x", 1)},
}


@pytest.mark.parametrize(
    "value",
    [
        TRICKY,
        {"offerings": SAMPLE_ROWS},
        {"small float": 1e-07},  # stdlib 1e-07, orjson 1e-7: the stdlib must write it
        {"not a number": [math.nan, math.inf, -math.inf]},
        {"huge": 2**70},
        [],
        # Longer than a part of indented_json_parts, a row only the stdlib writes exactly.
        {
            "count": 2003,
            "offerings": [
                {"n": n, "c": 1e-07 if n == 1001 else 0.5, "t": "a\nb", "e": [], "s": [{"u": 1}]}
                for n in range(2003)
            ],
        },
    ],
)
def test_every_writer_gives_the_stdlib_bytes(value: Any) -> None:
    assert indented_json_bytes(value) == _stdlib_indented(value)
    assert b"".join(indented_json_parts(value)) == _stdlib_indented(value)
    assert compact_json_bytes(value) == _stdlib_compact(value)
    rows = value if isinstance(value, list) else [value, value]
    expected = "".join(
        json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in rows
    )
    assert compact_json_lines(rows) == expected.encode("utf-8")
    assert b"".join(compact_json_line_parts(rows)) == expected.encode("utf-8")


def test_types_the_stdlib_refuses_are_still_refused() -> None:
    from datetime import date

    with pytest.raises(TypeError):
        indented_json_bytes({"day": date(2027, 3, 12)})


def test_floats_that_print_differently_are_found() -> None:
    assert orjson_exact({"a": [{"confidence": 0.5}]})
    assert not orjson_exact({"a": [{"confidence": 0.00005}]})
    assert not orjson_exact([{"x": math.nan}])


@settings(max_examples=1000, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False))
def test_any_float_the_check_admits_prints_alike(number: float) -> None:
    if orjson_exact([number]):
        assert compact_json_bytes([number], exact=True) == _stdlib_compact([number])


def test_parse_json_reads_what_the_stdlib_reads() -> None:
    text = _stdlib_indented(TRICKY)
    assert parse_json(text) == json.loads(text)
    assert math.isnan(parse_json(b'{"x": NaN}')["x"])  # orjson refuses NaN: stdlib reads it
    with pytest.raises(json.JSONDecodeError):
        parse_json(b'{"x": ')

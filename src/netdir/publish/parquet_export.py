"""overview.parquet with real types, so analysts filter dates without parsing text.

``start``/``end`` may be a date or a datetime, which no single Parquet type holds. Each is
written three ways: the ISO text as published, ``*_date`` (DATE, the local calendar day) and
``*_ts`` (TIMESTAMPTZ, only when a time of day is known).
"""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from netdir.publish.rows import parse_iso

_TIMESTAMP = pa.timestamp("us", tz="UTC")
_TEXT_LIST = pa.list_(pa.string())
_SOURCE = pa.struct([("source_id", pa.string()), ("url", pa.string()), ("extractor", pa.string())])

PARQUET_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("title", pa.string()),
        ("kind", pa.string()),
        ("url", pa.string()),
        ("start", pa.string()),
        ("start_date", pa.date32()),
        ("start_ts", _TIMESTAMP),
        ("end", pa.string()),
        ("end_date", pa.date32()),
        ("end_ts", _TIMESTAMP),
        ("all_day", pa.bool_()),
        ("date_precision", pa.string()),
        ("date_text", pa.string()),
        ("recurrence", pa.string()),
        ("format", pa.string()),
        ("venue", pa.string()),
        ("city", pa.string()),
        ("state", pa.string()),
        ("organizer", pa.string()),
        ("audience", _TEXT_LIST),
        ("topics", _TEXT_LIST),
        ("cost", pa.string()),
        ("free", pa.bool_()),
        ("status", pa.string()),
        ("description", pa.string()),
        ("confidence", pa.float64()),
        ("sources", pa.list_(_SOURCE)),
        ("first_seen", _TIMESTAMP),
        ("last_seen", _TIMESTAMP),
        ("stale_since", _TIMESTAMP),
    ]
)


def parquet_bytes(rows: list[dict[str, Any]]) -> bytes:
    table = pa.Table.from_pylist([_typed(row) for row in rows], schema=PARQUET_SCHEMA)
    buffer = io.BytesIO()
    pq.write_table(table, buffer, compression="zstd")
    return buffer.getvalue()


def _typed(row: dict[str, Any]) -> dict[str, Any]:
    typed = {name: row.get(name) for name in PARQUET_SCHEMA.names}
    for side in ("start", "end"):
        value = parse_iso(row.get(side))
        typed[f"{side}_date"] = value.date() if isinstance(value, datetime) else value
        typed[f"{side}_ts"] = value if isinstance(value, datetime) else None
    for name in ("first_seen", "last_seen", "stale_since"):
        text = row.get(name)
        typed[name] = datetime.fromisoformat(text) if text else None
    typed["sources"] = [
        {"source_id": s.get("source_id"), "url": s.get("url"), "extractor": s.get("extractor")}
        for s in row.get("sources") or []
    ]
    return typed

"""overview.json (one document, schema-checked) and overview.ndjson (one offering per line)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

SCHEMA_VERSION = "1"


def overview_document(rows: list[dict[str, Any]], generated_at: datetime) -> dict[str, Any]:
    return {
        "generated_at": utc_iso(generated_at),
        "schema_version": SCHEMA_VERSION,
        "count": len(rows),
        "offerings": rows,
    }


def overview_json_bytes(document: dict[str, Any]) -> bytes:
    # ensure_ascii=False: German text stays readable ("Verwaltungsdigitalisierung für Länder").
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def overview_ndjson_bytes(rows: list[dict[str, Any]]) -> bytes:
    lines = [json.dumps(row, ensure_ascii=False, separators=(",", ":")) for row in rows]
    return ("\n".join(lines) + "\n" if lines else "").encode("utf-8")


def utc_iso(moment: datetime) -> str:
    """An aware instant as ``2026-11-27T07:30:00Z``; a naive one is taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")

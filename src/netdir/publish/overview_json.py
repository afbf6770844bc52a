"""overview.json (one document, schema-checked) and overview.ndjson (one offering per line)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from netdir.publish.json_text import compact_json_lines, indented_json_bytes

SCHEMA_VERSION = "1"


def overview_document(rows: list[dict[str, Any]], generated_at: datetime) -> dict[str, Any]:
    return {
        "generated_at": utc_iso(generated_at),
        "schema_version": SCHEMA_VERSION,
        "count": len(rows),
        "offerings": rows,
    }


def overview_json_bytes(document: dict[str, Any], *, exact: bool | None = None) -> bytes:
    """Indented, non-ASCII as is: German text stays readable ("für Länder"). ``exact``: see
    ``json_text.orjson_exact``."""
    return indented_json_bytes(document, exact=exact)


def overview_ndjson_bytes(rows: list[dict[str, Any]], *, exact: bool | None = None) -> bytes:
    return compact_json_lines(rows, exact=exact)


def utc_iso(moment: datetime) -> str:
    """An aware instant as ``2026-11-27T07:30:00Z``; a naive one is taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")

"""overview.csv for German Excel and overview.rfc4180.csv for everything else.

German Excel opens a CSV by double-click only if it starts with a UTF-8 BOM (else umlauts break)
and uses ``;`` (``,`` is the decimal separator in a German locale). Numbers therefore carry a
decimal comma there. Cells of scraped text that start like a formula are defused for Excel.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from netdir.publish.rows import OFFERING_FIELDS

#: CSV columns: the offering fields, lists joined with ", ", sources split into two columns.
CSV_COLUMNS: tuple[str, ...] = tuple(
    column
    for field in OFFERING_FIELDS
    for column in (("source_ids", "source_urls") if field == "sources" else (field,))
)
LIST_SEPARATOR = ", "
# OWASP "CSV injection": Excel evaluates a cell starting with one of these as a formula.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cells(row: dict[str, Any]) -> dict[str, Any]:
    """One CSV line's values, still typed (bool, float, None) for the dialect to format."""
    sources = row.get("sources") or []
    cells = {name: row.get(name) for name in CSV_COLUMNS if name in row}
    cells["audience"] = LIST_SEPARATOR.join(row.get("audience") or [])
    cells["topics"] = LIST_SEPARATOR.join(row.get("topics") or [])
    cells["source_ids"] = LIST_SEPARATOR.join(str(s.get("source_id") or "") for s in sources)
    # URLs may contain ", " only percent-encoded, so the separator stays unambiguous.
    cells["source_urls"] = " ".join(str(s.get("url") or "") for s in sources)
    return cells


def rfc4180_csv_bytes(rows: list[dict[str, Any]]) -> bytes:
    """UTF-8 without BOM, comma, CRLF, header line; booleans true/false, decimal point."""
    return _write(rows, delimiter=",", excel=False).encode("utf-8")


def excel_csv_bytes(rows: list[dict[str, Any]]) -> bytes:
    """UTF-8 with BOM, semicolon, CRLF; decimal comma; formula-like text defused."""
    return ("\ufeff" + _write(rows, delimiter=";", excel=True)).encode("utf-8")


def _write(rows: list[dict[str, Any]], *, delimiter: str, excel: bool) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(
        buffer, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL
    )
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        cells = csv_cells(row)
        writer.writerow([_cell(cells.get(name), excel=excel) for name in CSV_COLUMNS])
    return buffer.getvalue()


def _cell(value: Any, *, excel: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float | int):
        text = repr(value) if isinstance(value, float) else str(value)
        return text.replace(".", ",") if excel else text
    text = str(value)
    if excel and text.startswith(_FORMULA_STARTS):
        return "'" + text
    return text

"""overview.csv for German Excel and overview.rfc4180.csv for everything else.

German Excel opens a CSV by double-click only if it starts with a UTF-8 BOM (else umlauts break)
and uses ``;`` (``,`` is the decimal separator in a German locale). Numbers therefore carry a
decimal comma there, headers and coded values are German, and the local ``Datum`` (12.03.2027),
``Uhrzeit`` and ``Ende`` columns are what German Excel turns into dates by itself. The RFC 4180
file keeps the English field names and ISO values of overview.json. In both, cells of scraped
text that start like a formula are defused (a leading ``'``) and control characters dropped.
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from netdir.publish.labels import FORMAT_LABELS, STATUS_LABELS, kind_label
from netdir.publish.rows import OFFERING_FIELDS, parse_iso, without_control_characters

BERLIN = ZoneInfo("Europe/Berlin")

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


def excel_csv_bytes(rows: list[dict[str, Any]], *, today: date | None = None) -> bytes:
    """For German Excel: UTF-8 with BOM, semicolon, CRLF, German headers and labels, decimal
    comma, formula-like text defused; local Datum/Uhrzeit/Ende columns Excel reads as dates;
    upcoming offerings first (then those with a date still to be announced, undated, past)."""
    today = today or datetime.now(BERLIN).date()
    ordered = sorted(rows, key=lambda row: _excel_order(row, today))
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(EXCEL_HEADERS)
    for row in ordered:
        cells = csv_cells(row)
        local = _local_columns(row)
        values = [local.get(name, cells.get(name)) for name in EXCEL_COLUMNS]
        writer.writerow(
            [_excel_value(name, value) for name, value in zip(EXCEL_COLUMNS, values, strict=True)]
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


#: The Excel variant's columns: the local date columns right after the title, then the rest.
EXCEL_COLUMNS: tuple[str, ...] = (
    "id", "title", "local_date", "local_time", "local_end", *(
        c for c in CSV_COLUMNS if c not in ("id", "title")
    ),
)  # fmt: skip
_GERMAN = {
    "id": "ID", "title": "Titel", "local_date": "Datum", "local_time": "Uhrzeit",
    "local_end": "Ende", "kind": "Art", "url": "Link", "start": "Beginn (ISO 8601)",
    "end": "Ende (ISO 8601)", "all_day": "ganztägig", "date_precision": "Datumsgenauigkeit",
    "date_text": "Termin laut Quelle", "recurrence": "Wiederholung (RRULE)", "format": "Format", "venue": "Veranstaltungsort",
    "city": "Ort", "state": "Bundesland", "organizer": "Veranstalter", "audience": "Zielgruppe",
    "topics": "Themen", "cost": "Kosten", "free": "kostenfrei", "status": "Status",
    "description": "Beschreibung", "confidence": "Verlässlichkeit", "source_ids": "Quellen",
    "source_urls": "Quellen-Links", "first_seen": "zuerst gesehen", "last_seen": "zuletzt gesehen",
    "stale_since": "unbestätigt seit",
}  # fmt: skip
EXCEL_HEADERS: tuple[str, ...] = tuple(_GERMAN.get(c, c) for c in EXCEL_COLUMNS)
_STATUS_DE = {"scheduled": "geplant", **STATUS_LABELS}
_PRECISION_DE = {
    "minute": "Uhrzeit", "day": "Tag", "week": "Woche", "month": "Monat",
    "season": "Jahreszeit", "year": "Jahr",
}  # fmt: skip
#: Precise enough for a Datum column; "März 2027" or "2026" must not pose as the 1st.
_DATED = frozenset({None, "minute", "day", "week"})


def _local_columns(row: dict[str, Any]) -> dict[str, str | None]:
    if row.get("date_precision") not in _DATED:
        return {"local_date": None, "local_time": None, "local_end": None}
    start, end = parse_iso(row.get("start")), parse_iso(row.get("end"))
    return {
        "local_date": _local_date(start),
        "local_time": _local_time(start),
        "local_end": " ".join(p for p in (_local_date(end), _local_time(end)) if p) or None,
    }


# The event's own wall-clock time as the source states it: "19:30-04:00" stays 31 October,
# 19:30 (converted to Berlin it would be 1 November); German sources state Berlin time anyway.
def _local_date(value: date | datetime | None) -> str | None:
    return value.strftime("%d.%m.%Y") if value is not None else None


def _local_time(value: date | datetime | None) -> str | None:
    return value.strftime("%H:%M") if isinstance(value, datetime) else None


def _excel_order(row: dict[str, Any], today: date) -> tuple[int, str, str]:
    start, end = parse_iso(row.get("start")), parse_iso(row.get("end"))
    last = end or start
    if last is None:
        group = 2  # no date at all: networks, platforms
    elif row.get("status") == "past" or _day(last) < today:
        group = 3
    elif row.get("date_precision") not in _DATED and row.get("date_precision") != "month":
        group = 1  # season or year only: date to be announced
    else:
        group = 0
    return (group, str(row.get("start") or ""), str(row.get("title") or ""))


def _day(value: date | datetime) -> date:
    return value.astimezone(BERLIN).date() if isinstance(value, datetime) else value


def _excel_value(column: str, value: Any) -> str:
    if column == "kind" and value:
        value = kind_label(str(value))
    elif column == "format" and value:
        value = FORMAT_LABELS.get(str(value), value)
    elif column == "status" and value:
        value = _STATUS_DE.get(str(value), value)
    elif column == "date_precision" and value:
        value = _PRECISION_DE.get(str(value), value)
    elif isinstance(value, bool):
        value = "ja" if value else "nein"
    return _cell(value, excel=True)


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
    text = without_control_characters(str(value))
    if text.startswith(_FORMULA_STARTS):
        # Both files: the RFC 4180 one is opened in spreadsheets too.
        return "'" + text
    return text

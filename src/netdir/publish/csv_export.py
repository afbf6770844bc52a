"""overview.csv for German Excel and overview.rfc4180.csv for everything else.

German Excel opens a CSV by double-click only if it starts with a UTF-8 BOM (else umlauts break)
and uses ``;`` (``,`` is the decimal separator in a German locale). Numbers therefore carry a
decimal comma there, headers and coded values are German, and the local ``Datum`` (12.03.2027),
``Uhrzeit`` and ``Ende`` columns are what German Excel turns into dates by itself. The RFC 4180
file keeps the English field names and ISO values of overview.json. In both, cells of scraped
text that start like a formula are defused (a leading ``'``) and control characters dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from functools import lru_cache, partial
from itertools import islice
from operator import itemgetter, methodcaller
from typing import Any
from zoneinfo import ZoneInfo

from netdir.publish.labels import FORMAT_LABELS, STATUS_LABELS, kind_label
from netdir.publish.rows import (
    OFFERING_FIELDS,
    berlin_day,
    parse_iso,
    without_control_characters,
)

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
    return b"".join(_rfc4180(_csv_columns(rows)))


def excel_csv_bytes(rows: list[dict[str, Any]], *, today: date | None = None) -> bytes:
    """For German Excel: UTF-8 with BOM, semicolon, CRLF, German headers and labels, decimal
    comma, formula-like text defused; local Datum/Uhrzeit/Ende columns Excel reads as dates;
    upcoming offerings first (then those with a date still to be announced, undated, past)."""
    return b"".join(_excel(rows, _csv_columns(rows), today=today))


def csv_files(rows: list[dict[str, Any]], *, today: date | None = None) -> dict[str, bytes]:
    """overview.csv and overview.rfc4180.csv, reading the rows once for both."""
    return {name: b"".join(parts) for name, parts in csv_file_pairs(rows, today=today)}


def csv_file_pairs(
    rows: list[dict[str, Any]], *, today: date | None = None
) -> Iterator[tuple[str, list[bytes]]]:
    """(name, parts) of both CSV files, one after the other: the caller writes the first before
    the second is made, so only one is held at a time; the parts joined are the file's bytes."""
    columns = _csv_columns(rows)
    yield "overview.csv", _excel(rows, columns, today=today)
    yield "overview.rfc4180.csv", _rfc4180(columns)


def excel_csv_pairs(
    rows: list[dict[str, Any]], *, today: date | None = None
) -> Iterator[tuple[str, list[bytes]]]:
    """overview.csv alone, as ``csv_file_pairs`` makes it: where two processes render the
    formats, each CSV file is a job of its own (the columns, ~0.1 CPU-s per 50,000 offerings,
    made in both)."""
    yield "overview.csv", _excel(rows, _csv_columns(rows), today=today)


def rfc4180_csv_pairs(rows: list[dict[str, Any]]) -> Iterator[tuple[str, list[bytes]]]:
    """overview.rfc4180.csv alone (see ``excel_csv_pairs``)."""
    yield "overview.rfc4180.csv", _rfc4180(_csv_columns(rows))


# Column by column, not row by row: each distinct value of a column is formatted and quoted once
# (kinds, cities, organizers and seen timestamps repeat), and the lines are joined in C.
# 10,044 offerings, both files: 1.9 CPU-s row by row through csv.writer before, ~0.3 now.
def _csv_columns(rows: list[dict[str, Any]]) -> dict[str, Sequence[Any]]:
    """csv_cells of every row, as one sequence of values per column."""
    try:  # rows from json_ready_row have every field: one C-level transposition
        values = zip(*map(itemgetter(*OFFERING_FIELDS), rows), strict=True)
        columns: dict[str, Sequence[Any]] = dict(zip(OFFERING_FIELDS, values, strict=False))
    except KeyError:
        columns = {name: list(map(methodcaller("get", name), rows)) for name in OFFERING_FIELDS}
    if not rows:
        columns = {name: [] for name in OFFERING_FIELDS}
    join = LIST_SEPARATOR.join
    columns["audience"] = [join(row.get("audience") or []) for row in rows]
    columns["topics"] = [join(row.get("topics") or []) for row in rows]
    sources = [row.get("sources") or [] for row in rows]
    columns["source_ids"] = [
        join([str(s.get("source_id") or "") for s in refs]) for refs in sources
    ]
    columns["source_urls"] = [" ".join([str(s.get("url") or "") for s in refs]) for refs in sources]
    return columns


def _rfc4180(columns: dict[str, Sequence[Any]]) -> list[bytes]:
    rfc4180_cell = partial(_cell, excel=False)
    cells = [_formatted(columns[name], rfc4180_cell, ",", plain_as_is=True) for name in CSV_COLUMNS]
    return _csv_parts(CSV_COLUMNS, cells, delimiter=",")


def _excel(
    rows: list[dict[str, Any]], columns: dict[str, Sequence[Any]], *, today: date | None
) -> list[bytes]:
    today = today or datetime.now(BERLIN).date()
    keys = [_excel_order(row, today) for row in rows]
    order = sorted(range(len(rows)), key=keys.__getitem__)  # stable, as sorted(rows) was
    local = _local_column_values(rows)
    cells = []
    for name in EXCEL_COLUMNS:
        values = local[name] if name in local else columns[name]
        format_cell, plain_as_is = _excel_formatter(name)
        formatted = _formatted(values, format_cell, ";", plain_as_is=plain_as_is)
        cells.append(list(map(formatted.__getitem__, order)))
    return _csv_parts(EXCEL_HEADERS, cells, delimiter=";", before="\ufeff")


def _formatted(
    values: Sequence[Any],
    format_cell: Callable[[Any], str],
    delimiter: str,
    *,
    plain_as_is: bool = False,
) -> list[str]:
    """Each value formatted and quoted for the file, once per distinct value where that is
    exact (no 1 == True or 0.0 == -0.0 in the same column). ``plain_as_is``: ``format_cell``
    gives a printable text that starts no formula as it is (``_cell`` does), so such a text
    skips it (most cells: ~90,000 distinct ones for 10,000 offerings)."""

    def cell(value: Any) -> str:
        return _quoted(format_cell(value), delimiter)

    kinds = set(map(type, values))
    if kinds <= _TEXT_KINDS or kinds <= _FLAG_KINDS:
        cell_of: dict[Any, str] = {}
        formula_starts = _FORMULA_STARTS
        for value in dict.fromkeys(values):
            if (
                plain_as_is
                and value.__class__ is str
                and value.isprintable()
                and not value.startswith(formula_starts)
            ):
                text = value
            else:
                text = format_cell(value)
            # _quoted, inline
            if delimiter in text or '"' in text or "\n" in text or "\r" in text:
                text = '"' + text.replace('"', '""') + '"'
            cell_of[value] = text
        return list(map(cell_of.__getitem__, values))
    return list(map(cell, values))


_TEXT_KINDS = frozenset({str, type(None)})
_FLAG_KINDS = frozenset({bool, type(None)})


def _quoted(text: str, delimiter: str) -> str:
    """csv.QUOTE_MINIMAL with a CRLF line end: quoted when holding the delimiter, a quote or a
    line break, quotes doubled (tests/publish/test_fast_writers.py compares with csv.writer)."""
    if delimiter in text or '"' in text or "\n" in text or "\r" in text:
        return '"' + text.replace('"', '""') + '"'
    return text


#: Lines encoded into one part of a CSV file by ``_csv_parts``.
LINES_PER_PART = 1000


def _csv_parts(
    header: Sequence[str], columns: list[list[str]], *, delimiter: str, before: str = ""
) -> list[bytes]:
    """``before``, the header and one line per row, CRLF after each, as UTF-8 parts of
    ``LINES_PER_PART`` lines; the cells are quoted already. Never the whole text at once:
    50,000 offerings' lines, their text joined (two bytes a character with one German dash)
    and encoded took the rendering process up by ~170 MB."""
    head = delimiter.join([_quoted(name, delimiter) for name in header])
    parts = [(before + head + "\r\n").encode("utf-8")]
    lines = map(delimiter.join, zip(*columns, strict=True))
    while chunk := list(islice(lines, LINES_PER_PART)):
        chunk.append("")  # the CRLF after the last line
        parts.append("\r\n".join(chunk).encode("utf-8"))
    return parts


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


def _local_column_values(rows: list[dict[str, Any]]) -> dict[str, list[str | None]]:
    """Datum, Uhrzeit and Ende of every row (None where the date is too vague for a day)."""
    dates: list[str | None] = []
    times: list[str | None] = []
    ends: list[str | None] = []
    for row in rows:
        if row.get("date_precision") not in _DATED:
            dates.append(None)
            times.append(None)
            ends.append(None)
            continue
        day, time = _local_date_time(row.get("start"))
        dates.append(day)
        times.append(time)
        ends.append(" ".join(p for p in _local_date_time(row.get("end")) if p) or None)
    return {"local_date": dates, "local_time": times, "local_end": ends}


@lru_cache(maxsize=16384)
def _local_date_time(value: str | None) -> tuple[str | None, str | None]:
    moment = parse_iso(value)
    return _local_date(moment), _local_time(moment)


# The event's own wall-clock time as the source states it: "19:30-04:00" stays 31 October,
# 19:30 (converted to Berlin it would be 1 November); German sources state Berlin time anyway.
def _local_date(value: date | datetime | None) -> str | None:
    return value.strftime("%d.%m.%Y") if value is not None else None


def _local_time(value: date | datetime | None) -> str | None:
    return value.strftime("%H:%M") if isinstance(value, datetime) else None


def _excel_order(row: dict[str, Any], today: date) -> tuple[int, str, str]:
    last = row.get("end") or row.get("start")
    if not last:
        group = 2  # no date at all: networks, platforms
    elif row.get("status") == "past" or berlin_day(last) < today:  # type: ignore[operator]
        group = 3
    elif row.get("date_precision") not in _DATED and row.get("date_precision") != "month":
        group = 1  # season or year only: date to be announced
    else:
        group = 0
    return (group, str(row.get("start") or ""), str(row.get("title") or ""))


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


def _excel_formatter(column: str) -> tuple[Callable[[Any], str], bool]:
    """``partial(_excel_value, column)``, its label lookup chosen once for the column, not per
    value; and whether it gives a printable text that starts no formula as it is (a column
    without labels: see ``_formatted``)."""
    labels: Callable[[Any], Any] | None = {
        "kind": lambda value: kind_label(str(value)),
        "format": lambda value: FORMAT_LABELS.get(str(value), value),
        "status": lambda value: _STATUS_DE.get(str(value), value),
        "date_precision": lambda value: _PRECISION_DE.get(str(value), value),
    }.get(column)
    if labels is None:
        return _excel_unlabelled, True

    def cell(value: Any) -> str:
        return _cell(labels(value), excel=True) if value else _excel_unlabelled(value)

    return cell, False


def _excel_unlabelled(value: Any) -> str:
    """``_excel_value`` of a column without labels."""
    if isinstance(value, bool):
        value = "ja" if value else "nein"
    return _cell(value, excel=True)


def _cell(value: Any, *, excel: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float | int):
        text = repr(value) if isinstance(value, float) else str(value)
        return text.replace(".", ",") if excel else text
    text = str(value)
    if not text.isprintable():  # printable text holds no control characters
        text = without_control_characters(text)
    if text.startswith(_FORMULA_STARTS):
        # Both files: the RFC 4180 one is opened in spreadsheets too.
        return "'" + text
    return text

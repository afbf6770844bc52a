"""The column-wise CSV writer and the write-once calendar writer against their definitions:
CSV as csv.writer writes each row's cells, each kind calendar as the calendar of that kind."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from icalendar import Calendar

from netdir.publish.csv_export import (
    CSV_COLUMNS,
    EXCEL_COLUMNS,
    _cell,
    _excel_order,
    _excel_value,
    csv_cells,
    csv_file_pairs,
    csv_files,
)
from netdir.publish.ical_export import (
    CALENDAR_NAME,
    KIND_CALENDARS,
    calendar_file_pairs,
    calendar_files,
    ics_bytes,
)
from netdir.publish.labels import kind_label
from netdir.publish.rows import json_ready_rows, parse_iso
from tests.publish.conftest import GENERATED_AT, SAMPLE_ROWS, TODAY, offering

ROWS = json_ready_rows(
    [
        *SAMPLE_ROWS,
        # Values equal in Python but printed differently must not share a formatted cell.
        offering(id="one", confidence=1, free=True, start="2027-01-05", date_precision="day"),
        offering(id="one-float", confidence=1.0, free=False, start="2027-01-05"),
        offering(id="zero", confidence=0.0, title="=1+1", city="a;b"),
        offering(id="minus-zero", confidence=-0.0, title="@x", city='"quoted"\nline'),
        offering(
            id="dated",
            title="Werkstatt\x00 mit Steuerzeichen\x07",
            kind="workshop",
            start="2027-03-12T09:30:00+01:00",
            end="2027-03-14",
            date_precision="minute",
            topics=["A, B", "C;D"],
        ),
        offering(id="vague", start="2027-09-01", end="2027-11-30", date_precision="season"),
    ]
)


def _row_by_row(rows: list[dict[str, Any]], *, excel: bool) -> bytes:
    """What each CSV file is, written one row at a time as the writer did until it went
    column-wise."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";" if excel else ",", lineterminator="\r\n")
    if not excel:
        writer.writerow(CSV_COLUMNS)
        for row in rows:
            cells = csv_cells(row)
            writer.writerow([_cell(cells.get(name), excel=False) for name in CSV_COLUMNS])
        return buffer.getvalue().encode("utf-8")
    from netdir.publish.csv_export import EXCEL_HEADERS, _local_date, _local_time

    writer.writerow(EXCEL_HEADERS)
    for row in sorted(rows, key=lambda row: _excel_order(row, TODAY)):
        cells = csv_cells(row)
        start, end = parse_iso(row.get("start")), parse_iso(row.get("end"))
        dated = row.get("date_precision") in {None, "minute", "day", "week"}
        local = {
            "local_date": _local_date(start) if dated else None,
            "local_time": _local_time(start) if dated else None,
            "local_end": (" ".join(p for p in (_local_date(end), _local_time(end)) if p) or None)
            if dated
            else None,
        }
        writer.writerow(
            [_excel_value(name, local.get(name, cells.get(name))) for name in EXCEL_COLUMNS]
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


@pytest.mark.parametrize(
    "rows", [ROWS, SAMPLE_ROWS, []], ids=["ready", "some-fields-absent", "none"]
)
def test_both_csv_files_equal_the_row_by_row_writer(rows: list[dict[str, Any]]) -> None:
    files = csv_files(rows, today=TODAY)
    assert files["overview.rfc4180.csv"] == _row_by_row(rows, excel=False)
    assert files["overview.csv"] == _row_by_row(rows, excel=True)


def test_csv_files_are_rendered_in_parts_of_a_few_lines_that_join_to_the_file(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A publish writes the parts as they are: never the whole text, nor its join, in memory.
    monkeypatch.setattr("netdir.publish.csv_export.LINES_PER_PART", 2)
    files = dict(csv_file_pairs(ROWS, today=TODAY))
    for name, excel in (("overview.csv", True), ("overview.rfc4180.csv", False)):
        parts = files[name]
        assert isinstance(parts, list) and len(parts) == 1 + -(-len(ROWS) // 2), name
        assert all(part.count(b"\r\n") <= 2 for part in parts[1:]), name
        assert b"".join(parts) == _row_by_row(ROWS, excel=excel), name


def test_csv_cells_read_back_as_written() -> None:
    files = csv_files(ROWS, today=TODAY)
    cells = list(csv.DictReader(io.StringIO(files["overview.rfc4180.csv"].decode("utf-8"))))
    confidence = {cell["id"]: cell["confidence"] for cell in cells}
    assert confidence["one"] == "1" and confidence["one-float"] == "1.0"
    assert confidence["zero"] == "0.0" and confidence["minus-zero"] == "-0.0"
    assert {cell["id"]: cell["free"] for cell in cells}["one"] == "true"


def test_each_kind_calendar_is_the_calendar_of_that_kind_alone() -> None:
    files = calendar_files(ROWS, today=TODAY, generated_at=GENERATED_AT)

    assert files["upcoming.ics"] == ics_bytes(ROWS, today=TODAY, generated_at=GENERATED_AT)
    for kind, name in KIND_CALENDARS.items():
        of_kind = [row for row in ROWS if row.get("kind") == kind]
        expected = ics_bytes(
            of_kind,
            today=TODAY,
            generated_at=GENERATED_AT,
            name=f"{CALENDAR_NAME} – {kind_label(kind)}",
        )
        assert files[name] == expected, name
    events = Calendar.from_ical(files["upcoming-workshop.ics"]).walk("VEVENT")
    assert [str(event["SUMMARY"]) for event in events] == ["Werkstatt mit Steuerzeichen"]
    assert [str(c) for c in events[0]["CATEGORIES"].cats] == ["A, B", "C;D"]


def test_calendars_are_rendered_as_one_part_per_event_that_join_to_the_file() -> None:
    files = dict(calendar_file_pairs(ROWS, today=TODAY, generated_at=GENERATED_AT))
    parts = files["upcoming.ics"]
    assert isinstance(parts, list)
    assert parts[0].startswith(b"BEGIN:VCALENDAR") and parts[-1] == b"END:VCALENDAR\r\n"
    events = parts[1:-1]
    assert events and all(
        event.startswith(b"BEGIN:VEVENT\r\n") and event.endswith(b"END:VEVENT\r\n")
        for event in events
    )
    assert b"".join(parts) == ics_bytes(ROWS, today=TODAY, generated_at=GENERATED_AT)
    # The kind calendars hold the same event parts, not copies of them.
    workshop = files["upcoming-workshop.ics"][1:-1]
    assert workshop and all(any(event is part for part in events) for event in workshop)


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/a?b=c",
        "  http://example.org  ",
        "HTTPS://EXAMPLE.ORG/",
        "https:///pfad",
        "https://?q",
        "https://#x",
        "https://",
        "http://[::1]/",
        "https://ä.de/ü",
        "javascript:alert(1)",
        "ftp://example.org",
        "https://exa\tmple.org",
        "//example.org",
    ],
)
def test_web_url_fast_path_agrees_with_urlsplit(url: str) -> None:
    from urllib.parse import urlsplit

    from netdir.publish.labels import web_url

    parts = urlsplit(url.strip())
    expected = url.strip() if parts.scheme in ("http", "https") and parts.netloc else None
    assert web_url(url) == expected


_ODD_VALUES = [
    None, True, False, 0, 1, 1.5, -0.0, 2.0, "", "=1+1", "-x", "a\x00b", "Zeile\nzwei", "workshop",
    "scheduled", "past", "online", "minute", "season", "Text; mit Trenner", "ä", "True", "1.5",
]  # fmt: skip


@pytest.mark.parametrize("column", [*EXCEL_COLUMNS, "kind", "format", "status", "date_precision"])
def test_a_column_is_formatted_as_each_of_its_values_is(column: str) -> None:
    from netdir.publish.csv_export import _excel_formatter, _formatted, _quoted

    for values in (
        _ODD_VALUES,
        [v for v in _ODD_VALUES if isinstance(v, str | None)],
        [v for v in _ODD_VALUES if isinstance(v, bool | None)],
    ):
        format_cell, plain_as_is = _excel_formatter(column)
        assert _formatted(values, format_cell, ";", plain_as_is=plain_as_is) == [
            _quoted(_excel_value(column, value), ";") for value in values
        ], column
        assert _formatted(values, lambda v: _cell(v, excel=False), ",", plain_as_is=True) == [
            _quoted(_cell(value, excel=False), ",") for value in values
        ]

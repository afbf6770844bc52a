"""Zone-less structured times that are UTC, told by the time range the page shows."""

from __future__ import annotations

from netdir.extract.shown_ranges import read_zoneless_utc_by_shown_ranges
from netdir.html_depth import parse_html
from netdir.records import RawRecord


def _record(start: str, end: str | None) -> RawRecord:
    record = RawRecord(
        source_id="t", page_url="https://example.org/e", extractor="jsonld", title="E"
    )
    record.start, record.end = start, end
    return record


def _read(body: str, *records: RawRecord) -> list[tuple[str | None, str | None]]:
    read_zoneless_utc_by_shown_ranges(
        list(records), parse_html(f"<html><body>{body}</body></html>")
    )
    return [(r.start, r.end) for r in records]


def test_a_range_shown_three_hours_behind_the_stamps_gives_their_offset() -> None:
    page = "<h2>April 22 @ 5:00 pm - 11:30 pm</h2><p>8 pm Talk#3</p>"
    assert _read(page, _record("2017-04-22 20:00:00", "2017-04-23 02:30:00")) == [
        ("2017-04-22T17:00:00-03:00", "2017-04-22T23:30:00-03:00")
    ]


def test_twenty_four_hour_ranges_and_several_events_agree_on_one_offset() -> None:
    page = "<li>3. Mai, 19:00 – 22:00 Uhr</li><li>4. Mai, 10:00 bis 12:30 Uhr</li>"
    records = (
        _record("2026-05-03T17:00", "2026-05-03T20:00"),
        _record("2026-05-04T08:00", "2026-05-04T10:30"),
    )
    assert _read(page, *records) == [
        ("2026-05-03T19:00:00+02:00", "2026-05-03T22:00:00+02:00"),
        ("2026-05-04T10:00:00+02:00", "2026-05-04T12:30:00+02:00"),
    ]


def test_stamps_the_page_shows_as_written_stay() -> None:
    page = "<p>8:00 pm - 2:30 am</p><p>5:00 pm - 11:30 pm</p>"
    assert _read(page, _record("2017-04-22 20:00:00", "2017-04-23 02:30:00")) == [
        ("2017-04-22 20:00:00", "2017-04-23 02:30:00")
    ]


def test_no_shown_range_or_no_end_leaves_the_stamps() -> None:
    assert _read(
        "<p>5:00 pm</p><p>11:30 pm</p>", _record("2017-04-22 20:00:00", "2017-04-23 02:30:00")
    ) == [("2017-04-22 20:00:00", "2017-04-23 02:30:00")]
    assert _read("<p>5:00 pm - 11:30 pm</p>", _record("2017-04-22 20:00:00", None)) == [
        ("2017-04-22 20:00:00", None)
    ]


def test_events_that_disagree_on_the_offset_stay() -> None:
    page = "<p>5:00 pm - 11:30 pm</p><p>09:00 - 10:00</p>"
    records = (
        _record("2017-04-22 20:00:00", "2017-04-23 02:30:00"),
        _record("2017-04-23 10:00", "2017-04-23 11:00"),
    )
    assert _read(page, *records) == [
        ("2017-04-22 20:00:00", "2017-04-23 02:30:00"),
        ("2017-04-23 10:00", "2017-04-23 11:00"),
    ]

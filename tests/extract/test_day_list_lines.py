"""A labelled line of days under a heading is that offering on each day (day_list_lines)."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract import extract_page
from netdir.extract.context import PageContext
from netdir.extract.day_list_lines import day_list_records
from netdir.normalize import normalize_record
from tests.extract.conftest import FETCHED_AT, page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page


def _starts(body: str) -> list[tuple[str | None, str | None]]:
    html = f"<html><body><main>{body}</main></body></html>"
    records = extract_page(page_from_text(html)).records
    return [(r.title, normalize_record(r, today=FETCHED_AT.date()).start) for r in records]


def test_each_day_of_the_line_is_the_headed_offering_at_the_hours_below() -> None:
    found = _starts(
        "<h2>Mittwochstöpfern</h2><p>Termine: 23.10 / 7.11 / 14.11. (einzeln buchbar)</p>"
        "<p>Mittwochs von 15:30 - 17:30 Uhr</p>"
    )
    assert [title for title, _ in found] == ["Mittwochstöpfern"] * 3
    assert [start[5:16] for _, start in found if start] == [
        "10-23T15:30",
        "11-07T15:30",
        "11-14T15:30",
    ]


def test_hours_after_the_days_and_days_with_years() -> None:
    html = "<h3>Yoga</h3><p>Daten: 3.11.2026, 10.11.2026, 17.11.2026, jeweils 19 Uhr</p>"
    context = PageContext(
        "test-source", "https://example.org/", "https://example.org/", None, FETCHED_AT
    )
    records = day_list_records(LexborHTMLParser(html), context, [])
    assert [r.date_text for r in records] == [
        "3.11.2026, 19 Uhr",
        "10.11.2026, 19 Uhr",
        "17.11.2026, 19 Uhr",
    ]
    assert day_list_records(LexborHTMLParser(html), context, records[:1])[0].date_text == (
        "10.11.2026, 19 Uhr"
    )  # a day some record already holds under that name is not read twice


def test_two_days_or_an_unlabelled_line_are_no_list() -> None:
    assert _starts("<h3>Yoga</h3><p>Termine: 3.11.2026 / 10.11.2026</p>") != _starts(
        "<h3>Yoga</h3><p>Termine: 3.11.2026 / 10.11.2026 / 17.11.2026</p>"
    )
    assert not _starts("<h3>Versionen</h3><p>Stand: 3.11 / 10.11 / 17.11</p>")


def test_the_potterys_line_of_six_wednesdays(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "static-toepferwerkstatt-gebhard-kurse-2025")
    wednesdays = [r["start"][:16] for r in records if r["title"].startswith("Mittwochstöpfern")]
    assert wednesdays == [
        "2025-04-23T15:30",
        "2025-05-07T15:30",
        "2025-05-14T15:30",
        "2025-05-21T15:30",
        "2025-05-04T15:30",
        "2025-05-11T15:30",
    ]

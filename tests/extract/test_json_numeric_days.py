"""A day an events JSON writes in numbers: dots day first, slashes as the document agrees."""

from __future__ import annotations

import json

from netdir.extract import extract_page
from netdir.extract.json_numeric_days import dashed_day_first, numeric_day, slashed_day_first
from tests.extract.conftest import page_from_text


def test_dotted_days_are_day_first_with_an_optional_clock() -> None:
    assert numeric_day("14.08.2026", day_first=False) == "2026-08-14"
    assert numeric_day("4.8.2026 19:30 Uhr", day_first=False) == "2026-08-04T19:30"
    assert numeric_day("31.11.2026", day_first=True) is None


def test_slashed_days_follow_the_order_asked_for() -> None:
    assert numeric_day("05/11/2026", day_first=False) == "2026-05-11"
    assert numeric_day("05/11/2026", day_first=True) == "2026-11-05"
    assert numeric_day("05/25/2026 18:00", day_first=False) == "2026-05-25T18:00"
    assert numeric_day("05/25/2026", day_first=True) is None


def test_the_document_decides_the_order_of_its_slashed_days() -> None:
    us = '[{"date": "05/11/2026"}, {"date": "05/25/2026"}]'
    british = '[{"date": "05/11/2026"}, {"date": "25/05/2026"}]'
    assert slashed_day_first([us]) is False
    assert slashed_day_first([british]) is True
    assert slashed_day_first(['[{"date": "05/11/2026"}]']) is False  # no evidence: month first


def test_dashed_days_with_the_year_last_are_day_first_unless_the_document_proves_otherwise() -> (
    None
):
    # An association's list typed from a spreadsheet: „02-07-2026“ beside ISO days, the first
    # Thursday of July like its other dates. A number above 12 says which is the day.
    assert numeric_day("02-07-2026", day_first=True) == "2026-07-02"
    assert numeric_day("02-07-2026", day_first=False) == "2026-02-07"
    assert numeric_day("07-25-2026 18:00", day_first=True) == "2026-07-25T18:00"
    assert numeric_day("25-07-2026", day_first=False) == "2026-07-25"
    assert numeric_day("31-02-2026", day_first=True) is None
    # The document decides: without evidence day first, with a „05-25-2026“ among them month first.
    assert dashed_day_first(['[{"datum": "02-07-2026"}]']) is True
    assert dashed_day_first(['[{"date": "05-25-2026"}, {"date": "06-07-2026"}]']) is False


def test_a_us_document_reads_all_its_dashed_days_month_first() -> None:
    body = json.dumps(
        [
            {"title": "Board meeting", "date": "06-07-2026"},
            {"title": "Budget hearing", "date": "05-25-2026"},
        ]
    )
    page = page_from_text(body, "https://example.org/events.json", "application/json")
    assert sorted((r.title, r.start) for r in extract_page(page).records) == [
        ("Board meeting", "2026-06-07"), ("Budget hearing", "2026-05-25"),
    ]  # fmt: skip


def test_other_text_is_no_day() -> None:
    for text in ("2026-05-11", "Mai 2026", "05/11", "https://x.org/2026/05/11", "11.05.2"):
        assert numeric_day(text, day_first=False) is None


def test_a_dotted_day_with_two_digits_of_its_year() -> None:
    # A student cinema's flyer data: „"Termine": ["07.04.16", "12.04.16"]“.
    assert numeric_day("07.04.16", True) == "2016-04-07"
    assert numeric_day("11.05.26", day_first=False) == "2026-05-11"  # dots: always day first
    assert numeric_day("31.02.16", True) is None
    assert numeric_day("07.04.1", True) is None

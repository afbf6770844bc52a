"""Day or month first for 09/07/23: from the page's dates and language (for the listing detector)."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize import infer_day_first, language_day_first, parse_when


def test_an_unambiguous_date_on_the_page_decides_for_all() -> None:
    us_page = ["Regular Meeting 09/07/23", "Special Meeting 09/21/23", "Work Session 10/02/23"]
    uk_page = ["Council 09/07/23", "Council 21/07/23"]
    assert infer_day_first(us_page) is False
    assert infer_day_first(uk_page) is True


def test_without_unambiguous_dates_the_language_decides() -> None:
    ambiguous = ["Meeting 09/07/23", "Meeting 10/08/23"]
    assert infer_day_first(ambiguous, "en-US") is False
    assert infer_day_first(ambiguous, "en-GB") is True
    assert infer_day_first(ambiguous, "de-DE") is True
    assert infer_day_first(ambiguous) is None
    assert infer_day_first(["12.03.2027"], "en") is False  # dotted dates are no evidence


@pytest.mark.parametrize(
    ("language", "expected"),
    [("de", True), ("en", False), ("EN_us", False), ("", None), ("xx", None)],
)
def test_language_tags(language: str, expected: bool | None) -> None:
    assert language_day_first(language) is expected


def test_the_page_decision_is_passed_to_parse_when() -> None:
    today = date(2026, 11, 27)
    assert parse_when("09/07/23", today=today, day_first=True).start == "2023-07-09"
    assert parse_when("09/07/23", today=today, day_first=False).start == "2023-09-07"
    # The numbers win over a hint they contradict.
    assert parse_when("21/07/23", today=today, day_first=False).start == "2023-07-21"
    # Dotted German dates are day first whatever the hint.
    assert parse_when("09.07.23", today=today, day_first=False).start == "2023-07-09"


def test_the_extractors_page_decision_reaches_the_offering() -> None:
    from netdir.normalize import normalize_record
    from tests.normalize.conftest import TODAY, make_raw

    us = make_raw(date_text="Regular Meeting 09/07/23", extra={"day_first": "false"})
    uk = make_raw(date_text="Council 09/07/23", extra={"day_first": "true"})
    assert normalize_record(us, today=TODAY).start == "2023-09-07"
    assert normalize_record(uk, today=TODAY).start == "2023-07-09"


def test_a_list_line_opening_with_month_and_day_on_an_english_page() -> None:
    """Held-out round 20: "10/8 – Heart of Town (…)" under "Meetings are scheduled … as follows"."""
    today = date(2019, 10, 3)
    found = parse_when("10/8 – Heart of Town (Main, Ginn, Gray)", today=today, day_first=False)
    assert found.start == "2019-10-08"
    # without the page's order, and for "24/7" (no month 24), no date is read
    assert parse_when("10/8 – Heart of Town", today=today).start is None
    assert parse_when("24/7 – we are here for you", today=today, day_first=False).start is None

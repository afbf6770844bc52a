"""Causes found by held-out date rounds 298-300 (tests/normalize/date_strings_heldout_round298.yaml …).

- „Orga-Treffen #7 2015-07-16 19:30 .. 21:30“: two or three dots between two clocks join them as
  a dash does, after an ISO day (``when_iso``) and after any other day (``when_times``).
- „Plan ist, .ffhl im Februar oder Maerz 2016 abzuschalten“: a month offered as the other choice
  of two names neither month (``when_periods``; round 262: two alternative months are no day).
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from tests.normalize.test_heldout_dates import assert_heldout_read


def _start_end(text: str, today: date) -> tuple[str | None, str | None]:
    found = parse_when(text, today=today)
    return found.start, found.end


@pytest.mark.parametrize(
    "text",
    [
        "2015-07-16 19:30 .. 21:30",
        "2015-07-16 19:30...21:30",
        "am 16.07.2015 19:30 .. 21:30",
        "am 16.07.2015 19:30…21:30",
    ],
)
def test_dots_between_two_clocks_are_a_range(text: str) -> None:
    start, end = _start_end(text, date(2015, 7, 1))
    assert start == "2015-07-16T19:30:00+02:00"
    assert end == "2015-07-16T21:30:00+02:00"


def test_a_single_dot_between_two_numbers_stays_no_range() -> None:
    # „19.30“ is one clock, never the range „19 … 30“
    start, end = _start_end("am 16.07.2015 19.30 Uhr", date(2015, 7, 1))
    assert (start, end) == ("2015-07-16T19:30:00+02:00", None)


def test_minutes_heading_with_dotted_clock_range_real_string() -> None:
    assert_heldout_read(298, "Orga-Treffen #7 2015-07-16 19:30 .. 21:30")


@pytest.mark.parametrize(
    "text", ["im Februar oder März 2016", "in May or June 2026", "Juni oder Juli 2025: Umzug"]
)
def test_two_alternative_months_name_no_month(text: str) -> None:
    assert _start_end(text, date(2015, 11, 19)) == (None, None)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("im März 2016", "2016-03-01", "2016-03-31"),
        ("Februar und März 2016", "2016-02-01", "2016-03-31"),
        ("am 3. Februar oder März 2016", "2016-02-03", None),
    ],
)
def test_a_month_without_an_alternative_is_still_read(
    text: str, start: str, end: str | None
) -> None:
    assert _start_end(text, date(2015, 11, 19)) == (start, end)


def test_alternative_months_real_string() -> None:
    assert_heldout_read(298, "Plan ist, .ffhl im Februar oder Maerz 2016")

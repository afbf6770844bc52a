"""Whether the weekday beside a text's first day fits it (src/netdir/normalize/when_weekday_check.py)."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when_weekday_check import weekday_contradicts, weekday_refuses

TODAY = date(2017, 5, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Samstag, 14.06.2015, 14:00 Uhr",  # a Sunday (hexo-shackspace-events-2017-05)
        "Mo., 3. März 2026",  # a Tuesday
    ],
)
def test_a_weekday_that_is_not_the_days_contradicts_it(text: str) -> None:
    assert weekday_contradicts(text, TODAY)


@pytest.mark.parametrize(
    "text",
    [
        "Am Samstag den 20. Juni 2015 um 14 Uhr",
        "Samstag, 6. Juni 2015 ab 19 Uhr",
        "14.06.2015, 14:00 Uhr",  # no weekday written: nothing to contradict
        "jeden zweiten Freitag ab 19 Uhr",  # no day
    ],
)
def test_a_fitting_or_absent_weekday_does_not(text: str) -> None:
    assert not weekday_contradicts(text, TODAY)


def test_a_weekday_refuses_a_year_it_does_not_fit() -> None:
    # „Sat 19th November“ was a Saturday in 2022, not in 2023 (upcoming_years).
    assert not weekday_refuses("Sat 19th November", 2022, date(2022, 12, 1))
    assert weekday_refuses("Sat 19th November", 2023, date(2022, 12, 1))

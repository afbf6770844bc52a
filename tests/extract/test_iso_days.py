"""extract/iso_days: the day an ISO date or stamp opens with."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.extract.iso_days import iso_day


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2019-12-27", date(2019, 12, 27)),
        ("2019-12-27T11:00:00+01:00", date(2019, 12, 27)),
        ("2019-02-30", None),  # no such day
        ("27.12.2019", None),
        ("20191227", None),  # compact ISO is no exchange format's day
        ("", None),
        (None, None),
        (20191227, None),
    ],
)
def test_the_day_an_iso_value_opens_with(value: object, day: date | None) -> None:
    assert iso_day(value) == day

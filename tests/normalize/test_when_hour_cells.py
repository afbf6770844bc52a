"""normalize/when_hour_cells and when_schedule_rows: a table's from/to header makes two clock cells a
span and a bare weekday row a weekly rule ("Bogenabteilung | von | bis | Mittwoch | 17:00 | 20:00");
without the header two clock cells stay two clocks."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize import parse_when
from netdir.normalize.when_hour_cells import joined_hour_cells

_TODAY = date(2017, 11, 2)  # a Thursday


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("von | bis | Mittwoch | 17:00 | 20:00", "von | bis | Mittwoch | 17:00 - 20:00"),
        (
            "from | to | Monday | 9.30 | 12.00 | room 2",
            "from | to | Monday | 9.30 - 12.00 | room 2",
        ),
        (
            "Beginn | Ende | 8.11.2017 | 14:00 Uhr | 19:00 Uhr",
            "Beginn | Ende | 8.11.2017 | 14:00 - 19:00",
        ),
        ("Kino | 19:00 | 21:30", "Kino | 19:00 | 21:30"),  # two showtimes, no header
        ("von | bis | 10:00 | 12:00 | 14:00", "von | bis | 10:00 | 12:00 | 14:00"),  # three clocks
    ],
)
def test_clock_cells_under_a_from_to_header_are_a_span(text: str, joined: str) -> None:
    assert joined_hour_cells(text) == joined


def test_a_weekday_row_under_a_from_to_header_is_weekly() -> None:
    found = parse_when(
        "Kurzwaffenabteilung | von | bis | KK/GK | Sonntag | 10:00 | 12:00 | KK",
        today=_TODAY,
        day_first=True,
    )
    assert (found.start or "")[:16] == "2017-11-05T10:00"
    assert (found.end or "")[:16] == "2017-11-05T12:00"
    assert found.recurrence == "FREQ=WEEKLY;BYDAY=SU"


def test_a_dated_row_under_the_header_is_that_day() -> None:
    found = parse_when("von | bis | Mittwoch, 8.11. | 14:00 | 19:00", today=_TODAY, day_first=True)
    assert (found.start or "")[:16] == "2017-11-08T14:00"
    assert (found.end or "")[:16] == "2017-11-08T19:00"
    assert found.recurrence is None


def test_a_weekday_with_clock_cells_but_no_header_stays_one_day() -> None:
    found = parse_when("Dienstag | 14:00 | 19:00", today=_TODAY, day_first=True)
    assert (found.start or "")[:16] == "2017-11-07T14:00"
    assert found.recurrence is None

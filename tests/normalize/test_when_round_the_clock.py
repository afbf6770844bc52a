"""when_round_the_clock: an event said to last 24 hours ends the next day at its starting clock."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when


@pytest.mark.parametrize(
    ("text", "today", "start", "end"),
    [
        ("On Friday 20th March, starting at 5pm, Andrew will be running a 24hr jogathon",
         date(2015, 3, 16), "2015-03-20T17:00:00+01:00", "2015-03-21T17:00:00+01:00"),
        ("24-Stunden-Lauf am 5. Juli ab 12 Uhr", date(2025, 3, 16),
         "2025-07-05T12:00:00+02:00", "2025-07-06T12:00:00+02:00"),
        # over the change to summer time: the same wall clock the next day
        ("Sa., 28.03.2026, 24 Std.-Schwimmen ab 10 Uhr", date(2026, 3, 1),
         "2026-03-28T10:00:00+01:00", "2026-03-29T10:00:00+02:00"),
    ],
)  # fmt: skip
def test_a_24_hour_event_ends_a_day_later(text: str, today: date, start: str, end: str) -> None:
    found = parse_when(text, today=today, day_first=True)
    assert (found.start, found.end) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "Support line open 24 hours a day from 1 May at 9am",  # opening hours
        "Reply within 24 hours. Meeting on 5 May at 7pm",  # a reply time
        "Am 24.05. ab 10 Uhr",  # the 24th, a day
    ],
)
def test_other_24s_give_no_end(text: str) -> None:
    assert parse_when(text, today=date(2025, 3, 16), day_first=True).end is None

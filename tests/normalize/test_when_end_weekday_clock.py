"""An end clock written after its own weekday (``when_end_weekday_clock``).

A street festival's programme (the corpus page html-corso-leopold-programm-2026-09, mended in
session 65) gives each day over „Sa 16:00 bis Sa 23:00 Uhr“: the weekday between „bis“ and the
end's clock hid the range, and `netdir parse when` kept the start and lost the end.
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when

_BEFORE = date(2026, 6, 1)


def _read(text: str) -> tuple[str | None, str | None]:
    found = parse_when(text, today=_BEFORE)
    return (found.start or "")[:16] or None, (found.end or "")[:16] or None


def test_the_festival_day_ends_at_the_clock_after_its_weekday() -> None:
    # the page's day line and hours line, as the programme writes them
    assert _read("Sa 12. September 2026 Sa 16:00 bis Sa 23:00 Uhr") == (
        "2026-09-12T16:00",
        "2026-09-12T23:00",
    )


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # the next day's weekday: past midnight
        ("Fr 11.09.2026, 22:00 bis Sa 02:00 Uhr", "2026-09-11T22:00", "2026-09-12T02:00"),
        # a weekday two days on: a run over the weekend
        ("Sa 12.09.2026 10:00 Uhr - So. 18:00 Uhr", "2026-09-12T10:00", "2026-09-13T18:00"),
        # written out
        ("12.09.2026, 16:00 Uhr bis Samstag, 23:00 Uhr", "2026-09-12T16:00", "2026-09-12T23:00"),
    ],
)
def test_the_end_is_the_weekdays_first_day_from_the_start(text: str, start: str, end: str) -> None:
    assert _read(text) == (start, end)


def test_an_end_not_after_the_start_gives_nothing() -> None:
    # the same weekday, earlier in the day: no end can be told
    assert _read("Sa 12.09.2026 22:00 bis Sa 02:00 Uhr") == ("2026-09-12T22:00", None)


def test_only_the_range_from_the_starts_own_clock_counts() -> None:
    # „18:00“ is the start; the range „9:00 bis So 12:00“ belongs to another line
    text = "Sa 12.09.2026 um 18:00 Uhr. Vorverkauf 9:00 bis So 12:00 Uhr"
    assert _read(text)[1] is None

"""A timetable's row under a label of regular times is weekly (when_schedule_rows)."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize import parse_when
from netdir.normalize.when_schedule_rows import schedule_row_weekday


@pytest.mark.parametrize(
    ("text", "weekday"),
    [
        ("Trainingszeiten | Montag | 20:30 – 22:00 | TiB Budozentrum", 0),
        ("Probenzeiten: Dienstag 19:30 - 21:30", 1),
        ("Übungszeiten | Sonntag | 14:00 - 18:00", 6),
        ("Trainingszeiten: | Freitag | 19-22Uhr | PKG-Halle", 4),  # a colon and a pipe
        ("Trainingszeiten | Montag, 16. Januar | 20 Uhr", None),  # a dated day is one day
        ("Öffnungszeiten | Montag | 10:00 – 12:00", None),  # opening hours are no offering
        ("Training am Montag, 20:30 Uhr", None),  # no label of regular times
    ],
)
def test_a_bare_weekday_under_a_label_of_regular_times_is_found(
    text: str, weekday: int | None
) -> None:
    found = schedule_row_weekday(text)
    assert (found[0] if found is not None else None) == weekday


def test_a_training_row_gives_its_next_day_and_a_weekly_rule() -> None:
    found = parse_when(
        "Trainingszeiten | Samstag | 8:30 - 10:00 | Sporthalle", today=date(2023, 1, 9)
    )
    assert (found.start, found.end, found.recurrence) == (
        "2023-01-14T08:30:00+01:00",
        "2023-01-14T10:00:00+01:00",
        "FREQ=WEEKLY;BYDAY=SA",
    )


def test_a_row_under_a_seasons_timetable_runs_weekly_to_the_seasons_end() -> None:
    # the season's last day without its closing dot (when_period_dot), the winter under way
    found = parse_when(
        "Trainingszeiten | Sommerzeit (15.04. bis 15.10) | Dienstag, 17:00 bis 19:00 Uhr",
        today=date(2026, 5, 1),
    )
    assert (found.start, found.end, found.recurrence) == (
        "2026-05-05T17:00:00+02:00",
        "2026-10-15T19:00:00+02:00",
        "FREQ=WEEKLY;BYDAY=TU",
    )

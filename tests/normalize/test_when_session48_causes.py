"""Date causes of session 48's corpus leftovers: each with its real phrase and a guard."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from netdir.normalize.when_lists import day_list

# Cause: „02. & 07.10.2025“ — bare days before one numeric day share its month and year, as
# „2. und 7. Oktober 2025“ share their month word. The list was read as its first day only.


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("02. & 07.10.2025", ["02.10.2025", "07.10.2025"]),
        ("am 3. und 17.03.2026", ["3.03.2026", "17.03.2026"]),
        ("3., 10. und 17.03.", ["3.03.", "10.03.", "17.03."]),
        ("14. & 21.12., jeweils 19 Uhr", ["14.12., 19 Uhr", "21.12., 19 Uhr"]),
    ],
)
def test_bare_days_share_the_numeric_days_month(text: str, days: list[str]) -> None:
    assert day_list(text) == days


@pytest.mark.parametrize(
    "text",
    [
        "14. und 15.10.2025",  # following days: one event's run
        "Sa 2. & So 3.10.2025",
        "vom 2. bis 4. und 8.5.2025",  # a period and one more day
        "30. & 31.12.2025",
    ],
)
def test_following_or_ranged_bare_days_are_no_list(text: str) -> None:
    assert day_list(text) is None


def test_following_bare_days_stay_one_run() -> None:
    when = parse_when("14. und 15.10.2025", today=date(2025, 9, 1))
    assert (when.start, when.end) == ("2025-10-14", "2025-10-15")


# Cause: a hand-in notice was no event even when it names one day with its hours: „Diese können am
# Freitag, 31. März, zwischen 14 und 16:30 Uhr dort abgegeben werden“ (a book market's drop-off
# session, round 222) gave no date.

APRIL_2023 = date(2023, 4, 12)


def test_a_drop_off_session_on_one_day_keeps_its_day_and_hours() -> None:
    text = "Diese können am Freitag, 31. März, zwischen 14 und 16:30 Uhr dort abgegeben werden."
    when = parse_when(text, today=APRIL_2023)
    assert (when.start, when.end) == (
        "2023-03-31T14:00:00+02:00",
        "2023-03-31T16:30:00+02:00",
    )


@pytest.mark.parametrize(
    "text",
    [
        # a deadline's day and hour
        "Wahlvorschläge können bis Freitag, 23. Januar 2026, 18 Uhr, beim Fachbereich "
        "Bürgerangelegenheiten eingereicht werden.",
        # hours without a day
        "Die Bücher können jeweils von 14:30 bis spätestens 16:30 Uhr dort abgegeben werden.",
        # a period's weekly hours
        "Wer Bücher spenden möchte, kann diese Dinge vom 11. bis 26. November dienstags von "
        "10-12.30 Uhr im Gemeindebüro abgeben.",
    ],
)
def test_other_hand_in_notices_stay_without_a_date(text: str) -> None:
    when = parse_when(text, today=APRIL_2023)
    assert when.start is None


# Cause: „Date: Saturday, 28. February 2015 at 18 o’clock“ (a German hackerspace's English post):
# an hour of the day's second half with „o'clock“ was no clock, the day lost its start.

FEBRUARY_2015 = date(2015, 2, 20)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Saturday, 28. February 2015 at 18 o’clock", "2015-02-28T18:00:00+01:00"),
        ("February 28, 2015 at 20 o'clock", "2015-02-28T20:00:00+01:00"),
        # an hour that may be morning or evening stays unread
        ("February 28, 2015 at 6 o'clock", "2015-02-28"),
    ],
)
def test_an_afternoon_hour_oclock_is_a_clock(text: str, start: str) -> None:
    assert parse_when(text, today=FEBRUARY_2015).start == start

"""Causes found by held-out date rounds 209-211 (tests/normalize/date_strings_heldout_round209.yaml …211).

A calendar emoji (🗓, 📅, 📆) labels the day after it as „Datum:“ does: a social-media style
announcement writes „🗓 21.05 🕚 um 11:00 Uhr“, the month's closing dot left out, and the day is
read (``when_clean._UNDOTTED_DAY_AFTER_CALENDAR``). A number that a clock's „Uhr“ follows stays a
clock.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from netdir.normalize.when import parse_when
from tests.normalize.test_heldout_dates import load_heldout, score

ROUND209 = Path(__file__).parent / "date_strings_heldout_round209.yaml"


def test_a_calendar_emoji_before_a_day_without_its_closing_dot_gives_the_day_and_its_clock() -> (
    None
):
    found = parse_when(
        "Treffpunkt ist: 🗓 21.05 🕚 um 11:00 Uhr 📍 an der KHG (Molktestr. 9)",
        today=date(2022, 5, 12),
    )
    assert found.start is not None and found.start.startswith("2022-05-21T11:00")
    assert found.all_day is False


def test_the_emoji_with_its_variation_selector_and_a_one_digit_month() -> None:
    found = parse_when("Kommt am 🗓️ 15.9 🕞 um 16:00 Uhr 📍zum Rathausplatz", today=date(2023, 9, 1))
    assert found.start is not None and found.start.startswith("2023-09-15T16:00")


def test_a_clock_after_the_emoji_stays_a_clock_without_a_day() -> None:
    assert parse_when("📅 21.05 Uhr Treffen am Brunnen", today=date(2022, 5, 12)).start is None


def test_a_dotless_number_without_the_emoji_is_not_made_a_day() -> None:
    assert parse_when("Treffpunkt ist: 21.05 an der KHG", today=date(2022, 5, 12)).start is None


def test_the_real_strings_of_round_209_are_read() -> None:
    wanted = {"Treffpunkt ist: 🗓 21.05", "Kommt am 🗓 15.9"}
    cases = [
        case for case in load_heldout(ROUND209) if any(case.text.startswith(w) for w in wanted)
    ]
    assert len(cases) == 2
    assert all(score(case)[0] for case in cases)

"""Causes of misses left in older held-out date rounds, fixed in session 56.

- „Empfang von Sachen am Donnerstag, Freitag, Samstag 12.00-17:00“: three weekdays or more listed
  by commas alone, then one span of hours, are a place's weekly hours (round 223); a list closed
  by „und“ („am Freitag, Samstag und Sonntag 10-18 Uhr“, a festival's days) stays as it was:
  ``when_listed_weekdays``.
- „Die Jahreshauptversammlung … findet (meist) am letzten Montag im März statt.“: a habit's hedge
  („meist“, „in der Regel“, „usually“) before a named month's n-th weekday is a yearly rule, as
  „immer“ was (round 211); „war am letzten Montag im März“ stays one day: ``when_weekday_rules``
  (``_ALWAYS_BEFORE``) and the cues of ``when_recurrence``.
- „Vom 21.-22.09.2024 gibt es von 10 bis 23 Uhr bzw. Sonntags 10-18 Uhr …“: the weekday after
  „bzw.“ is the span's last day with its own hours, not a weekly rule (round 271):
  ``when_span_day_hours``.
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from tests.normalize.test_heldout_dates import assert_heldout_read


def test_weekdays_listed_by_commas_before_hours_are_weekly_hours() -> None:
    found = parse_when("Ausgabe Montag, Mittwoch, Freitag 10-12 Uhr", today=date(2022, 3, 1))
    assert found.recurrence == "FREQ=WEEKLY;BYDAY=MO,WE,FR"
    assert found.start is not None and found.start.startswith("2022-03-02T10:00")


def test_weekdays_listed_with_a_closing_und_stay_as_they_were() -> None:
    found = parse_when("Das Fest am Freitag, Samstag und Sonntag 10-18 Uhr", today=date(2022, 3, 1))
    assert found.recurrence is None


def test_a_hedged_habit_on_a_named_months_nth_weekday_is_yearly() -> None:
    found = parse_when(
        "Die Versammlung findet meist am ersten Freitag im Mai statt.", today=date(2024, 9, 25)
    )
    assert found.recurrence == "FREQ=YEARLY;BYMONTH=5;BYDAY=1FR"
    assert found.start == "2025-05-02"


def test_a_named_months_nth_weekday_without_a_hedge_stays_one_day() -> None:
    found = parse_when("Die Versammlung war am letzten Montag im März.", today=date(2024, 9, 25))
    assert found.recurrence is None


def test_a_spans_last_day_after_bzw_keeps_its_own_hours() -> None:
    found = parse_when(
        "Vom 5.-6.10.2024 ist von 11 bis 22 Uhr bzw. am Sonntag von 11 bis 17 Uhr geöffnet",
        today=date(2024, 5, 1),
    )
    assert found.recurrence is None
    assert found.start is not None and found.start.startswith("2024-10-05T11:00")
    assert found.end is not None and found.end.startswith("2024-10-06T17:00")


@pytest.mark.parametrize(
    ("round_number", "opening"),
    [
        (223, "Empfang von Sachen am Donnerstag, Freitag, Samstag"),
        (211, "Die Jahreshauptversammlung (JHV) des Vereins findet (meist)"),
        (271, "Vom 21.-22.09.2024 gibt es von 10 bis 23 Uhr bzw. Sonntags"),
    ],
)
def test_the_held_out_strings_of_these_causes(round_number: int, opening: str) -> None:
    assert_heldout_read(round_number, opening)

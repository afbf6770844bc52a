"""Causes of misses in older held-out date rounds fixed in session 54 (helper LATE2).

- „Das Analysis Café wird ab KW 18 (27.4.2020) … angeboten. Diese finden jeweils am Montag zur
  Vorlesungszeit (9:45-11:15) statt“: „jeweils am Montag“ is every Monday when the date stands in
  another sentence (the rule's first day); only a date in its own sentence („Am 3. und 4. Mai,
  jeweils am Samstag und Sonntag“) makes „jeweils“ spread over the days named. „zur …zeit“ after
  the weekday says its hours, no feast („am Sonntag zur Kirchweih“). „jeweils Mittwoch 11--12“
  (no „am“) is every Wednesday when its hours follow — not „jeweils Montag bis 09:00 Uhr“, a
  deadline (round 261): ``when_recurrence``.
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from netdir.normalize.when_recurrence import find_recurrence
from tests.normalize.test_heldout_dates import assert_heldout_read

# --- „jeweils am Montag“ beside a date in another sentence ---------------------------------------


def test_jeweils_am_weekday_after_a_start_date_in_another_sentence_is_weekly() -> None:
    found = parse_when(
        "Der Kurs beginnt am 4.5.2020. Er findet jeweils am Montag von 18 bis 19 Uhr statt.",
        today=date(2020, 4, 20),
    )
    assert found.recurrence == "FREQ=WEEKLY;BYDAY=MO"
    assert found.start == "2020-05-04T18:00:00+02:00"


def test_jeweils_am_weekday_in_the_dates_own_sentence_spreads_over_those_days() -> None:
    assert find_recurrence("Am 3. und 4. Mai, jeweils am Samstag und Sonntag") is None


def test_zur_zeit_after_the_weekday_says_its_hours() -> None:
    found = find_recurrence("Wir treffen uns jeweils am Montag zur Mittagszeit in der Mensa.")
    assert found is not None
    assert found.rule == "FREQ=WEEKLY;BYDAY=MO"


def test_zur_before_a_feast_still_names_one_day() -> None:
    assert find_recurrence("Wir feiern jeweils am Sonntag zur Kirchweih.") is None


# --- „jeweils Mittwoch 11--12“ -----------------------------------------------------------------


def test_jeweils_weekday_with_its_hours_is_weekly() -> None:
    found = find_recurrence("Die Sprechstunde findet jeweils Mittwoch 11--12 im Raum 3 statt.")
    assert found is not None
    assert found.rule == "FREQ=WEEKLY;BYDAY=WE"


def test_jeweils_weekday_until_a_clock_is_a_deadline() -> None:
    assert find_recurrence("Abgabe der Berichte jeweils Montag bis 09:00 Uhr im Portal.") is None


# --- the held-out strings ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("round_number", "opening"),
    [
        (261, "2020-04-23: Das Analysis Café wird ab KW 18"),
        (256, "Abgabe der Post Mortems jeweils Montag"),
    ],
)
def test_the_held_out_strings_of_these_causes(round_number: int, opening: str) -> None:
    assert_heldout_read(round_number, opening)

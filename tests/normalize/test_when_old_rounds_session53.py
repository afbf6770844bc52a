"""Causes of misses in older held-out date rounds fixed in session 53 (helper LATE1).

- „Am Montag, dem 16.02.2004, wurde an der … Gesamtschule nach der Idee von … eine
  Rollstuhlbasketball AG ins Leben gerufen“, „ein gemeinnütziger Verein …, der sich am 19. November
  2005 gegründet hat“, „1. April 2011. Gründungstag von Quarteera e. V.“: the day a club or group
  was founded is a history's record, no offering's day (rounds 253, 254): ``when_foundings``.
- „… lädt für den morgigen Samstag, 14 Uhr zu einem Spaziergang entlang der Trasse ein, die …“:
  „für den morgigen“ before a weekday counts from the page's day as „am morgigen“ does, in a long
  sentence too (round 210): ``when_relative``.
- „Am Wochenende des 17. und 18. Juni fanden auf der Anlage des Tennisclub Olching e.V. die
  Jugendclubmeisterschaften 2017 statt.“: an abbreviation's dot („e.V. die“) ends no sentence
  between „fanden“ and „statt“, so the year the report names beside its event is the day's
  (round 203): ``when_preview_year``.
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from tests.normalize.test_heldout_dates import assert_heldout_read

# --- foundings ---------------------------------------------------------------------------------


def test_a_founding_participle_closing_a_long_passive_clause_records_the_day() -> None:
    found = parse_when(
        "Am 3. Mai 1998 wurde in der Turnhalle der Grundschule von zwölf Eltern und zwei "
        "Lehrern eine Tischtennisgruppe ins Leben gerufen.",
        today=date(2024, 3, 1),
    )
    assert found.start is None
    assert found.published == "1998-05-03"


def test_a_relative_clause_founded_on_the_day_records_the_day() -> None:
    found = parse_when(
        "Der Chor, der sich am 12. Oktober 2001 gegründet hat, probt heute im Pfarrsaal.",
        today=date(2024, 3, 1),
    )
    assert found.published == "2001-10-12"
    assert found.start != "2001-10-12"


def test_a_founding_day_label_after_the_day_records_the_day() -> None:
    found = parse_when("7. Juni 1990. Gründungstag des Fördervereins", today=date(2024, 3, 1))
    assert found.start is None
    assert found.published == "1990-06-07"


def test_a_party_on_the_founding_day_keeps_its_day() -> None:
    found = parse_when("Feier zum Gründungstag am 5. Mai 2023 im Rathaus.", today=date(2023, 3, 1))
    assert found.start == "2023-05-05"


def test_a_founding_in_another_clause_leaves_the_day_alone() -> None:
    found = parse_when(
        "Am 5. Mai 2024 wurde gefeiert; der Verein wurde 1990 gegründet.", today=date(2024, 3, 1)
    )
    assert found.start == "2024-05-05"


# --- „für den morgigen Samstag“ ------------------------------------------------------------------


def test_for_tomorrows_weekday_in_a_long_sentence_is_tomorrow() -> None:
    found = parse_when(
        "Der Verein lädt für den morgigen Samstag, 14 Uhr zu einem Rundgang durch den Park ein, "
        "um die neuen Bäume zu zeigen, die im Frühjahr gepflanzt werden sollen.",
        today=date(2023, 10, 6),  # a Friday
    )
    assert found.start == "2023-10-07T14:00:00+02:00"


def test_for_todays_people_names_no_day() -> None:
    found = parse_when(
        "Wichtig für den heutigen Menschen ist Bewegung, sagt der Arzt, und am Ende zählt das.",
        today=date(2023, 10, 6),
    )
    assert found.start is None


# --- a report's year across an abbreviation --------------------------------------------------------


def test_a_reports_year_reaches_across_an_abbreviations_dot() -> None:
    found = parse_when(
        "Am 3. und 4. Juli fanden beim Schachclub Nord e.V. die Stadtmeisterschaften 2016 statt.",
        today=date(2019, 5, 31),
    )
    assert (found.start, found.end) == ("2016-07-03", "2016-07-04")


def test_a_full_stop_before_a_capital_still_ends_the_sentence() -> None:
    found = parse_when(
        "Am 3. Juli fanden wir uns im Park ein. Die Meisterschaften 2016 finden statt.",
        today=date(2019, 5, 31),
    )
    assert found.start is None or not found.start.startswith("2016")


# --- the held-out strings ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("round_number", "opening"),
    [
        (253, "Am Montag, dem 16.02.2004"),
        (253, "Mit dem Zusatz 05 e.V."),
        (254, "1. April 2011. Gründungstag"),
        (210, 'Die BI "Es ist zu laut'),
        (203, "Am Wochenende des 17. und 18. Juni"),
    ],
)
def test_the_held_out_strings_of_these_causes(round_number: int, opening: str) -> None:
    assert_heldout_read(round_number, opening)

"""Causes found by held-out date rounds 242-244 (tests/normalize/date_strings_heldout_round242.yaml …244).

- „Sa.15.10 | 19:30 | Konzert“, „Fr.09.09“: a weekday's abbreviation glued to a day whose closing
  dot is left out as well is still a day: ``when_clean`` (its glued-weekday rule).
- „Samstag, den 17.9.2022 Sonntag, den 18.9.2022“: two following days, each opening with its
  weekday, joined by a space alone are a period: ``when_pairs`` (``AND_DAY_GAP``).
- „Ab Mittwoch, 12.4.2017 Ausstellung … während der Öffnungszeiten Mittwochs + Freitags 15 –
  18:30 Uhr …“: the place's hours beside a run's first day are no rule of the run's:
  ``when_during_opening_hours``.
- „Übergabe der Büchereileitung … ab 01. Januar 2021“, „… welches die Büchereileitung ab
  01.01.2021 übernehmen wird“: the day an office changes hands is no event's:
  ``when_office_handovers`` (via ``when_roles``).
- „„Die Geschichte der getrennten Wege“ (Band 3) …erscheint im Mai 2017“: a publication's release
  is no event: ``when_releases``.
- „Die COVID-Regelungen des Landes sehen für die Weihnachtsferien, ab 27.12.2021, … geänderte
  Zugangsregelungen vor.“: the day a regulation applies from is no event's: ``when_regulations``.
- „Wir wünschen … ein Wiedersehen im September 2021.“: a reunion wished for: ``when_hopes``.
- „Im August/September 2016 neu eingestellt...“: new stock's months are no period:
  ``when_acquisitions``.
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from tests.normalize.test_heldout_dates import assert_heldout_read
from tests.normalize.when_reading import wall_clock_when

# --- a weekday glued to an undotted day ----------------------------------------------------------


def test_a_weekday_glued_to_an_undotted_day_is_that_day() -> None:
    today = date(2022, 9, 5)
    assert wall_clock_when("Sa.15.10 | 19:30 | Konzert | Ettingshausen", today) == (
        "2022-10-15T19:30",
        None,
    )
    assert wall_clock_when("SA.15.10 | 19:30 | Konzert", today) == ("2022-10-15T19:30", None)
    assert wall_clock_when("Fr.09.09 | 19:00 | Gottesdienst", today) == ("2022-09-09T19:00", None)


def test_a_weekday_glued_to_a_clock_is_no_day() -> None:
    # "10.30 Uhr" is a clock, not 10 March; and a bare "15.10" stays a number
    assert wall_clock_when("Sa.10.30 Uhr Treffen", date(2022, 9, 5)) == (None, None)
    assert wall_clock_when("15.10 | 19:30 | Konzert", date(2022, 9, 5)) == (None, None)


# --- two weekday lines joined by a space -----------------------------------------------------------


def test_two_following_weekday_lines_joined_by_a_space_are_a_period() -> None:
    today = date(2022, 6, 30)
    text = "Termin für unseren nächsten Flohmarkt: | Samstag, den 17.9.2022 Sonntag, den 18.9.2022"
    assert wall_clock_when(text, today) == ("2022-09-17", "2022-09-18")
    assert wall_clock_when("Samstag, 17.9. Sonntag, 18.9.", today) == ("2022-09-17", "2022-09-18")
    # a week apart they stay separate days, the first the start
    assert wall_clock_when("Samstag, 17.9. Sonntag, 25.9.", today) == ("2022-09-17", None)


# --- a run shown during the place's opening hours ---------------------------------------------------


def test_a_runs_first_day_beside_the_places_opening_hours_is_its_start() -> None:
    text = (
        "Ab Mittwoch, 12.4.2017 Ausstellung in der Bücherei Bilfingen, Ebbstraße während der "
        "Öffnungszeiten Mittwochs + Freitags 15 – 18:30 Uhr, Sonntags 10:30 – 12 Uhr"
    )
    found = parse_when(text, today=date(2017, 4, 11))
    assert (found.start, found.recurrence) == ("2017-04-12", None)


def test_opening_hours_without_a_day_before_them_stay_a_weekly_rule() -> None:
    text = "Während der Öffnungszeiten dienstags von 10 bis 12 Uhr ist die Ausleihe möglich."
    found = parse_when(text, today=date(2017, 4, 11))
    assert found.recurrence == "FREQ=WEEKLY;BYDAY=TU"


# --- an office handed over --------------------------------------------------------------------------


def test_the_day_an_office_changes_hands_is_no_event() -> None:
    today = date(2020, 11, 24)
    assert wall_clock_when(
        "Übergabe der Büchereileitung nach 47 Jahren an das Nachfolger-Leitungsteam ab 01. Januar 2021",
        today,
    ) == (None, None)
    assert wall_clock_when(
        "Ein 3er-Team hat sich gefunden, welches die Büchereileitung ab 01.01.2021 übernehmen wird.",
        today,
    ) == (None, None)


def test_an_office_named_without_a_handover_keeps_its_day() -> None:
    text = "Die Leitung der Führung hat ab 14 Uhr am 5. Dezember Herr Maier."
    assert wall_clock_when(text, date(2020, 11, 24)) == ("2020-12-05T14:00", None)


# --- a publication's release ------------------------------------------------------------------------


def test_a_publications_release_is_no_event() -> None:
    today = date(2017, 2, 12)
    text = "„Die Geschichte der getrennten Wege“ (Band 3) …erscheint im Mai 2017"
    assert wall_clock_when(text, today) == (None, None)
    assert wall_clock_when("Die nächste Ausgabe erscheint am 15. März.", today) == (None, None)


def test_someone_appearing_on_a_day_keeps_it() -> None:
    text = "Der Nikolaus erscheint am 6. Dezember um 17 Uhr auf dem Marktplatz."
    assert wall_clock_when(text, date(2017, 11, 20)) == ("2017-12-06T17:00", None)


# --- a regulation from a day on ---------------------------------------------------------------------


def test_the_day_a_regulation_applies_from_is_no_event() -> None:
    text = (
        "Die COVID-Regelungen des Landes sehen für die Weihnachtsferien, ab 27.12.2021, für "
        "Schülerinnen und Schüler geänderte Zugangsregelungen vor."
    )
    assert wall_clock_when(text, date(2021, 12, 19)) == (None, None)


def test_an_event_held_under_the_rules_keeps_its_day() -> None:
    text = "Leider kann aufgrund der aktuellen Vorschriften unser Wandertag am 03. Oktober nicht stattfinden."
    assert wall_clock_when(text, date(2020, 9, 1)) == ("2020-10-03", None)


# --- a wished reunion, new stock's months -------------------------------------------------------------


def test_a_reunion_wished_for_names_no_time() -> None:
    today = date(2020, 7, 23)
    text = "Wir wünschen allen Bücherflohmarkt-Freunden Gesundheit und ein Wiedersehen im September 2021."
    assert wall_clock_when(text, today) == (None, None)
    # a reunion on a day at an event keeps it
    text = "Wir freuen uns auf ein Wiedersehen am 12. Mai 2021 beim Sommerfest."
    assert wall_clock_when(text, today) == ("2021-05-12", None)


def test_new_stocks_months_are_no_period() -> None:
    assert wall_clock_when("Im August/September 2016 neu eingestellt...", date(2016, 10, 19)) == (
        None,
        None,
    )
    assert wall_clock_when("Neuerwerbungen März 2024", date(2024, 3, 20)) == (None, None)
    text = "Neu eingestellte Bücher ab 5. März ausleihbar"
    assert wall_clock_when(text, date(2017, 2, 20)) == ("2017-03-05", None)


@pytest.mark.parametrize(
    ("round_number", "opening"),
    [
        (244, "Fr.09.09"),
        (244, "SA.15.10"),
        (244, "Sa.15.10"),
        (243, "Termin für unseren nächsten Flohmarkt: | Samstag"),
        (243, "Ab Mittwoch, 12.4.2017"),
        (243, "Übergabe der Büchereileitung"),
        (243, "In der Bücherei Bilfingen hat sich jetzt"),
        (243, "„Die Geschichte der getrennten Wege“"),
        (243, "Die COVID-Regelungen des Landes"),
        (243, "Die Bücherei Bilfingen hat seit Sonntag"),
        (243, "Wir wünschen allen Bücherflohmarkt-Freunden"),
        (243, "Im August/September 2016"),
    ],
)
def test_the_held_out_strings_of_these_causes(round_number: int, opening: str) -> None:
    assert_heldout_read(round_number, opening)

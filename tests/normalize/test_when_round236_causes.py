"""Causes found by held-out date rounds 236-238 (tests/normalize/date_strings_heldout_round236.yaml …238).

- „Am Dienstag wurde die Feuerwehr … alarmiert“ posted on a Tuesday: an emergency call told in the
  past names the report's own day (not the week before): ``when_incident_reports``.
- „Geöffnet: Bis 9.12.2023 | Di/Mi/Do 15:00 – 18:00“: a row of weekdays beside a run's end is the
  weekly opening hours, no run's start: ``when_opening_weekdays``.
- „Online-Artikel der Braunschweiger Zeitung von Ann Claire Richter am 08.09.2022“, „(s. Artikel
  „…“, BZ vom 22.12.2021)“: a reprinted piece's credit line and a citation date the press:
  ``when_press_dates``.
- „… die Bilder selbst bis zum 29.9. an <…> zu schicken“, „send links … by 30 June 2024“: the last
  day to send something: ``when_signup``, ``when_roles``.
- „Die Wartungsarbeiten beginnen am 19. April …“, „Der Abschluss aller Arbeiten ist für den
  Februar 2022 geplant“, „bis Herbst 2023 die … Register bauen“: works' times: ``when_completion``.
- „Die Instrumente könnten schon im Herbst 2023 erklingen“, „Wenn bis Ende dieses Jahres …“: a
  hoped-for time and a condition's deadline: ``when_hopes``.
- „Laufzeit: 23.8 - 13.9, Di-Fr 13-17“: a run label's days without their dots and hours without
  „Uhr“: ``when_run_label``.
- „Wir haben auf den ursprünglich vorgesehenen Termin 7.5. verzichtet“: a day renounced:
  ``when_history``.
- „wie Plätze …, im Sommer, …, im Winter aussehen“: two yearless seasons set against each other:
  ``when_season_contrast``.
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from tests.normalize.test_heldout_dates import assert_heldout_read
from tests.normalize.when_reading import wall_clock_when

# --- an emergency call reported on its day ---------------------------------------------------------


def test_an_alarm_told_on_its_weekday_is_that_day() -> None:
    text = "Am Dienstag wurde die Feuerwehr zu einem Gefahrguteinsatz alarmiert."
    assert wall_clock_when(text, date(2026, 4, 28)) == ("2026-04-28", None)  # a Tuesday
    assert wall_clock_when(text, date(2026, 4, 30)) == ("2026-04-28", None)  # two days later


def test_a_club_report_on_its_weekday_is_the_week_before() -> None:
    # a report written after the outing, on the same weekday: the Saturday before (round 228)
    text = "Bei bestem Wetter wurden am Samstag 62 Fahrer um 12 Uhr auf die Strecke geschickt."
    assert wall_clock_when(text, date(2022, 7, 9))[0] == "2022-07-02T12:00"


# --- weekly opening hours beside a run's end ------------------------------------------------------


def test_weekday_rows_beside_a_runs_end_are_opening_hours() -> None:
    text = "Geöffnet: Bis 9.12.2023 | Di/Mi/Do 15:00 – 18:00 und nach Vereinbarung"
    assert wall_clock_when(text, date(2023, 11, 9)) == (None, "2023-12-09")
    text = "Die Ausstellung ist bis zum 12. April am Dienstag, Mittwoch und Donnerstag von 15 bis 18 Uhr geöffnet."
    assert wall_clock_when(text, date(2025, 3, 14)) == (None, "2025-04-12")


def test_one_weekday_beside_a_runs_end_is_still_its_start() -> None:
    text = "Vernissage ist am Samstag, geöffnet ist die Ausstellung bis 6. Mai."
    assert wall_clock_when(text, date(2023, 4, 12)) == ("2023-04-15", "2023-05-06")


# --- press credit lines and citations --------------------------------------------------------------


def test_a_reprinted_articles_credit_line_is_no_event() -> None:
    text = "Online-Artikel der Braunschweiger Zeitung von Ann Claire Richter am 08.09.2022."
    found = parse_when(text, today=date(2022, 10, 29))
    assert (found.start, found.published) == (None, "2022-09-08")
    text = "Beitrag des Radio Okerwelle von Helmut Priedigkeit am 26.11.2020."
    assert wall_clock_when(text, date(2020, 11, 26)) == (None, None)


def test_a_bracketed_citation_of_a_paper_is_no_event() -> None:
    text = (
        "Sie reisten nach Cardiff (s. Artikel „Das Vorbild steht in Cardiff“, BZ vom 22.12.2021)."
    )
    assert wall_clock_when(text, date(2022, 7, 21)) == (None, None)


# --- sending deadlines ----------------------------------------------------------------------------


def test_the_last_day_to_send_is_a_deadline() -> None:
    text = "Bitte schickt die Bilder selbst bis zum 29.9. an <asphalt@example.org>."
    found = parse_when(text, today=date(2021, 9, 1))
    assert (found.start, found.end, found.deadline) == (None, None, "2021-09-29")
    text = "Please send the images to rewilding@example.org by 30 June 2024."
    assert wall_clock_when(text, date(2024, 5, 23)) == (None, None)


# --- works, hopes, conditions ---------------------------------------------------------------------


def test_works_beginning_and_ending_are_no_offerings() -> None:
    assert wall_clock_when(
        "Der Abschluss aller Arbeiten ist für den Februar 2022 geplant.", date(2021, 4, 15)
    ) == (
        None,
        None,
    )
    text = "Die Wartungsarbeiten beginnen am 19. April und am 1. Advent erfolgt die Wiederinbetriebnahme."
    assert wall_clock_when(text, date(2021, 4, 15)) == (None, None)
    # a rehearsal beginning is an offering's day
    assert wall_clock_when("Die Proben beginnen am 19. April.", date(2021, 4, 15)) == (
        "2021-04-19",
        None,
    )


def test_a_hoped_for_season_and_a_conditions_deadline_are_no_offerings() -> None:
    assert wall_clock_when(
        "Die Orgeln könnten schon im Herbst 2023 erklingen.", date(2022, 10, 29)
    ) == (
        None,
        None,
    )
    text = "Wenn bis Ende dieses Jahres noch Spenden zusammenkommen, wird gebaut."
    assert wall_clock_when(text, date(2019, 11, 16)) == (None, None)
    # an inauguration announced for a season keeps it (round 193's „im Sommer 2021 statt“)
    text = "Die neuen Register werden im Sommer 2025 eingebaut und feierlich eingeweiht."
    assert wall_clock_when(text, date(2025, 1, 25)) == ("2025-06-01", "2025-08-31")


# --- a run label's line, a renounced day, contrasted seasons --------------------------------------


def test_a_run_labels_undotted_days_and_bare_hours() -> None:
    assert wall_clock_when("Laufzeit: 23.8 - 13.9, Di-Fr 13-17", date(2024, 8, 16)) == (
        "2024-08-23T13:00",
        "2024-09-13T17:00",
    )
    assert wall_clock_when("Zeitraum: 1.5 - 2.5 km", date(2024, 8, 16)) == (None, None)


def test_a_renounced_day_is_no_event() -> None:
    text = "Wir haben auf den ursprünglich vorgesehenen Termin 7.5. verzichtet, weil dann ein Fest ist."
    assert wall_clock_when(text, date(2024, 4, 27)) == (None, None)


def test_two_yearless_seasons_set_against_each_other_are_no_period() -> None:
    text = "Sie zeigt, wie Plätze, die im Sommer überlaufen sind, im Winter aussehen."
    assert wall_clock_when(text, date(2021, 6, 15)) == (None, None)
    assert wall_clock_when("Das Fest findet im Sommer statt.", date(2021, 3, 1)) == (
        "2021-06-01",
        "2021-08-31",
    )


# --- the real strings ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("round_number", "opening"),
    [
        (236, "Geöffnet: Bis"),
        (236, "Die Ausstellung mit Fotografien von Erika"),
        (236, "Wir bitten alle an der Teilnahme"),
        (236, "We ask all those interested"),
        (236, "Wir haben auf den ursprünglich"),
        (236, "Laufzeit: 23.8"),
        (236, "Ana Opalić zeigt"),
        (237, "Am Montagabend kam es"),
        (237, "Am Donnerstagmorgen wurde"),
        (237, "Am Dienstag wurde die Feuerwehr"),
        (237, "Zur unangekündigten Nachübung"),
        (238, "Online-Artikel der Braunschweiger Zeitung"),
        (238, "Beitrag des Radio Okerwelle"),
        (238, "Ende 2021 fuhren"),
        (238, "Die Instrumente könnten"),
        (238, "„Wenn wir bis Januar 2023"),
        (238, "Wenn bis Ende dieses Jahres"),
        (238, "Die Wartungsarbeiten beginnen"),
        (238, "Der Abschluss aller Arbeiten"),
    ],
)
def test_the_held_out_strings_of_these_causes(round_number: int, opening: str) -> None:
    assert_heldout_read(round_number, opening)

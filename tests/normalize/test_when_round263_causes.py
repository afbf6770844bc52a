"""Causes found by held-out date rounds 263-265 (tests/normalize/date_strings_heldout_round263.yaml …265).

- „Die nächste Anmeldephase beginnt am 8. November um 15 Uhr“, „Die Anmeldephase für Freizeiten …
  startet am Samstag, den 11.11.2017“, „Am Sonntag den 10.11.2019 ab 15 Uhr ist es möglich sich für
  die Freizeiten … anzumelden“, „Anmeldungen für 2018: ab dem 11.11.2017 online“: when sign-up opens
  is no event's day: ``when_sales``, ``when_signup``.
- „Frühbucher | bis zum 30.11.2020 | 128 EUR“, „Last-Minute | ab dem 04.05.2021 | 244 EUR“, „Bis zum
  30.11.2019 gibt es einen Rabatt von 10% auf alle Freizeiten“: a price step's or a discount's day
  is no event's day: ``when_prices``.
- „Wettbewerb | April 2017 | 10. Hilde Zadek Wettbewerb | …“: an ordinal before a named competition
  after a month cell counts editions, no day of that month: ``when_month_rows``.
- „Die Kündigung der Mitgliedschaft hat bis 31.12. des laufenden Jahres … zu erfolgen“: the last day
  to give notice is a deadline: ``when_signup``.
- „Silvester ist immer eine Zäsur, die zum Nachdenken … einlädt“, „Muss ich dann predigen? Am
  Sonntag? Vor allen?“: a feast's yearly habit and a weekday asked about name no day set:
  ``when_asked_days``.
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from netdir.normalize.when_asked_days import names_no_day_set
from netdir.normalize.when_month_rows import with_month_heading
from netdir.normalize.when_prices import is_price_tier
from tests.normalize.test_heldout_dates import assert_heldout_read
from tests.normalize.when_reading import wall_clock_when

# --- sign-up opening -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Die Anmeldephase beginnt am 3. März um 10 Uhr.",
        "Der Anmeldestart für das Zeltlager ist am Montag, den 2. März 2026 – bitte vormerken!",
        "Die Anmeldephase für alle Freizeiten startet am Samstag, den 7.3.2026.",
        "Am Montag, 2. März 2026 ab 10 Uhr ist es möglich, sich für die Sommerfreizeiten anzumelden.",
        "Anmeldungen für 2027: ab dem 1.10.2026 online.",
        "Anmeldebeginn: 1.10.2026",
    ],
)
def test_when_sign_up_opens_is_no_events_day(text: str) -> None:
    found = parse_when(text, today=date(2026, 2, 1))
    assert found.start is None and found.end is None, found


def test_an_event_with_sign_up_words_keeps_its_day() -> None:
    # the camp's own day, sign-up named without an opening
    text = "Das Zeltlager beginnt am Samstag, den 7.3.2026. Anmeldung bei Anna."
    assert wall_clock_when(text, date(2026, 2, 1))[0] == "2026-03-07"
    # a check-in on the event's day stays the event's (the clock, then the start's)
    text = "Die Einschreibung beginnt am Sonntag, 8. März 2026 ab 9 Uhr, Start ist um 10 Uhr."
    assert wall_clock_when(text, date(2026, 2, 1))[0] is not None


# --- price steps and discounts ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Frühbucher | bis zum 30.11.2026 | 128 EUR",
        "Last-Minute | ab dem 04.05.2027 | 244 EUR",
        "Normal | ab dem 1.12.2026 | 141 €",
        "Bis zum 30.11.2026 gibt es einen Rabatt von 10% auf alle Freizeiten.",
        "Bis 1. Mai gilt der Frühbucherpreis von 35 Euro.",
    ],
)
def test_a_price_step_or_a_discounts_day_is_no_events_day(text: str) -> None:
    assert is_price_tier(text)
    found = parse_when(text, today=date(2026, 10, 1))
    assert found.start is None and found.end is None, found


def test_a_row_with_a_price_but_an_events_day_is_no_price_step() -> None:
    assert not is_price_tier("Konzert | 30.11.2026 | 12 EUR")  # no „bis“ or „ab“
    assert not is_price_tier("Frühbucher | bis zum 30.11.2026 | Anmeldung")  # no amount
    assert not is_price_tier("Bis zum 30.11.2026 ist die Ausstellung geöffnet.")
    assert wall_clock_when("Konzert | 30.11.2026 | 12 EUR", date(2026, 10, 1))[0] == "2026-11-30"


# --- edition ordinals under a month cell -----------------------------------------------------------


def test_an_ordinal_before_a_named_competition_is_no_day_of_the_month_cell() -> None:
    text = "Wettbewerb | April 2017 | 10. Hilde Zadek Wettbewerb | Finale im Musikverein."
    assert with_month_heading(text) == text
    assert wall_clock_when(text, date(2019, 1, 3)) == ("2017-04-01", "2017-04-30")
    text = "Kongress | Mai 2026 | 7. Internationaler Gesangskongress | Wien"
    assert with_month_heading(text) == text


def test_a_bare_day_under_a_month_cell_still_takes_the_month() -> None:
    assert with_month_heading("Januar 2016 | 10. Tanzsonntag") == "10. Januar 2016 Tanzsonntag"
    assert wall_clock_when("Januar 2026 | 10. Tanzsonntag", date(2025, 12, 1))[0] == "2026-01-10"
    # a day before a lowercase or one-word title is a day
    assert with_month_heading("Mai | 12. Turnier") == "12. Mai Turnier"


# --- a notice's last day ---------------------------------------------------------------------------


def test_the_last_day_to_give_notice_is_a_deadline() -> None:
    text = "Die Kündigung der Mitgliedschaft hat bis 31.12. des laufenden Jahres schriftlich zu erfolgen."
    found = parse_when(text, today=date(2026, 4, 22))
    assert found.start is None and found.end is None, found
    text = "Die Kündigung ist bis zum 30. September 2026 möglich."
    found = parse_when(text, today=date(2026, 4, 22))
    assert found.start is None and found.end is None, found


# --- a feast's habit and a weekday asked about ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Silvester ist immer eine Zäsur, die zum Nachdenken einlädt.",
        "Weihnachten ist jedes Jahr etwas Besonderes für uns.",
        "Aber auf der Kanzel? Muss ich dann predigen? Am Sonntag? Vor allen? – So ist es gedacht.",
    ],
)
def test_a_feasts_habit_or_a_weekday_asked_about_names_no_day(text: str) -> None:
    assert names_no_day_set(text)
    found = parse_when(text, today=date(2026, 10, 29))
    assert found.start is None and found.end is None, found


def test_a_feast_or_weekday_set_for_an_event_keeps_its_day() -> None:
    assert not names_no_day_set("Silvester feiern wir gemeinsam im Gemeindehaus.")
    assert not names_no_day_set("Silvester ist immer am 31.12. – wir feiern ab 20 Uhr.")  # a digit
    assert not names_no_day_set("Wir treffen uns am Sonntag. Kommst du?")
    assert (
        wall_clock_when("Wir treffen uns am Sonntag. Kommst du?", date(2026, 10, 29))[0]
        == "2026-11-01"
    )
    assert wall_clock_when("Silvester feiern wir gemeinsam.", date(2026, 10, 29))[0] == "2026-12-31"


@pytest.mark.parametrize(
    ("round_number", "opening"),
    [
        (265, "Die nächste Anmeldephase beginnt"),
        (265, "Am Sonntag den 10.11.2019"),
        (265, "Anmeldungen für 2018"),
        (265, "Richtig gehört"),
        (265, "Frühbucher | bis zum"),
        (265, "Last-Minute | ab dem"),
        (265, "Bis zum 30.11.2019 gibt es"),
        (265, "Silvester ist immer"),
        (265, "Begeistert von Gott reden?"),
        (264, "Wettbewerb | April 2017"),
        (264, "Wettbewerb | April 2015"),
        (264, "Kündigung."),
    ],
)
def test_the_held_out_strings_of_these_causes(round_number: int, opening: str) -> None:
    assert_heldout_read(round_number, opening)

"""Causes found by held-out date rounds 278-280 (tests/normalize/date_strings_heldout_round278.yaml …280).

- „Nachdem ich letztes Jahr an Allerheiligen auf der Radlseehütte war …“: „letztes Jahr“ written
  with a capital J set no year (the pre-test looked for „jahr“): ``when_days``.
- „am verlängerten Fronleichnamswochenende“, „das verlängerte Allerheiligen-Wochenende“: a long
  weekend of Corpus Christi or of a holiday on a fixed day: ``when_feast_weekends`` (and
  ``when_feasts``, which no longer reads the holiday's one day from the compound).
- „Allererstes Biotop-Treffen (28.-30.-07.2017)“: a hyphen typed again before the month of a run
  of days: ``when_clean``.
- „ging vergangenes Wochenende in Villach über die Bühne“ (a place after „in“), „das Endergebnis der
  Wahl vom letzten Sonntag“ (a thing of last Sunday): ``when_relative``.
- „Die rassistischen Morde vom 19. Februar 2020 …“: a killing named with its day is a death's
  day: ``when_notices``.
- „Am 31.3. 2012 trat der Vertrag … in Kraft“, „Am 9.2.2012 beschließt die
  Stadtverordnetenversammlung …“, „ein Staatsvertrag zwischen … vom 12. November 1918“, „seine
  Aussage im WK vom 23.8.2017“: a rule taking effect, a decision, a treaty's and a quoted
  statement's day: ``when_roles``.
- „der während der Schulzeit jeden Freitag von 14 bis 18 Uhr und während dreier Wochen in den
  Sommerferien … stattfindet“: a rule of the school term keeps its next day though holidays are
  named: ``when``.
- „Dienstag – Regen | … Es regnete gleich am Morgen.“: a diary's weekday heading over a text told in
  the past: ``when_weekday_headings``.
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from netdir.normalize.when_feast_weekends import feast_weekend
from netdir.normalize.when_weekday_headings import weekday_heading_told
from tests.normalize.test_heldout_dates import assert_heldout_read


def _day(text: str, today: date) -> tuple[str | None, str | None]:
    found = parse_when(text, today=today)
    return (found.start[:10] if found.start else None), (found.end[:10] if found.end else None)


# --- last year, capitalised -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Nachdem ich letztes Jahr an Allerheiligen auf der Hütte war, wollte ich wieder hin.",
            "2022-11-01",
        ),
        ("Im vergangenen Jahr fand das Fest am 14. Juli statt.", "2022-07-14"),
        ("Letztes Jahr war das Konzert am 3. Mai.", "2022-05-03"),
    ],
)
def test_last_year_capitalised_gives_last_years_day(text: str, day: str) -> None:
    assert _day(text, date(2023, 11, 3))[0] == day


def test_this_years_day_stays_without_last_year() -> None:
    assert _day("Das Fest findet am 14. Juli statt.", date(2023, 6, 3))[0] == "2023-07-14"


# --- a feast's long weekend ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "today", "span"),
    [
        (
            "am verlängerten Fronleichnamswochenende",
            date(2022, 6, 28),
            ("2022-06-16", "2022-06-19"),
        ),
        # All Saints' Day on a Friday: to the Sunday after; on a Tuesday: from the Saturday before
        (
            "das verlängerte Allerheiligen-Wochenende",
            date(2019, 11, 2),
            ("2019-11-01", "2019-11-03"),
        ),
        ("am Allerheiligenwochenende", date(2022, 10, 20), ("2022-10-29", "2022-11-01")),
        ("am Himmelfahrtswochenende", date(2022, 6, 28), ("2022-05-26", "2022-05-29")),
    ],
)
def test_a_feasts_long_weekend(text: str, today: date, span: tuple[str, str]) -> None:
    found = feast_weekend(text, today)
    assert found is not None and (found.start, found.end) == span
    assert _day(text, today) == span


def test_a_wednesdays_holiday_makes_no_long_weekend() -> None:
    assert (
        feast_weekend("am Allerheiligen-Wochenende", date(2023, 10, 20)) is None
    )  # 1.11.2023: Wed


def test_the_holiday_alone_stays_its_day() -> None:
    assert _day("Anreise an Allerheiligen", date(2019, 11, 2)) == ("2019-11-01", None)


# --- a hyphen before the month of a run of days -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Allererstes Biotop-Treffen (28.-30.-07.2017)", ("2017-07-28", "2017-07-30")),
        ("Zweites Treffen (17.-19.-11.2017)", ("2017-11-17", "2017-11-19")),
        ("Treffen (28.-30.07.2017)", ("2017-07-28", "2017-07-30")),
    ],
)
def test_a_run_with_a_hyphen_before_its_month(text: str, span: tuple[str, str]) -> None:
    assert _day(text, date(2018, 1, 3)) == span


# --- a weekend with a place after it, a thing of last Sunday -------------------------------------------


def test_last_weekend_with_a_place_after_it() -> None:
    text = (
        "Nun fand es also statt: das Treffen ging vergangenes Wochenende in Villach über die Bühne."
    )
    assert _day(text, date(2017, 8, 2)) == ("2017-07-29", "2017-07-30")


def test_a_weekend_in_the_holidays_stays_unread() -> None:
    assert _day("am letzten Wochenende in den Ferien", date(2017, 8, 2)) == (None, None)


def test_a_thing_of_last_sunday_looks_back() -> None:
    text = "Hier ist es nun, das amtliche Endergebnis der Wahl vom letzten Sonntag."
    assert _day(text, date(2021, 3, 18)) == ("2021-03-14", None)
    assert _day("Treffen am letzten Sonntag", date(2021, 3, 18)) == (None, None)  # a month's last?


# --- a killing's day ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Die rassistischen Morde vom 19. Februar 2020 waren der traurige Höhepunkt rechter Gewalt.",
        "Das Attentat von Sarajevo am 28. Juni 1914 war der Anlass für den Ersten Weltkrieg.",
    ],
)
def test_a_killing_named_with_its_day_is_none(text: str) -> None:
    assert _day(text, date(2021, 2, 19)) == (None, None)


def test_a_vigil_named_before_the_killing_keeps_its_day() -> None:
    text = (
        "Für Freitag,12. Februar 2021, hatte die Stadtteilkonferenz zu einer Mahnwache anlässlich"
        " des Femizides an Sevinc M. am 1. Februar aufgerufen."
    )
    assert _day(text, date(2021, 2, 13)) == ("2021-02-12", None)


# --- effect, decision, treaty, quoted statement ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Am 31.3. 2012 trat der Vertrag zwischen der Stadt (51%) und dem Konzern (49%) in Kraft.",
        "Am 9.2.2012 beschließt die Stadtverordnetenversammlung den Teilverkauf der Klinik.",
        "Am 3. Mai beschlossen die Mitglieder eine neue Satzung.",
        "Dem Betrieb liegt ein Staatsvertrag zwischen dem Schweizer Bundesrat und dem König von"
        " Italien, Vittorio Emanuele III., vom 12. November 1918 zugrunde.",
        "Der Dezernent möge seine Aussage im WK vom 23.8.2017 erläutern.",
    ],
)
def test_days_of_effect_decision_treaty_and_statement_are_none(text: str) -> None:
    assert _day(text, date(2021, 2, 8)) == (None, None)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Das hat der Rat am Dienstag, 14. Mai 2019, beschlossen.", "2019-05-14"),  # the meeting's
        ("Der Vortrag vom 12. Mai findet im Saal statt.", "2021-05-12"),  # a talk, no contract
    ],
)
def test_other_days_stay(text: str, day: str) -> None:
    assert _day(text, date(2021, 2, 8))[0] == day


# --- a rule of the school term ----------------------------------------------------------------------------


def test_a_school_terms_rule_with_holiday_weeks_added_keeps_its_next_day() -> None:
    text = (
        "Besonders beliebt ist der „active-park“, der während der Schulzeit jeden Freitag von 14 bis"
        " 18 Uhr und während dreier Wochen in den Sommerferien auf dem Platz stattfindet."
    )
    found = parse_when(text, today=date(2021, 1, 9))
    assert found.start == "2021-01-15T14:00:00+01:00" and found.recurrence == "FREQ=WEEKLY;BYDAY=FR"


def test_a_rule_inside_the_holidays_alone_gives_no_day() -> None:
    text = "Montags bis Freitags von 8 bis 16 Uhr in den Sommerferien."
    assert parse_when(text, today=date(2021, 1, 9)).start is None


# --- a diary's weekday heading -----------------------------------------------------------------------------


def test_a_weekday_heading_over_a_past_text() -> None:
    text = "Dienstag – Regen | Tja, der Wetterbericht verhieß nichts Gutes. Es regnete gleich am Morgen."
    found = weekday_heading_told(text, date(2019, 4, 28))
    assert found is not None and found.start == "2019-04-23"


@pytest.mark.parametrize(
    "text",
    [
        "Samstag: Anreise",  # a plan's heading
        "Montag – Freitag: geschlossen, es war schön",  # a run of weekdays
        "Dienstag: 10-12 Uhr",  # hours
        "Dienstag – Regen | Es regnete am 23.4. den ganzen Tag.",  # a dated text
    ],
)
def test_other_openings_are_no_such_heading(text: str) -> None:
    assert weekday_heading_told(text, date(2019, 4, 28)) is None


# --- the real held-out strings ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("round_number", "opening"),
    [
        (280, "Nachdem ich letztes Jahr an Allerheiligen"),
        (280, "Bin relativ kurzfristig auf die Idee"),
        (280, "Der Plan | Ich wollte das verlängerte"),
        (279, "Biotop Kick-Off Meeting"),
        (279, "Biotop Meeting - November 2017"),
        (279, "Nun fand es also statt"),
        (278, "Hier ist es nun, das amtliche Endergebnis"),
        (278, "Die rassistischen Morde"),
        (280, "Ungefähr so groß wie Nürnberg"),
        (278, "Am 31.3. 2012 trat der Vertrag"),
        (278, "Am 9.2.2012 beschließt"),
        (280, "Die Strecke wurde übrigens erst 1923"),
        (278, "Vor dem Hintergrund, dass in diesem Sommer"),
        (278, "Besonders beliebt ist der „active-park“"),
        (280, "Dienstag – Regen"),
    ],
)
def test_the_held_out_strings_of_these_causes(round_number: int, opening: str) -> None:
    assert_heldout_read(round_number, opening)

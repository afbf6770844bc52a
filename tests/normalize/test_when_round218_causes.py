"""Causes found by held-out date rounds 218-220 (tests/normalize/date_strings_heldout_round218.yaml …220).

- The church year's Sundays by their other names are those days: „am ersten Adventssonntag“,
  „am 1. Sonntag im Advent“, „zum Hirtensonntag“, „Am vorletzten Sonntag des Kirchenjahres“, a
  „…tag“ name in the genitive („anläßlich des Volkstrauertags“), Christmas Eve hyphenated
  („Heilig‑Abend‑Gottesdienst“); a church named after a feast („St. Trinitatis“) is no feast's
  day: ``when_feasts``.
- A service held „an Pfingsten“ or „an Ostern“ is held on the feast's Sunday; the bare feast
  without a service names several days and no day: ``when_feast_services``.
- A day given up for an event called off keeps its day when no other day is named, in more
  words for calling off („muss leider ausfallen“, „nicht stattfinden wird“): ``when_days``.
- „Mit dem heutigen Online-Gottesdienst“: the page's day when a service, concert or meeting is
  named right after it, never „mit dem heutigen Wissen“: ``when_relative``.
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from tests.normalize.test_heldout_dates import heldout_cases, score


def _day(text: str, today: date) -> str | None:
    found = parse_when(text, today=today)
    return found.start[:10] if found.start else None


# --- the church year's Sundays --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "today", "day"),
    [
        (
            "Herzliche Einladung zum Gottesdienst am ersten Adventssonntag um 09:30 Uhr.",
            date(2017, 11, 28),
            "2017-12-03",
        ),
        (
            "Herzliche Einladung zum Gottesdienst am zweiten Adventssonntag.",
            date(2017, 12, 4),
            "2017-12-10",
        ),
        ("Gottesdienst am 3. Sonntag im Advent", date(2024, 12, 1), "2024-12-15"),
        ("Online-Gottesdienst zum Hirtensonntag", date(2020, 4, 20), "2020-04-26"),
        (
            "Am vorletzten Sonntag des Kirchenjahres laden wir zum Gottesdienst ein.",
            date(2018, 11, 15),
            "2018-11-18",
        ),
        (
            "Am letzten Sonntag des Kirchenjahres gedenken wir der Verstorbenen.",
            date(2018, 11, 15),
            "2018-11-25",
        ),
    ],
)
def test_the_church_years_sundays_by_their_other_names(text: str, today: date, day: str) -> None:
    assert _day(text, today) == day


def test_a_feast_day_named_in_the_genitive_keeps_its_day_and_clock() -> None:
    found = parse_when(
        "Um 11.00 Uhr sind alle eingeladen zur Andacht anläßlich des Volkstrauertags in der Garnisonskirche.",
        today=date(2016, 11, 12),
    )
    assert found.start is not None and found.start.startswith("2016-11-13T11:00")


def test_christmas_eve_hyphenated_even_with_non_breaking_hyphens() -> None:
    for text in (
        "Herzliche Einladung zum Heilig-Abend-Gottesdienst!",
        "Herzliche Einladung zum deutschsprachigen Heilig\u2011Abend\u2011Gottesdienst in Warschau!",
    ):
        assert _day(text, date(2019, 12, 23)) == "2019-12-24", text


def test_a_church_named_after_a_feast_is_no_feast_day() -> None:
    text = "Gottesdienst mit unserer Partnergemeinde St. Trinitatis am 1. Sonntag im Advent."
    assert _day(text, date(2015, 11, 27)) == "2015-11-29"
    assert _day("Konzert in St. Trinitatis", date(2016, 5, 1)) is None


# --- services on a feast of several days ----------------------------------------------------


def test_a_service_on_pentecost_or_easter_is_on_its_sunday() -> None:
    assert (
        _day("Der nächste Gottesdienst findet an Pfingsten statt.", date(2020, 5, 21))
        == "2020-05-31"
    )
    assert _day("Zu Ostern feiern wir eine Andacht im Garten.", date(2024, 3, 1)) == "2024-03-31"


def test_easter_without_a_service_names_no_day() -> None:
    assert _day("An Ostern ist das Museum geschlossen.", date(2024, 3, 1)) is None


# --- called off in other words --------------------------------------------------------------


def test_a_day_given_up_for_an_event_called_off_keeps_its_day() -> None:
    assert (
        _day(
            "Der ursprünglich für den 22. Oktober geplante Gottesdienst muss leider ausfallen.",
            date(2017, 10, 19),
        )
        == "2017-10-22"
    )
    assert (
        _day(
            "Der ursprünglich für den 27.05. angekündigte Gottesdienst wird nicht stattfinden.",
            date(2018, 5, 24),
        )
        == "2018-05-27"
    )


def test_a_day_given_up_for_a_new_one_is_still_not_the_events() -> None:
    text = "Der ursprünglich für den 22. Oktober geplante Gottesdienst wird auf den 5. November verschoben."
    assert _day(text, date(2017, 10, 19)) == "2017-11-05"


# --- today's service ----------------------------------------------------------------------


def test_todays_service_named_with_mit_dem_heutigen_is_the_pages_day() -> None:
    assert (
        _day("Mit dem heutigen Online-Gottesdienst loben wir Gott.", date(2020, 5, 10))
        == "2020-05-10"
    )
    assert _day("Mit dem heutigen Wissen wäre das anders gelaufen.", date(2020, 5, 10)) is None


# --- the real strings ----------------------------------------------------------------------


def test_the_rounds_real_strings_are_read_as_written_down() -> None:
    cases = [
        *heldout_cases(
            218,
            {
                "Der ursprünglich für den 22. Oktober",
                "Herzliche Einladung zum gemeinsamen deutsch-polnischen",
                "Der nächste Gottesdienst findet an Pfingsten",
                "Wir weisen darauf hin",
                "An Ostern wird",
                "Herzliche Einladung zum deutschsprachigen Heilig",
                "Mit dem heutigen Online-Gottesdienst",
            },
        ),
        *heldout_cases(
            219,
            {
                "Herzliche Einladung zum Gottesdienst am ersten Adventssonntag",
                "Um 11.00 Uhr sind alle",
                "Herzliche Einladung zum Gottesdienst am zweiten Adventssonntag",
            },
        ),
        *heldout_cases(
            220,
            {"Online-Gottesdienst zum Hirtensonntag", "Am vorletzten Sonntag des Kirchenjahres"},
        ),
    ]
    assert len(cases) == 12
    misses = [case.text for case in cases if not score(case)[0]]
    assert not misses, misses

"""Held-out structured batch BZ: the general causes it showed, minimal snippets and the real files.

Batch BZ: the calendar a scraper writes of the Winning Group Arena in Brno, Marseille's „agenda
des lieux“ as an aggregator's iCalendar, a Brussels neighbourhood agenda's events.json and a
Trentino theatre listing's events.json.
"""

from __future__ import annotations

import pytest

from netdir.extract.json_all_day_flags import flagged_days
from netdir.extract.json_title_clocks import opening_clock
from tests.extract.realpage_inspect import inspect_corpus_page
from tests.extract.structured_readings import shown

BRUSSELS = "json-agenda-quartier-bruxelles-events-2026-09"
TRENTINO = "json-teatriscraper-trentino-events-2026-07"
_TODAY = "2026-09-15T19:00:00+00:00"


def _events(*events: dict[str, object]) -> dict[str, object]:
    """An aggregator's data file around ``events``."""
    return {
        "generated": "2026-09-15T21:23:59+02:00",
        "timezone": "Europe/Brussels",
        "events": list(events),
    }


# --- 1. An all-day flag beside a midnight stamp, and the clock a title opens with -------------


def test_an_all_day_flag_makes_a_midnight_with_an_offset_the_day() -> None:
    # Before: 00:00+02:00 — a midnight with an offset is the object's own moment, and nothing
    # read the „all_day“ flag beside it.
    answer = _events(
        {
            "title": "Chorale de la Vieille Chéchette",
            "start": "2026-09-16T00:00:00+02:00",
            "end": "2026-09-16T00:00:00+02:00",
            "all_day": True,
            "location": "La Vieille Chéchette, Bruxelles",
        }
    )
    assert shown(answer, _TODAY) == [
        ("Chorale de la Vieille Chéchette", "2026-09-16", None, "La Vieille Chéchette, Bruxelles")
    ]


def test_a_midnight_without_the_flag_stays_a_clock() -> None:
    answer = _events(
        {
            "title": "Nuit blanche",
            "start": "2026-10-03T00:00:00+02:00",
            "end": "2026-10-03T06:00:00+02:00",
        }
    )
    assert shown(answer, _TODAY) == [
        ("Nuit blanche", "2026-10-03T00:00:00+02:00", "2026-10-03T06:00:00+02:00", None)
    ]


def test_flagged_days_end_at_the_day_before_a_later_midnight() -> None:
    assert flagged_days("2026-09-15T00:00:00+02:00", "2026-09-15T00:00:00+02:00") == (
        "2026-09-15",
        None,
    )
    assert flagged_days("2026-09-15T00:00:00Z", "2026-09-18T00:00:00Z") == (
        "2026-09-15",
        "2026-09-17",
    )
    assert flagged_days("2026-09-15T00:00:00+02:00", "2026-09-16T00:00:00+02:00") == (
        "2026-09-15",
        None,
    )
    assert flagged_days("2026-09-15T19:30:00+02:00", None) is None


@pytest.mark.parametrize(
    ("title", "clocks"),
    [
        ("6:30pm La Vieille Chéchette Choir", ("18:30", None)),
        ("5-7pm organic produce boxes from Nadir Farm", ("17:00", "19:00")),
        ("11am Literary Encounter with Romain Lemire", ("11:00", None)),
        ("18h30 Arpentage de « Mangeuses »", ("18:30", None)),
        ("17h-19h Paniers bio de la Ferme de Nadir", ("17:00", "19:00")),
        ("19 Uhr Gottesdienst", ("19:00", None)),
        ("5 Years of Rust", None),
        ("2026 Jahresempfang", None),
        ("12 Apostel", None),
        ("3pm", None),
    ],
)
def test_the_clock_a_title_opens_with(title: str, clocks: tuple[str, str | None] | None) -> None:
    assert opening_clock(title, "2026-09-15") == clocks


def test_a_day_alone_takes_the_clock_its_title_opens_with() -> None:
    answer = _events(
        {
            "title": "5-7pm organic produce boxes from Nadir Farm",
            "start": "2026-09-15T00:00:00+02:00",
            "end": "2026-09-15T00:00:00+02:00",
            "all_day": True,
            "location": "La Vieille Chéchette, Bruxelles",
        }
    )
    assert shown(answer, _TODAY) == [
        (
            "5-7pm organic produce boxes from Nadir Farm",
            "2026-09-15T17:00:00+02:00",
            "2026-09-15T19:00:00+02:00",
            "La Vieille Chéchette, Bruxelles",
        )
    ]


def test_the_brussels_agenda_at_the_clocks_its_titles_give(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = inspect_corpus_page(capsys, BRUSSELS)
    assert len(records) == 19
    starts = {(r["title"], r["start"]) for r in records if r["start"][:10] == "2026-09-16"}
    assert starts == {
        ("6:30pm La Vieille Chéchette Choir", "2026-09-16T18:30:00+02:00"),
        ("Women's Kiaï", "2026-09-16T19:30:00+02:00"),
    }
    [boxes] = [r for r in records if r["start"][:10] == "2026-09-15"]
    assert (boxes["start"], boxes["end"]) == (
        "2026-09-15T17:00:00+02:00",
        "2026-09-15T19:00:00+02:00",
    )
    assert all(len(r["start"]) > 10 for r in records)


# --- 2. An empty clock slot and the hour its short description states -------------------------


def test_an_empty_clock_slot_takes_the_hour_of_the_description() -> None:
    # Before: the day alone — „time“ is null and the hour stood only in the description.
    answer = {
        "events": [
            {
                "title": "Narrenschiff",
                "date": "2013-09-17",
                "time": None,
                "location": "Pergine Valsugana",
                "description": "Martedì 17 settembre - ore 20:45",
            }
        ]
    }
    [(title, start, _end, _place)] = shown(answer, "2013-09-01T10:00:00+00:00")
    assert (title, start) == ("Narrenschiff", "2013-09-17T20:45:00+02:00")


def test_a_description_without_an_empty_clock_slot_is_not_read_for_the_hour() -> None:
    answer = {
        "events": [
            {
                "title": "Narrenschiff",
                "date": "2013-09-17",
                "location": "Pergine Valsugana",
                "description": "Martedì 17 settembre - ore 20:45",
            }
        ]
    }
    assert [start for _t, start, _e, _p in shown(answer, "2013-09-01T10:00:00+00:00")] == [
        "2013-09-17"
    ]


def test_an_hour_of_another_day_in_the_description_is_no_start() -> None:
    answer = {
        "events": [
            {
                "title": "Tango x 3",
                "date": "2013-09-21",
                "time": None,
                "description": "Prove aperte: 19.09.2013 ore 18:00",
            }
        ]
    }
    assert [start for _t, start, _e, _p in shown(answer, "2013-09-01T10:00:00+00:00")] == [
        "2013-09-21"
    ]


# --- 3. A venue's name beside the location (the town) it stands in ---------------------------


@pytest.mark.parametrize(
    ("venue", "location", "place"),
    [
        ("Teatro Lux", "Pergine Valsugana", "Teatro Lux, Pergine Valsugana"),
        (
            "Teatro Zandonai, Corso Bettini, Rovereto (Tn)",
            "Rovereto",
            "Teatro Zandonai, Corso Bettini, Rovereto (Tn)",
        ),
        ("", "Trento", "Trento"),
        ("Teatro Lux", "Teatro Lux, Via Marconi 5, Pergine", "Teatro Lux, Via Marconi 5, Pergine"),
    ],
)
def test_the_venue_before_its_location(venue: str, location: str, place: str) -> None:
    answer = {
        "events": [
            {
                "title": "Kebab",
                "date": "2026-10-03",
                "time": "20:45",
                "venue": venue,
                "location": location,
            }
        ]
    }
    [(_title, _start, _end, found)] = shown(answer, "2026-07-12T07:26:30+00:00")
    assert found == place


def test_the_trentino_listing_at_its_halls_and_clocks(capsys: pytest.CaptureFixture[str]) -> None:
    records = {(r["title"], r["start"]): r for r in inspect_corpus_page(capsys, TRENTINO)}
    assert records[("Narrenschiff", "2013-09-17T20:45:00+02:00")]["location"] == (
        "Teatro Lux, Pergine Valsugana"
    )
    assert ("LEZIONE APERTA DI TANGO ARGENTINO", "2013-09-21T17:30:00+02:00") in records
    assert records[("May B", "2026-09-04T20:30:00+02:00")]["location"] == (
        "Teatro Zandonai, Corso Bettini, Rovereto (Tn)"
    )
    assert records[("I pitochi", "2026-08-27")]["location"] == "Pergine Valsugana"

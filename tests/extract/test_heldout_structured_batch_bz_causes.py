"""Held-out structured batch BZ: the general causes it showed, minimal snippets and the real files.

Batch BZ: the calendar a scraper writes of the Winning Group Arena in Brno, Marseille's „agenda
des lieux“ as an aggregator's iCalendar, a Brussels neighbourhood agenda's events.json and a
Trentino theatre listing's events.json.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from netdir.extract import extract_page
from netdir.extract.json_all_day_flags import flagged_days
from netdir.extract.json_title_clocks import opening_clock
from netdir.extract.json_venue_locations import places_agree
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page
from tests.extract.structured_readings import shown

BRUSSELS = "json-agenda-quartier-bruxelles-events-2026-09"
TRENTINO = "json-teatriscraper-trentino-events-2026-07"
ARENA = "ical-eluceo-winninggrouparena-brno-2026-08"
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


# --- 4. One event a calendar or an answer lists twice, once from each source -----------------


def _game(uid: str, summary: str, start: str, status: str | None = None) -> str:
    cancelled = f"STATUS:{status}\r\n" if status else ""
    return (
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20260822T183403Z\r\nSUMMARY:{summary}\r\n{cancelled}"
        f"DTSTART;TZID=Europe/Prague:{start}\r\nDTEND;TZID=Europe/Prague:{start[:9]}"
        f"{int(start[9:11]) + 3:02d}{start[11:]}\r\nLOCATION:Winning Group Arena\\, Brno\r\nEND:VEVENT\r\n"
    )


def _calendar(*events: str) -> list[tuple[str, str | None]]:
    body = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//eluceo/ical//2.0/EN\r\n" + "".join(events)
    page = page_from_text(
        body + "END:VCALENDAR\r\n", "https://example.org/calendar.ics", "text/calendar"
    )
    page.fetched_at = datetime.fromisoformat("2026-08-22T18:34:03+00:00")
    return [(r.title, r.start) for r in extract_page(page).records]


def test_one_game_listed_by_the_arena_and_by_the_club_is_one_event() -> None:
    # Before: two records of the game at 18:00 — the arena's name with the round and the arena,
    # the club's without, and the club's copy of the next game marked called off.
    assert _calendar(
        _game(
            "pr1@a",
            "PŘ1 HC Kometa Brno - Banes Motor České Budějovice - Winning Group Arena",
            "20260309T180000",
        ),
        _game("k1@a", "HC Kometa Brno - Banes Motor České Budějovice", "20260309T180000"),
        _game(
            "cf3@a",
            "ČF3 HC Kometa Brno - HC Dynamo Pardubice - Winning Group Arena",
            "20260322T170000",
        ),
        _game(
            "k2@a", "[ZRUSENO] HC Kometa Brno - HC Dynamo Pardubice", "20260322T170000", "CANCELLED"
        ),
    ) == [
        (
            "PŘ1 HC Kometa Brno - Banes Motor České Budějovice - Winning Group Arena",
            "2026-03-09T18:00:00+01:00",
        ),
        (
            "ČF3 HC Kometa Brno - HC Dynamo Pardubice - Winning Group Arena",
            "2026-03-22T17:00:00+01:00",
        ),
    ]


def test_other_names_or_hours_stay_other_events() -> None:
    records = _calendar(
        _game(
            "k3@a", "[ZRUSENO] HC Kometa Brno - HC Dynamo Pardubice", "20260328T190000", "CANCELLED"
        ),
        _game("k4@a", "[ZRUSENO] HC Kometa Brno - Soupeř neznámý", "20260328T190000", "CANCELLED"),
        _game("k5@a", "HC Kometa Brno - HC Olomouc", "20260306T173000"),
        _game("k6@a", "HC Kometa Brno - HC Olomouc", "20260306T193000"),
    )
    assert len(records) == 4


def test_the_arena_calendar_lists_each_game_once(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, ARENA)
    assert len(records) == 26
    march_22 = [r["title"] for r in records if r["start"].startswith("2026-03-22")]
    assert march_22 == [
        "ČF3 HC Kometa Brno - HC Dynamo Pardubice - Winning Group Arena",
        "[ZRUSENO] HC Kometa Brno - Soupeř neznámý",
    ]


@pytest.mark.parametrize(
    ("one", "other", "agree"),
    [
        ("PalaDolomiti - Pinzolo", "Cinema Teatro PalaDolomiti, Pinzolo", True),
        (
            "Sala della Comunità, Riva del Garda",
            "Sala della Comunità di Valle Alto Garda e Ledro, Riva del Garda",
            True,
        ),
        ("Trento", "Teatro Sociale, Trento", False),
        ("Teatro Lux, Pergine Valsugana", "Teatro Sociale, Pergine Valsugana", False),
    ],
)
def test_two_spellings_of_one_hall_agree(one: str, other: str, agree: bool) -> None:
    assert places_agree(one.casefold(), other.casefold()) is agree


def test_a_show_two_sources_list_under_their_own_identifiers_is_one_event() -> None:
    # Before: two records — each source's copy has an identifier of its own, and the hall is
    # written two ways.
    answer = {
        "events": [
            {
                "id": "c7dd13ba7925",
                "title": "Parigi, amore e can-can",
                "date": "2026-08-23",
                "time": "21:00",
                "venue": "PalaDolomiti - Pinzolo",
                "location": "Pinzolo",
            },
            {
                "id": "21edd6be20c1",
                "title": "Parigi, amore e can-can",
                "date": "2026-08-23",
                "time": "21:00",
                "venue": "Cinema Teatro PalaDolomiti",
                "location": "Pinzolo",
            },
            {
                "id": "9f1",
                "title": "Parigi, amore e can-can",
                "date": "2026-08-23",
                "time": "21:00",
                "venue": "Teatro Sociale",
                "location": "Trento",
            },
        ]
    }
    assert [place for _t, _s, _e, place in shown(answer, "2026-07-12T07:26:30+00:00")] == [
        "PalaDolomiti - Pinzolo",
        "Teatro Sociale, Trento",
    ]


def test_one_hall_written_alike_under_two_identifiers_stays_two_entries() -> None:
    # Three groups co-hosting one summit post it three times, their hall written alike: the
    # answer's own entries (batch BX's Tampa events), kept apart by their identifiers.
    answer = {
        "events": [
            {
                "id": "312487772",
                "title": "Tampa Bay Tech Summit",
                "date": "2026-02-26",
                "time": "18:00",
                "venue": "Hilton Tampa Downtown",
                "location": "Tampa",
            },
            {
                "id": "312443992",
                "title": "Tampa Bay Tech Summit",
                "date": "2026-02-26",
                "time": "18:00",
                "venue": "Hilton Tampa Downtown",
                "location": "Tampa",
            },
        ]
    }
    assert len(shown(answer, "2026-01-29T10:00:00+00:00")) == 2

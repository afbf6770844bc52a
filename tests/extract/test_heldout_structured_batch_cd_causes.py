"""Held-out structured batch CD: the general causes it showed, minimal snippets and the real files.

Batch CD: German files of clubs and small sites — a Frankfurt football club's two DFBnet
match-plan calendars (read right before), a fire brigade's FullCalendar JSON (read right before),
a list of Besenwirtschaften and wine festivals whose dates are only the text „19. Februar – 8. März
2026“ beside opening hours as text, and a chess club's CSV of tournament dates.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from netdir.extract import extract_page
from netdir.extract.csv_rows import csv_objects
from netdir.extract.json_town_addresses import town_address
from netdir.extract.json_worded_days import worded_run
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page
from tests.extract.structured_readings import shown

WINE = "json-weintermine-remstal-besen-2026-02"
CHESS = "csv-schach-langenzenn-turniere-2026-05"
_TODAY = "2026-02-01T10:00:00+00:00"


def _besen(date_range: str, hours: str, **more: str) -> dict[str, str]:
    return {"name": "Besen", "city": "Weinstadt", "dateRange": date_range, "hours": hours, **more}


# --- 1. A data file's „dateRange“ text is the event's run, first day to last -----------------


def test_a_date_range_text_is_the_run_of_days() -> None:
    # Before: no record — the object's only date was its „dateRange“ text, a key no reader knew.
    got = shown([_besen("9. – 26. Juli 2026", "Details zu Tageszeiten laut Veranstalter")], _TODAY)
    assert [(title, start[:10], end[:10]) for title, start, end, _ in got] == [
        ("Besen", "2026-07-09", "2026-07-26")
    ]


def test_a_run_over_a_month_end_keeps_both_months() -> None:
    assert worded_run("19. Februar – 8. März 2026", datetime(2026, 2, 1).date()) == (
        "2026-02-19",
        "2026-03-08",
    )
    # One day, a moment or a month is no run.
    assert worded_run("23. Juli 2026", datetime(2026, 2, 1).date()) is None
    assert worded_run("23. Juli 2026, 19 Uhr", datetime(2026, 2, 1).date()) is None
    assert worded_run("Juli 2026", datetime(2026, 2, 1).date()) is None


# --- 2. Opening hours the same every day give the run its clocks; hours by weekday do not ------


def test_daily_hours_open_the_first_day_and_close_the_last() -> None:
    got = shown(
        [_besen("19. Februar – 8. März 2026", "Täglich 11:30–22:00 Uhr, kein Ruhetag")], _TODAY
    )
    assert [(start[:16], end[:16]) for _, start, end, _ in got] == [
        ("2026-02-19T11:30", "2026-03-08T22:00")
    ]


@pytest.mark.parametrize(
    "hours",
    [
        "Do–Sa ab 16:00 Uhr, So 11:00–20:00 Uhr, Mo–Mi Ruhetag",
        "Fr/Sa ab 14:00 Uhr, So & Feiertag ab 12:00 Uhr",
        "Sonntags 11–18 Uhr",
    ],
)
def test_hours_by_weekday_leave_the_run_its_days(hours: str) -> None:
    # Before the weekday test the grammar, given the first day („09.07.2026, Do–Sa ab 16:00 …“),
    # read the first clock whatever day it was: a Monday opened at 14:00, a Thursday at 11:00.
    got = shown([_besen("9. – 26. Juli 2026", hours)], _TODAY)
    assert [(start, end) for _, start, end, _ in got] == [("2026-07-09", "2026-07-26")]


# --- 3. A town with its street stated apart is the street in that town -------------------------


def test_the_address_beside_the_city_is_the_place() -> None:
    # Before: „Weinstadt-Schnait“ alone, the town, though the object names the street.
    got = shown(
        [_besen("9. – 26. Juli 2026", "", address="Schillerstraße 4, 71384 Weinstadt-Schnait")],
        _TODAY,
    )
    assert [place for *_, place in got] == ["Schillerstraße 4, 71384 Weinstadt-Schnait"]


def test_town_address_adds_the_town_only_where_the_address_leaves_it_out() -> None:
    town = ("Stuttgart", "city")
    assert town_address(town, None) == town
    assert town_address(town, ("Marktplatz, Stuttgart", "address")) == (
        "Marktplatz, Stuttgart",
        "address",
    )
    assert town_address(
        ("Weinstadt-Endersbach", "city"), ("Lagen, 71384 Weinstadt", "address")
    ) == (
        "Lagen, 71384 Weinstadt",
        "address",
    )
    assert town_address(town, ("Marktplatz 1", "address")) == (
        "Marktplatz 1, Stuttgart",
        "address+city",
    )


# --- 4. A CSV table of dates is read as the data objects its rows are --------------------------


def _csv_records(body: str, content_type: str = "text/plain") -> list[RawRecord]:
    page = page_from_text(body, "https://example.org/termine.csv", content_type)
    page.fetched_at = datetime.fromisoformat("2026-05-18T10:00:00+00:00")
    return extract_page(page).records


def test_a_csv_of_dates_gives_one_event_a_row() -> None:
    # Before: no record — netdir read no CSV.
    body = (
        "datum_von,datum_bis,titel,ort\n"
        '2026-06-04,2026-06-07,"Seebach Open","Großenseebach"\n'
        "2026-09-25,2026-09-27,Sparkassen-Open Forchheim,Heroldsbach\n"
    )
    records = _csv_records(body)
    assert [(r.title, r.start, r.end, r.location_text) for r in records] == [
        ("Seebach Open", "2026-06-04", "2026-06-07", "Großenseebach"),
        ("Sparkassen-Open Forchheim", "2026-09-25", "2026-09-27", "Heroldsbach"),
    ]


def test_a_semicolon_table_is_read_too() -> None:
    body = "Datum;Titel;Ort\n14.08.2026;Sommerfest;Vereinsheim\n"
    assert [(r.title, r.start) for r in _csv_records(body, "text/csv")] == [
        ("Sommerfest", "2026-08-14")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "<!DOCTYPE html>\n<p>Termine, Orte, Zeiten</p>\n",
        "Termine, Orte und Zeiten: siehe unten\n14.08.2026 Sommerfest\n",  # prose, not names
        "datum,titel,ort\n2026-06-04,Seebach Open\n",  # a row of fewer fields
        "datum,titel\n2026-06-04,Seebach Open\n",  # two columns are no table of events
        '{"datum": "2026-06-04", "titel": "Seebach Open", "ort": "X"}',
    ],
)
def test_what_is_no_csv_table_is_not_read_as_one(body: str) -> None:
    assert csv_objects(body) is None


# --- The real files --------------------------------------------------------------------------


def test_the_wine_file_reads_every_run_with_its_place(capsys: pytest.CaptureFixture[str]) -> None:
    records = {r["title"]: r for r in inspect_corpus_page(capsys, WINE)}
    assert len(records) == 6
    kiesel = records["Besenwirtschaft Weingut Kiesel"]
    assert (kiesel["start"][:16], kiesel["end"][:16]) == ("2026-02-19T11:30", "2026-03-08T22:00")
    assert kiesel["location"] == "Schillerstraße 4, 71384 Weinstadt-Schnait"
    knauss = records["Sonna-Besa – Weingut Knauß"]  # „Fr/Sa ab 14:00 Uhr“ from a Monday
    assert (knauss["start"], knauss["end"]) == ("2026-02-23", "2026-04-19")
    lounge = records["Esslinger Wein-Lounge am Hafenmarkt"]
    assert (lounge["start"], lounge["end"]) == ("2026-07-23", "2026-07-27")


def test_the_chess_clubs_csv_gives_its_three_tournaments(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = inspect_corpus_page(capsys, CHESS)
    assert [(r["title"], r["start"][:10], r["end"][:10], r["location"]) for r in records] == [
        ("Seebach Open", "2026-06-04", "2026-06-07", "Großenseebach"),
        ("2. Frühjahrs-Open Büchenbach", "2026-06-12", "2026-06-14", "Büchenbach"),
        ("Sparkassen-Open Forchheim", "2026-09-25", "2026-09-27", "Heroldsbach"),
    ]

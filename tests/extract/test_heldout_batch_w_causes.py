"""Held-out batch W (structured data): each general cause it showed, on its real page."""

from __future__ import annotations

from datetime import date

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract.microdata import MICRODATA, read_items
from netdir.extract.named_hours import hours_from_name
from netdir.records import RawRecord
from tests.extract.realpage_inspect import inspect_page as _inspect


def test_hours_at_the_end_of_a_day_only_events_name_are_its_hours(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Ebby Halliday's open houses: meta-only Event scopes, name "Open House -  1 -  3PM",
    # startDate "2018-03-18" (the card beside them: "Sunday  1:00PM- 3:00PM"). They were read
    # as all-day events titled "Open House - 1 - 3PM" (title and time 0 %).
    rows = _inspect(
        capsys, "ebby-home-openhouses-2018-03.html", "https://www.ebby.com/", "2018-03-16"
    )
    assert {row["title"] for row in rows} == {"Open House"}
    first = rows[0]
    assert (first["start"], first["end"]) == (
        "2018-03-18T13:00:00-05:00",
        "2018-03-18T15:00:00-05:00",
    )
    colgate = next(row for row in rows if "Colgate" in row["location"])
    assert (colgate["start"], colgate["end"]) == (
        "2018-03-17T15:00:00-05:00",
        "2018-03-17T17:00:00-05:00",
    )
    # The Place's name is its street address: said once ("… Drive, 17703 … Drive, 75252 …").
    assert first["location"] == "17703 Cedar Creek Canyon Drive, 75252 Dallas, TX"


def _raw(title: str, start: str, end: str | None = None) -> RawRecord:
    record = RawRecord(source_id="s", page_url="https://x/", extractor="microdata", title=title)
    record.start, record.end, record.all_day = start, end, True
    record.field_sources = {"title": "microdata:Event.name", "start": "microdata:Event.startDate"}
    return record


@pytest.mark.parametrize(
    ("title", "start", "end"),
    [
        ("Jam Session 20 Uhr", "2026-01-10T20:00", None),
        ("Brunch, 10:30", "2026-01-10T10:30", None),
        ("Lecture - 3 p.m.", "2026-01-10T15:00", None),
    ],
)
def test_marked_hours_are_read_from_the_name(title: str, start: str, end: str | None) -> None:
    record = _raw(title, "2026-01-10")
    hours_from_name(record, date(2026, 1, 1))
    assert (record.start, record.end, record.all_day) == (start, end, False)
    assert record.field_sources["start"].endswith("(hours from the name)")


@pytest.mark.parametrize(
    ("title", "start", "end"),
    [
        ("Konzert 2018", "2026-01-10", None),  # a year, no hours
        ("Teil 2", "2026-01-10", None),  # a number without a mark of hours
        ("Workshop 3h", "2026-01-10", None),  # three hours long, not at three
        ("11 am", "2026-01-10", None),  # nothing but the clock: no name left
        ("Open House 1 - 3PM", "2026-01-10", "2026-01-12"),  # a run of days
        ("Open House 1 - 3PM", "2026-01-10T09:00", None),  # the stamp has its own hours
    ],
)
def test_names_without_hours_of_a_single_day_stay(title: str, start: str, end: str | None) -> None:
    record = _raw(title, start, end)
    hours_from_name(record, date(2026, 1, 1))
    assert (record.title, record.start, record.end) == (title, start, end)


def test_runs_shown_after_an_events_hidden_start_are_its_occurrences(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The ZTV's Muki-Turnen course page: one Event scope, one <meta itemprop="startDate"
    # content="2018-03-16T15:00">, then "Teil 1: 16.03.-18.03.2018 | Freitag 15:00 – Sonntag
    # 17:00 Uhr<br/>Teil 2: 06.04.-08.04.2018 | Freitag 15:00 – Sonntag 16:00 Uhr". The second
    # part was lost (recall 50 %).
    rows = _inspect(
        capsys,
        "hand-bootstrap-microdata-ztv-mukikurs-2018.html",
        "http://eglinetwork.ch/gk.php",
        "2017-11-08",
    )
    assert [row["start"] for row in rows] == [
        "2018-03-16T15:00:00+01:00",
        "2018-04-06T15:00:00+02:00",
    ]
    assert [row["end"][:10] for row in rows] == ["2018-03-18", "2018-04-08"]
    assert {row["title"] for row in rows} == {"Grundkurs, Leiter 1 im Elki-, Vaki- und Muki-Turnen"}
    assert all(row["location"].startswith("Sportzentrum Kerenzerberg") for row in rows)


_SCOPE = """<div itemscope itemtype="http://schema.org/Event"><h1 itemprop="name">Kurs</h1>
<meta itemprop="startDate" content="{stamp}"><p>{lines}</p></div>"""


@pytest.mark.parametrize(
    ("stamp", "lines"),
    [
        # the first line is not the stamp's day
        ("2018-03-16T15:00", "Teil 1: 17.03.2018, 15:00 Uhr<br>Teil 2: 06.04.2018, 15:00 Uhr"),
        # the first line is the stamp's day at another hour
        ("2018-03-16T15:00", "Teil 1: 16.03.2018, 10:00 Uhr<br>Teil 2: 06.04.2018, 15:00 Uhr"),
        # a line without a day
        ("2018-03-16", "16.03.2018<br>Anmeldung bei Marco"),
        # one line only
        ("2018-03-16", "16.03.2018, 15:00 Uhr"),
        # the same day twice: one day's programme, not runs
        ("2018-03-16", "16.03.2018, 10:00 Uhr<br>16.03.2018, 15:00 Uhr"),
    ],
)
def test_lines_that_are_no_runs_of_the_stamp_leave_the_event_alone(stamp: str, lines: str) -> None:
    tree = LexborHTMLParser(_SCOPE.format(stamp=stamp, lines=lines))
    items = read_items(tree, MICRODATA)
    assert [item["startDate"] for item in items] == [stamp]


def test_a_place_named_as_its_street_is_said_once(capsys: pytest.CaptureFixture[str]) -> None:
    # Kulturinsel Moabit's Event JSON-LD: Place "Strandbad Tegelsee" whose streetAddress is
    # "Strandbad Tegelsee" too ("Strandbad Tegelsee, Strandbad Tegelsee, 13505 Berlin").
    rows = _inspect(
        capsys,
        "hand-jsonld-kulturinselmoabit-fete-2025.html",
        "https://kulturinselmoabit.org/test/",
        "2025-08-15",
    )
    assert rows[0]["location"] == "Strandbad Tegelsee, 13505 Berlin"

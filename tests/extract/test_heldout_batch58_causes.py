"""Causes found on held-out batch 58 (association, fellowship, youth club and conference pages
without structured data), each pinned on its real page of the corpus (tests/realpages/README.md)."""

from __future__ import annotations

from datetime import datetime

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract.context import PageContext
from netdir.extract.heading_hours import hours_of_the_heading
from netdir.extract.notices import is_break
from netdir.extract.pictograph_facts import hours_and_place, without_pictographs
from netdir.extract.title_end_hours import hours_at_the_title_end
from netdir.extract.weekday_grid import weekday_grid_records
from netdir.records import Page
from tests.extract.realpage_inspect import inspect_corpus_page

_GRID = """<html><body><h1>Tagung</h1><h3>19. bis 22. Mai 2016</h3><table>
<tr><th>Uhrzeit</th><th>Donnerstag</th><th>Freitag</th><th>Uhrzeit</th></tr>
<tr><td>9.00</td><td rowspan="2">Begrüßung</td><td>Frühstück</td><td>9.00</td></tr>
<tr><td>9.30</td><td rowspan="2">Vortrag</td><td>9.30</td></tr>
<tr><td>10.00</td><td>Plenum</td><td>10.00</td></tr>
<tr><td>10.30</td><td colspan="2">Abendprogramm</td><td>10.30</td></tr>
</table></body></html>"""


def _context(today: str) -> PageContext:
    page = Page(
        source_id="test",
        url="https://example.org/",
        final_url="https://example.org/",
        status=200,
        fetched_at=datetime.fromisoformat(f"{today}T12:00:00+00:00"),
    )
    return PageContext.of(page, None)


def test_a_weekday_grid_dates_each_cell_by_its_column_and_row() -> None:
    records = weekday_grid_records(LexborHTMLParser(_GRID), _context("2016-04-12"))
    found = [(r.title, r.date_text) for r in records]
    assert ("Begrüßung", "19.05.2016, 09:00 - 10:00 Uhr") in found
    assert ("Vortrag", "20.05.2016, 09:30 - 10:30 Uhr") in found  # the first free column
    assert ("Plenum", "19.05.2016, 10:00 - 10:30 Uhr") in found
    # a cell spanning two weekday columns is on both days; the last row has no end
    assert ("Abendprogramm", "19.05.2016, 10:30 Uhr") in found
    assert ("Abendprogramm", "20.05.2016, 10:30 Uhr") in found


def test_a_weekday_grid_without_the_pages_run_of_days_is_not_read() -> None:
    tree = LexborHTMLParser(_GRID.replace("19. bis 22. Mai 2016", "Programm"))
    assert weekday_grid_records(tree, _context("2016-04-12")) == []


def test_meals_and_arrival_in_a_timetable_are_breaks() -> None:
    for name in ("Frühstück", "Anreise", "Abreise", "Mittagessen"):
        assert is_break(name, "20.05.2016, 08:00 - 09:00 Uhr")
    assert not is_break("Frühstück mit Vortrag", "20.05.2016, 08:00 Uhr")


def test_the_timetable_page_gives_its_programme_points(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "jekyll-mestuta-aachen-ablaufplan-2016")
    starts = {(r["title"], r["start"][:16]) for r in records}
    assert ("Werkstattphase 1", "2016-05-20T14:30") in starts
    assert ("Abschlußplenum", "2016-05-22T09:30") in starts
    assert not any(r["title"] in ("Frühstück", "Anreise", "Abreise") for r in records)


def test_a_clock_between_name_and_place_is_the_rows_hours() -> None:
    assert hours_at_the_title_end("Sommerfest, 18:00, Hauptplatz") == (
        "Sommerfest",
        "18:00",
        "Hauptplatz",
    )
    assert hours_at_the_title_end("Workshop, 15:00–17:00, Hauptgebäude") == (
        "Workshop",
        "15:00–17:00",
        "Hauptgebäude",
    )
    assert hours_at_the_title_end("Gruppe 3, Raum 2, Keller") is None


def test_the_dates_list_rows_are_named_timed_and_placed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = inspect_corpus_page(capsys, "hugo-sahnehaeubchen-termine-2025")
    first = records[0]
    assert (first["title"], first["start"][:16], first["location"]) == (
        "Sommerfest",
        "2025-09-10T18:00",
        "Hauptplatz",
    )


def test_a_pictograph_line_of_facts_gives_hours_and_place() -> None:
    assert hours_and_place("🕘 16:00 Uhr · 📍 Adneter Riedl") == ("16:00 Uhr", "Adneter Riedl")
    assert hours_and_place("16:00 Uhr · Konzert") is None  # no pictograph: another reader's
    assert hours_and_place("📅 01.05.2026 · 🕘 16:00 Uhr") is None  # a day: a meta line
    assert without_pictographs("📍 Dorfplatz Adnet") == "Dorfplatz Adnet"


def test_the_badge_cards_take_the_hours_and_place_of_their_facts_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = inspect_corpus_page(capsys, "static-landjugend-adnet-veranstaltungen-2026")
    first = records[0]
    assert (first["title"], first["start"][:16], first["location"]) == (
        "Maibaumaufstellen",
        "2026-05-01T16:00",
        "Dorfplatz Adnet",
    )


def test_a_section_heading_states_the_hour_of_its_rows() -> None:
    assert hours_of_the_heading("Bibelstunden (Mittwochs, 19:30 Uhr)") == "19:30 Uhr"
    assert hours_of_the_heading("Gemeinschaftsstunden (Sonntags)") is None
    assert hours_of_the_heading("Konzert am 12.05.2026, 19:30 Uhr") is None  # its own day
    assert hours_of_the_heading("Proben 18:00 Uhr und 20:00 Uhr") is None  # which one?


def test_the_schedule_rows_take_the_hour_of_their_heading(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = inspect_corpus_page(capsys, "static-lkg-limbach-oberfrohna-termine-2026-09")
    starts = {r["title"]: r["start"][:16] for r in records}
    # (the rows are named by their heading's kind since person_rows: „Bibelstunde (Otto, Markus)“)
    assert starts["Bibelstunde (Otto, Markus)"] == "2026-09-09T19:30"
    assert starts["Frauenstunde (Hernes, Lydia)"] == "2026-09-02T19:30"
    assert starts["Gemeinschaftsstunde (Plock, Wilfried)"] == "2026-09-06T15:00"  # its own hour


def test_a_where_line_above_the_tables_places_each_row(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # LKG Limbach-Oberfrohna: „im Gemeinschaftshaus Pleißaer Str. 13c, 09212 Limbach-Oberfrohna“
    # once above four schedule tables, no „findet … statt“ around it (before: place 0/6).
    records = inspect_corpus_page(capsys, "static-lkg-limbach-oberfrohna-termine-2026-09")
    places = {record["start"][:10]: record.get("location") for record in records}
    assert places["2026-09-09"] == "Gemeinschaftshaus Pleißaer Str. 13c, 09212 Limbach-Oberfrohna"
    assert places["2026-09-02"] == "Gemeinschaftshaus Pleißaer Str. 13c, 09212 Limbach-Oberfrohna"

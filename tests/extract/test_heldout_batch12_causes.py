"""Causes found on held-out batch 12 of the real-page corpus (German pages), each pinned on its
page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from netdir.extract import extract_page
from netdir.normalize import normalize_record
from tests.extract.conftest import page_from_text

PAGES = Path(__file__).parents[1] / "realpages" / "pages"


def _records(page: str, url: str) -> list:
    html = (PAGES / page).read_text(encoding="utf-8")
    return extract_page(page_from_text(html, url)).records


def test_the_rows_beside_a_club_jsonld_take_their_time_from_the_place_cell() -> None:
    # The page's JSON-LD is only its club ("Organization" with an address); its four dated rows
    # („Mo 31.08.“ + <span class="jahr">2026</span>, title, details) were never read (fixed
    # beside this batch by i11-pages-en's dispatch rule for an Organization-only page).
    records = _records(
        "static-svs-schwanheim-termine.html", "https://emile1992.github.io/svs-website/termine.html"
    )
    dated = [r for r in records if r.date_text]
    assert [r.extractor for r in records].count("listing") == 4
    today = date(2026, 8, 19)
    assert [(r.title, normalize_record(r, today=today).start) for r in dated] == [
        ("Lichtbildervortrag von Jochen Ridder", "2026-08-31T19:45:00+02:00"),
        ("Mitmach-Abend", "2026-09-14T19:45:00+02:00"),
        ("Wanderfahrt in den Taunus", "2026-09-27T09:29:00+02:00"),
        ("Videovortrag von Andreas Illert", "2026-09-28T19:45:00+02:00"),
    ]
    # <span class="ort">19:45 Uhr, Vereinsraum Alt Schwanheim 6</span>: the time joins the day,
    # the rest is the place.
    assert dated[0].location_text == "Vereinsraum Alt Schwanheim 6"
    assert dated[2].location_text == "Frankfurt (Main) Hbf"
    assert dated[0].field_sources["date_text"].endswith("+ time:listing:span.ort")


def test_a_structured_event_page_keeps_its_own_records_only() -> None:
    # JSON-LD that dates its events is still the page's answer (no listing added to it).
    html = (
        '<html><head><script type="application/ld+json">{"@context":"https://schema.org",'
        '"@type":"Event","name":"Sommerfest","startDate":"2026-07-04T15:00"}</script></head>'
        "<body><ul><li>04.07.2026 Sommerfest</li><li>05.07.2026 Frühschoppen</li>"
        "<li>06.07.2026 Kinderfest</li></ul></body></html>"
    )
    records = extract_page(page_from_text(html, "https://example.org/fest")).records
    assert [r.extractor for r in records] == ["jsonld"]


def test_lines_of_a_box_that_each_open_with_a_day_are_one_event_each() -> None:
    # An unclosed <h2>NÄCHSTE QUER! TERMINE<h2> holds <br> lines „Sa 30.07. Gemeinsames
    # Warm-up + CSD Parade“, „Fr 12.08. Kanufahren“, …: one record per line, the year from
    # „Programm 2016“ above; the box was read as one event.
    records = _records(
        "static-akquer-stuttgart-programm-2016.html", "http://www.quer.uni-stuttgart.de/termine.htm"
    )
    today = date(2016, 7, 11)
    lines = [(r.title, normalize_record(r, today=today).start) for r in records[1:]]
    assert lines == [
        ("Gemeinsames Warm-up + CSD Parade", "2016-07-30"),
        ("Kanufahren", "2016-08-12"),
        ("Freibad", "2016-08-25"),
        ("Klettergarten", "2016-09-10"),
        ("Filmabend", "2016-09-22"),
        ("Gaydelight auf dem Stuttgarter Wasen", "2016-10-06"),
        ("quer! Semesterparty", "2016-10-21"),
    ]
    assert records[1].field_sources["title"].endswith("h2 line")
    assert records[1].field_sources["date_text"].endswith("+ year:h1")


def test_the_time_after_a_rows_name_is_its_time_and_what_follows_its_place() -> None:
    # „16.03. Jahreshauptversammlung RCA (18.00 Uhr Fährhaus)“, „18.03. Arbeitseinsatz - 8.00
    # Uhr bis ca. 12.00 Uhr im Hafen“, „21.04. Boote einkranen ab 8.00 Uhr“: right day, but the
    # time stayed in the title (or was cut from it and lost).
    records = _records("hugo-rcaken-termine-2017.html", "https://rc-aken.de/termine/")
    today = date(2017, 5, 2)
    by_title = {}
    for record in records:
        by_title.setdefault(record.title, record)
    meeting = by_title["Jahreshauptversammlung RCA"]
    assert normalize_record(meeting, today=today).start == "2017-03-16T18:00:00+01:00"
    assert meeting.location_text == "Fährhaus"
    assert meeting.field_sources["date_text"].endswith("+ time:text + year:h3")
    work = by_title["Arbeitseinsatz"]
    normalized = normalize_record(work, today=today)
    assert (normalized.start, normalized.end) == (
        "2017-03-18T08:00:00+01:00",
        "2017-03-18T12:00:00+01:00",
    )
    assert work.location_text == "Hafen"
    crane = by_title["Boote einkranen"]
    assert normalize_record(crane, today=today).start == "2017-04-21T08:00:00+02:00"
    # A name without a time keeps its words, brackets included.
    assert "Sommerfest an der Elbe (Kutterrudern)" in by_title

"""Causes found on held-out batch 11 of the real-page corpus (German pages) and the open cause
of batch 8 it led back to ("|"-separated day lines under a section heading), each pinned on
its page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from netdir.extract import extract_page
from netdir.extract.context import PageContext
from netdir.extract.heading_item_name import one_of_series
from netdir.extract.listing import extract_listing
from netdir.html_depth import parse_html
from netdir.normalize import normalize_record
from netdir.normalize.when_lists import day_list
from tests.extract.conftest import FETCHED_AT, page_from_text

PAGES = Path(__file__).parents[1] / "realpages" / "pages"


def test_a_date_line_under_the_h1_dates_the_event_when_the_page_labels_its_time_and_place() -> None:
    # <h1>Herbstbörse</h1><p>11. Oktober 2026 | Bretnig-Hauswalde</p>, then <h2>Uhrzeit</h2>
    # <p>13.00 bis 15.30 Uhr</p> and <h2>Ort</h2> with three address lines. A bare date line
    # under a headline may be a news date; with the time and place labelled it is the event's.
    url = "https://www.aquarienverein-exotica.de/termine/herbstboerse/index.html"
    html = (PAGES / "static-exotica-bretnig-herbstboerse.html").read_text(encoding="utf-8")
    records = extract_page(page_from_text(html, url)).records
    assert [r.title for r in records] == ["Herbstbörse"]
    record = records[0]
    normalized = normalize_record(record, today=date(2026, 4, 21))
    assert normalized.start == "2026-10-11T13:00:00+02:00"
    assert normalized.end == "2026-10-11T15:30:00+02:00"
    assert record.location_text == (
        "Gemeindeamt Bretnig-Hauswalde, Am Klinkenplatz 9, 01900 Bretnig-Hauswalde"
    )
    assert record.field_sources["date_text"] == "event_page:p below h1"


def test_a_news_date_line_under_a_headline_without_labelled_facts_stays_no_event() -> None:
    html = (
        "<html><body><main><h1>Neuer Vorstand gewählt</h1><p>11. Oktober 2026 | Redaktion</p>"
        "<p>Der Verein hat einen neuen Vorstand.</p></main></body></html>"
    )
    records = extract_page(page_from_text(html, "https://example.org/news/vorstand")).records
    assert records == []


AV = "jekyll-avschleusingen-termine.html"


def test_days_separated_by_bars_under_a_heading_are_one_meeting_each_named_by_the_heading() -> None:
    # <h3>Vorstandssitzungen 2026</h3><p>12.03. | 23.04. | … | 12.11.2026<br>jeweils 19:00 Uhr
    # im Anglerheim</p>: seven board meetings; the row's own words only say when and where.
    # <h3>Mitgliederversammlung</h3><p>14.03.2026 – 14:00 Uhr im Vereinsheim …</p>: the heading
    # names the meeting, the rest of the line is its place. The paragraphs (not the heading
    # runs, which hold several of them) are the items.
    url = "https://www.av-schleusingen.de/termine/"
    tree = parse_html((PAGES / AV).read_text(encoding="utf-8"))
    records = extract_listing(tree, PageContext("test-source", url, url, None, FETCHED_AT))
    today = date(2026, 2, 1)
    board = [r for r in records if r.title == "Vorstandssitzung"]
    assert [normalize_record(r, today=today).start for r in board] == [
        "2026-03-12T19:00:00+01:00",
        "2026-04-23T19:00:00+02:00",
        "2026-05-28T19:00:00+02:00",
        "2026-06-18T19:00:00+02:00",
        "2026-09-03T19:00:00+02:00",
        "2026-10-08T19:00:00+02:00",
        "2026-11-12T19:00:00+01:00",
    ]
    assert board[0].field_sources["title"].endswith("heading above (one of the series)")
    assert board[0].location_text == "jeweils 19:00 Uhr im Anglerheim"
    assert sum(1 for r in records if r.title == "Arbeitseinsatz") == 7
    meeting = next(r for r in records if r.title == "Mitgliederversammlung")
    assert meeting.location_text == "im Vereinsheim Schleusingen"
    # A paragraph that names its event keeps its own words (its venue part is its place).
    assert ("Fischerfest", "Anglerheim") in [(r.title, r.location_text) for r in records]


def test_bars_separate_listed_days_and_a_series_heading_names_one_of_it() -> None:
    assert day_list("12.03. | 23.04. | 12.11.2026, jeweils 19:00 Uhr") == [
        "12.03.2026, 19:00 Uhr",
        "23.04.2026, 19:00 Uhr",
        "12.11.2026, 19:00 Uhr",
    ]
    assert day_list("20.10. | 21.10.2026") is None  # following days: one event over two
    assert one_of_series("Vorstandssitzungen 2026") == "Vorstandssitzung"
    assert one_of_series("Arbeitseinsätze 2026") == "Arbeitseinsatz"
    assert one_of_series("Vorträge") == "Vortrag"
    assert one_of_series("Offene Führungen 2026") == "Offene Führungen"
    assert one_of_series("Mitgliederversammlung") == "Mitgliederversammlung"

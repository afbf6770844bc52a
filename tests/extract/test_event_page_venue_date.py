"""A single-event page's date line right under its venue line in one box."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from netdir.extract import extract_page
from netdir.normalize import normalize_record
from tests.extract.conftest import page_from_text

PAGES = Path(__file__).parents[1] / "realpages" / "pages"


def test_the_date_line_under_the_venue_line_dates_the_event() -> None:
    # Held-out batch 3 (WeGotTickets): "<h1>99 CLUB …</h1>", then in one blockquote "London 99
    # Club @ Storm Nightclub" / "Tue 20th Dec, 2011" — a venue and its day, not a byline.
    html = (PAGES / "wegottickets-event.html").read_bytes().decode("latin-1")
    records = extract_page(page_from_text(html, "http://www.wegottickets.com/f/2961")).records
    got = [(r.title, normalize_record(r, today=date(2011, 12, 20)).start) for r in records]
    assert got == [("99 CLUB LEICESTER SQUARE COMEDY", "2011-12-20")]


def test_a_byline_above_a_date_does_not_date_an_event() -> None:
    html = (
        "<html><body><h1>Council budget approved</h1><div><p>By Jane Smith</p>"
        "<p>Tue 20th Dec, 2011</p></div><p>The council approved the budget.</p></body></html>"
    )
    records = extract_page(page_from_text(html, "https://example.org/news/budget")).records
    assert not any(r.title == "Council budget approved" for r in records)

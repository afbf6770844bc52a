"""Causes found on held-out batches 16 to 18 of the real-page corpus (German pages), each pinned
on its page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from netdir.extract import extract_page
from netdir.normalize import normalize_record
from tests.extract.conftest import page_from_text

PAGES = Path(__file__).parents[1] / "realpages" / "pages"


def test_a_heading_of_name_and_venue_lines_gives_title_and_place() -> None:
    # A Mobirise timeline: <h4>Stammtisch<br>Café Inti</h4>, <h4>Beethoven-Konzert<br>Leipzig,
    # Gewandhaus</h4> — the heading's second line is where, not part of the name; a heading of
    # one line ("Frühjahrs-Gauwanderung") stays whole.
    html = (PAGES / "mobirise-singletreff-goettingen-termine.html").read_text(encoding="utf-8")
    records = extract_page(page_from_text(html, "https://jgoschke.github.io/fsgoe/termine.html"))
    got = [(r.title, r.location_text) for r in records.records]
    assert got[0] == ("After Work", "Weihnachtsmarkt Göttingen")
    assert ("Stammtisch", "Café Inti") in got
    assert ("Kochen", "Ev. Familien-Bildungsstätte GÖ") in got
    assert ("Beethoven-Konzert", "Leipzig, Gewandhaus") in got
    assert ("Bach'sche 'Weihnachtsoratorium'", "St. Blasius Kirche, Hann. Münden") in got
    assert ("Frühjahrs-Gauwanderung", None) in got


def test_a_time_column_beside_the_date_column_and_the_band_as_title() -> None:
    # Header row of plain cells „Veranstaltungsort | Uhrzeit | Datum | Musik | Wirtshaus |
    # Bemerkung“ (batch 17): "Uhrzeit" is the time of the day in "Datum" (it took the date
    # column before), and with no title column the band ("Musik") names the dance evening.
    html = (PAGES / "static-volkstanzfreunde-termine-2020.html").read_text(encoding="utf-8")
    page = page_from_text(html, "http://www.volkstanzfreunde.de/termine.htm")
    records = extract_page(page).records
    today = date(2020, 1, 5)
    got = [(r.title, normalize_record(r, today=today).start) for r in records]
    assert got[0] == ("Wolnzacher Tanzlmusi", "2020-01-11T20:00:00+01:00")
    assert ("Haxnschmeisser Geigenmusik", "2020-01-18T19:30:00+01:00") in got
    assert len(got) == 23


def test_a_bare_span_of_days_under_the_h1_dates_the_event_page() -> None:
    # Batch 18: <h1>Winter-ZaPF in Freiburg</h1><p id="uberdate">31.10.2019 - 3.11.2019</p>
    # above a programme that is only an image — a span of days under the heading is the
    # conference's, not a publication date (a page is published on one day).
    html = (PAGES / "static-zapf-freiburg-programm-2019.html").read_text(encoding="utf-8")
    records = extract_page(page_from_text(html, "https://zapf-freiburg.de/programm.html")).records
    assert len(records) == 1
    normalized = normalize_record(records[0], today=date(2019, 10, 1))
    assert (records[0].title, normalized.start, normalized.end) == (
        "Winter-ZaPF in Freiburg",
        "2019-10-31",
        "2019-11-03",
    )

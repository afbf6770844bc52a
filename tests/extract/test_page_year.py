"""The year a page states for its yearless dates reaches ``parse_when(year=…)`` (issue #11, cause 7).

A listing row "6. Oktober, 15- 17 Uhr" names no year; without the page's year the normalizer
guesses the one nearest the day it runs, which is wrong once the page is read a season later.
The extractor finds the year where the page states it — a heading above the rows ("2017"), the
URL, or the rows around it that write their year — and hands it over in ``extra["page_year"]``;
the date text stays as the page writes it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from netdir.extract import extract_page
from netdir.extract.neighbour_years import give_year, years_from_neighbours
from netdir.normalize import normalize_record, parse_when
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text

PAGES = Path(__file__).parents[1] / "realpages" / "pages"


def _records(page: str, url: str) -> list[RawRecord]:
    html = (PAGES / page).read_text(encoding="utf-8")
    return extract_page(page_from_text(html, url)).records


def test_rows_without_a_year_take_the_year_the_rows_around_them_state() -> None:
    # The TYPO3 page lists "Freitag, 2. Oktober 2026, 18 Uhr", then a café "6. Oktober, 3.
    # November, 1. Dezember, 15- 17 Uhr" and "Supervision: Mittwoch, 14.10., 17:30 Uhr", then
    # "Freitag, 16. Oktober 2026": the rows between are 2026's. Read in June 2027 the nearest-year
    # guess puts 6 October in 2027.
    records = _records(
        "typo3-selbsthilfe-recklinghausen-termine.html",
        "https://www.paritaetischer-recklinghausen.de/selbsthilfe-kontaktstelle/",
    )
    late = date(2027, 6, 1)
    cafe = next(r for r in records if r.date_text == "6. Oktober, 15- 17 Uhr")
    assert parse_when(cafe.date_text, today=late).start == "2027-10-06T15:00:00+02:00"
    assert normalize_record(cafe, today=late).start == "2026-10-06T15:00:00+02:00"
    assert cafe.extra["page_year"] == "2026"
    assert cafe.field_sources["date_text"].endswith(" + year:rows around")
    supervision = next(r for r in records if r.title.startswith("Supervision"))
    assert normalize_record(supervision, today=late).start == "2026-10-14T17:30:00+02:00"
    stated = next(r for r in records if r.date_text and "2. Oktober 2026" in r.date_text)
    assert "page_year" not in stated.extra  # a row that writes its year needs none


def test_a_given_year_overrules_an_earlier_guess_in_the_provenance() -> None:
    # One helper sets the year for every year reader (neighbour, section, coming-list, order):
    # a later reading that overrules a guess replaces that guess's provenance suffix.
    record = RawRecord("s", "https://x.example/", "listing", "Hoffest", date_text="30.7.")
    record.field_sources["date_text"] = "listing:td + year:list order"
    give_year(record, 2016, " + year:a date beside the list", replaces=" + year:list order")
    assert record.extra["page_year"] == "2016"
    assert record.field_sources["date_text"] == "listing:td + year:a date beside the list"
    give_year(record, "2017", " + year:rows around")
    assert record.field_sources["date_text"].endswith("beside the list + year:rows around")


def test_a_year_heading_reaches_the_normalizer_and_the_date_text_stays_as_written() -> None:
    # "<h3>2017</h3>" above "16.März", "01.April Anrudern": the rows keep the page's words (the
    # year was once written into the date text) and are read in 2017 on any later day.
    records = _records("hugo-rcaken-termine-2017.html", "https://rc-aken.de/termine/")
    anrudern = next(r for r in records if r.title == "Anrudern")
    assert anrudern.date_text == "01.April Anrudern"
    assert anrudern.extra["page_year"] == "2017"
    assert anrudern.field_sources["date_text"].endswith(" + year:h3")
    assert normalize_record(anrudern, today=date(2026, 11, 27)).start == "2017-04-01"


def _row(date_text: str) -> RawRecord:
    return RawRecord(
        source_id="s",
        page_url="https://example.org/",
        extractor="listing",
        title="t",
        date_text=date_text,
        field_sources={"date_text": "listing:li"},
    )


def test_a_row_between_two_years_keeps_its_guess() -> None:
    # Across New Year the rows around a yearless one state different years: no year is given.
    rows = years_from_neighbours([_row("28.12.2025"), _row("03.01."), _row("10.01.2026")])
    assert "page_year" not in rows[1].extra
    rows = years_from_neighbours([_row("05.03.2026"), _row("12.03."), _row("20.03.2026")])
    assert rows[1].extra["page_year"] == "2026"
    # at a list's end only one side states a year: left to the guess
    rows = years_from_neighbours([_row("05.03.2026"), _row("20.03.2026"), _row("12.04.")])
    assert "page_year" not in rows[2].extra

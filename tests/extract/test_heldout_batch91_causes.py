"""Causes found on held-out German batch 91 (listing pages: a computer museum's dates and a
string quartet's concert cards), each unit with its real page of the corpus
(tests/realpages/README.md)."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.extract.address_rows import name_address_rows
from netdir.extract.structured_titles import trim_site_name
from netdir.extract.weekday_years import years_the_weekdays_name
from netdir.normalize.record import normalize_record
from netdir.records import RawRecord
from tests.extract.realpage_inspect import inspect_corpus_page


def _card(title: str, place: str, date_text: str, title_from: str) -> RawRecord:
    record = RawRecord(
        source_id="t", page_url="https://example.org/", extractor="listing", title=title
    )
    record.location_text = place
    record.date_text = date_text
    record.field_sources["title"] = title_from
    return record


def test_a_cards_own_heading_names_it_not_its_venue() -> None:
    # Each card: an h3 with the programme over a line „venue street number, town“.
    cards = [
        _card(
            "Coldplay vs. Ed Sheeran",
            "Kurhaus Wiesbaden Kurhausplatz 1, 65189 Wiesbaden",
            "Freitag, 2. Oktober 2026, 18:30 Uhr",
            "listing:ul.termine>li.termin h3",
        ),
        _card(
            "Hans Zimmer",
            "Logenhaus Frankfurt Kaiserstraße 37, 60329 Frankfurt am Main",
            "Sonntag, 11. Oktober 2026, 18:30 Uhr",
            "listing:h3>a",
        ),
    ]
    name_address_rows(cards, "Die nächsten Konzerte", "Streichquartett Frankfurt")
    assert [(r.title, r.location_text) for r in cards] == [
        ("Coldplay vs. Ed Sheeran", "Kurhaus Wiesbaden Kurhausplatz 1, 65189 Wiesbaden"),
        ("Hans Zimmer", "Logenhaus Frankfurt Kaiserstraße 37, 60329 Frankfurt am Main"),
    ]
    # The same words as plain lines of a row (no heading of their own) still read as venues:
    # the list names them (its heading only says „performances“, so the page's name).
    lines = [
        _card(r.title or "", r.location_text or "", r.date_text or "", "listing:text")
        for r in cards
    ]
    name_address_rows(lines, "Vorstellungen", "Un dolce deliro")
    assert [r.title for r in lines] == ["Un dolce deliro", "Un dolce deliro"]


def _day_row(date_text: str) -> RawRecord:
    record = RawRecord(
        source_id="t", page_url="https://example.org/", extractor="listing", title="Führung"
    )
    record.date_text = date_text
    return record


def _days(date_texts: list[str], today: date) -> list[str]:
    rows = years_the_weekdays_name([_day_row(text) for text in date_texts], today)
    return [(normalize_record(row, today=today).start or "")[:10] for row in rows]


def test_one_wrong_weekday_in_a_list_keeps_the_nearest_year() -> None:
    today = date(2016, 11, 1)
    # 11 November 2016 was a Friday: the „(Sa)“ alone would move the row to 2017, a year after
    # the row below it, whose „(Mi)“ is right in 2016.
    assert _days(["11. November (Sa) 14:00 Uhr", "23. November (Mi) 10:00 Uhr"], today) == [
        "2016-11-11",
        "2016-11-23",
    ]
    # Below the later row the same day runs on into the next year: its weekday holds.
    assert _days(["23. November (Mi) 10:00 Uhr", "11. November (Sa) 14:00 Uhr"], today) == [
        "2016-11-23",
        "2017-11-11",
    ]
    # Two weekdays off the nearest year are no slip (a page saved a year later).
    assert _days(["11. November (Sa)", "25. November (Sa)", "23. November (Mi)"], today) == [
        "2017-11-11",
        "2017-11-25",
        "2016-11-23",
    ]


def _named(title: str) -> RawRecord:
    record = RawRecord(
        source_id="t", page_url="https://example.org/", extractor="jsonld", title=title
    )
    record.field_sources["title"] = "jsonld:Event.name"
    return record


def test_a_structured_name_loses_the_sites_name_before_the_cards_heading() -> None:
    def headings() -> tuple[set[str], set[str]]:
        return {"Termine"}, {"Coldplay vs. Ed Sheeran", "Hans Zimmer"}

    def site() -> set[str]:
        return {"termine", "divites quartett"}

    record = _named("Divites Quartett – Coldplay vs. Ed Sheeran")
    trim_site_name(record, headings, site)
    assert record.title == "Coldplay vs. Ed Sheeran"
    # Another act's name before the dash is no site's name: the name stays whole.
    other = _named("Gastquartett – Hans Zimmer")
    trim_site_name(other, headings, site)
    assert other.title == "Gastquartett – Hans Zimmer"
    # Without a heading that shows the rest alone, the name stays whole.
    unseen = _named("Divites Quartett – Best of 80s")
    trim_site_name(unseen, headings, site)
    assert unseen.title == "Divites Quartett – Best of 80s"


def test_batch91_pages_after_the_fixes(capsys: pytest.CaptureFixture[str]) -> None:
    # The concert cards took the list's h2 „Die nächsten Konzerte“ as every title (0/14 before).
    cards = inspect_corpus_page(capsys, "divites-quartett-start-2026")
    assert [(r["start"][:16], r["title"]) for r in cards[:3]] == [
        ("2026-10-02T18:30", "Coldplay vs. Ed Sheeran"),
        ("2026-10-02T20:30", "Queen vs. ABBA"),
        ("2026-10-03T16:30", "Vivaldi – Die vier Jahreszeiten"),
    ]
    assert len(cards) == 14
    assert "Kurhaus Wiesbaden" in (cards[0]["location"] or "")
    # The dates page's JSON-LD names its concerts „Divites Quartett – …“ (title 0/8 before).
    dated = inspect_corpus_page(capsys, "divites-quartett-termine-2026")
    assert [r["title"] for r in dated[:2]] == ["Coldplay vs. Ed Sheeran", "Queen vs. ABBA"]
    # The museum's „11. November (Sa)“ went to 2017 (1/2 before).
    rows = inspect_corpus_page(capsys, "technikum29-termine-2016-11")
    assert [r["start"][:16] for r in rows] == ["2016-11-11T14:00", "2016-11-23T10:00"]

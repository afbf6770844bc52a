"""A day an answer about events writes in words (json_worded_days)."""

from __future__ import annotations

import json
from datetime import date

from netdir.extract import extract_page
from netdir.extract.json_worded_days import worded_day
from tests.extract.conftest import page_from_text

TODAY = date(2016, 8, 13)


def test_worded_days_are_read() -> None:
    assert worded_day("01. September 2016", TODAY) == "2016-09-01"
    assert worded_day("Dec 4, 2022", TODAY) == "2022-12-04"
    assert worded_day("28-May-2022", TODAY) == "2022-05-28"


def test_a_month_a_vague_year_or_a_sentence_is_no_day() -> None:
    assert worded_day("Jan-2022", TODAY) is None
    assert worded_day("TBD 2022", TODAY) is None
    assert worded_day("September", TODAY) is None
    long = "Am 1. September 2016 ab 18 Uhr laden wir zu unserem großen Buffet in den Saal ein"
    assert worded_day(long, TODAY) is None


def test_only_a_body_that_is_all_data_reads_them() -> None:
    events = [{"title": "Schnitzelbuffet", "date": "01. September 2016", "time": "ab 18:00 Uhr"}]
    body = json.dumps(events)
    page = page_from_text(body, "https://example.org/events.json", "application/json")
    (record,) = extract_page(page).records
    assert (record.title, record.start) == ("Schnitzelbuffet", "2016-09-01T18:00")
    script = f"<html><body><p>x</p><script>var posts = {json.dumps(events)};</script></body></html>"
    titles = [r.title for r in extract_page(page_from_text(script)).records]
    assert "Schnitzelbuffet" not in titles  # a page's script: as often a post's day


def test_a_numeric_day_after_its_weekdays_short_name() -> None:
    # A restaurant's events JSON: „"datum": "Sa. 26.09.2026"“, a „Termin“ row „So. 14.06.2026,
    # 19.00 Uhr“ — the weekday's two letters are no month word, but the day is the page's.
    assert worded_day("Sa. 26.09.2026", TODAY) == "2026-09-26"
    assert worded_day("So, 14.06.2026, 19.00 Uhr", TODAY) == "2026-06-14T19:00:00+02:00"
    assert worded_day("Fr 3.7.2026", TODAY) == "2026-07-03"
    assert worded_day("ab 12.09.", TODAY) is None  # no weekday, no month word: not read here

"""An all-day entry whose description opens with the day's hours takes them (ical_day_hours)."""

from __future__ import annotations

import pytest

from netdir.extract.ical_day_hours import hours_in_the_description, place_in_a_line
from netdir.records import RawRecord
from tests.extract.realpage_inspect import inspect_corpus_page


def _record(start: str, end: str | None, description: str) -> RawRecord:
    record = RawRecord("s", "https://example.org/cal.ics", "ical", "SchlemmerShoppen")
    record.start, record.end, record.all_day = start, end, True
    hours_in_the_description(record, description)
    return record


def test_the_hours_and_the_place_of_the_first_line() -> None:
    record = _record("2026-07-09", "2026-07-09", "Do 17–22 Uhr, Dr.-Walter-Lübcke-Platz\nMehr …")
    assert record.date_text == "09.07.2026, 17–22 Uhr"
    assert record.location_text == "Dr.-Walter-Lübcke-Platz"


def test_a_run_of_days_or_a_first_line_of_prose_stays_all_day() -> None:
    assert _record("2026-07-09", "2026-07-12", "Do 17–22 Uhr").date_text is None
    assert _record("2026-07-09", None, "Weinfest im Bürgerpark ab 17 Uhr").date_text is None


def test_the_late_night_shopping_evening(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "ical-dreieich-veranstaltungen-2026-04")
    evening = next(r for r in records if "SchlemmerShoppen" in r["title"])
    assert (evening["start"][:16], evening["end"][:16]) == ("2026-07-09T17:00", "2026-07-09T22:00")


@pytest.mark.parametrize(
    ("description", "place"),
    [
        ("Wassergasse, Langen\nImmer am ersten Sonntag im Mai", "Wassergasse, Langen"),
        ("Sa 18.07. Jazz, So 19.07. Blues\nBurg Hayn, Fahrgasse 52", "Burg Hayn, Fahrgasse 52"),
        ("Hooschebaa-Fest, Lindenplatz Sprendlingen", "Lindenplatz Sprendlingen"),
        ("Frühjahrsausstellung der Kunsttage Dreieich\nKunstInitiative Dreieich", None),
    ],
)
def test_a_line_of_the_description_that_names_a_place(description: str, place: str | None) -> None:
    record = RawRecord("s", "https://example.org/cal.ics", "ical", "Fest")
    record.start, record.all_day = "2026-05-03", True
    place_in_a_line(record, description)
    assert record.location_text == place


def test_a_later_line_that_opens_with_a_clock_range() -> None:
    # Copenhagen Capacity's conferences: the account of the event, then its hours and a remark.
    text = "A full day of knowledge.\n08:00–18:00. Danish-language event.\nOrganiser: X"
    assert _record("2026-10-08", "2026-10-08", text).date_text == "08.10.2026, 08:00–18:00"
    arrival = "Survey results.\n14:00–16:30 (arrival from 13:30). Danish-language event."
    assert _record("2026-11-18", None, arrival).date_text == "18.11.2026, 14:00–16:30"
    assert _record("2027-04-01", None, "Hosted.\n09:00–18:00 CEST. Venue …").date_text == (
        "01.04.2027, 09:00–18:00"
    )


def test_a_clock_range_inside_prose_or_over_several_days_is_no_hours() -> None:
    assert _record("2026-10-28", "2026-10-29", "Fair.\n08:00–18:00.").date_text is None
    assert _record("2026-10-08", None, "Fair.\nOpen 09:00–17:00 both days.").date_text is None
    assert _record("2026-10-08", None, "Fair.\nTrack 3–5 Nov, HR 4–5 Nov.").date_text is None


def test_the_hours_a_sentence_gives_each_day_of_a_run() -> None:
    # Building Green CPH 2026 on 28 and 29 October: „Open 09:00–17:00 both days.“
    text = "The Nordic region's largest event.\nOpen 09:00–17:00 both days. Free admission."
    assert _record("2026-10-28", "2026-10-29", text).date_text == (
        "28.10.2026 – 29.10.2026, 09:00–17:00"
    )
    daily = "Messe.\nTäglich 10:00–18:00 geöffnet."
    assert _record("2026-03-06", "2026-03-08", daily).date_text == (
        "06.03.2026 – 08.03.2026, 10:00–18:00"
    )
    # the clock range and the words for every day in different sentences: no hours
    apart = "Open 09:00–17:00. Talks on both days."
    assert _record("2026-10-28", "2026-10-29", apart).date_text is None


def test_the_fairs_run_opens_and_closes_at_its_hours(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "ical-copcap-easterndenmark-events-2026-10")
    fair = next(r for r in records if r["title"] == "Building Green CPH 2026")
    assert (fair["start"][:16], fair["end"][:16]) == ("2026-10-28T09:00", "2026-10-29T17:00")
    assert fair["field_sources"]["date_text"] == "ical:DESCRIPTION sentence (each day's hours)"

"""Held-out structured batch CF: the general causes it showed, minimal snippets and the real files.

Batch CF: a town's swimming-course list (courses named by „kurs“, runs of days without a year
„08.06. - 27.07.“), a Volkshochschule's course file whose only date is the course page's times
text under „zeiten“, and a county library's events list whose outdoor events are at „Offsite“.
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.extract.json_course_times import course_times
from netdir.extract.json_offsite_places import is_away, titled_place
from netdir.extract.json_worded_days import worded_day, worded_run
from tests.extract.realpage_inspect import inspect_corpus_page
from tests.extract.structured_readings import shown

POOLS = "json-oberderdingen-schwimmkurse-2026-06"
VHS = "json-vhs-lahnstein-kurse-2025-11"
LIBRARY = "json-multcolib-events-2024-08"
_JUNE = "2026-06-10T10:00:00+00:00"
_NOVEMBER = "2025-11-20T10:00:00+00:00"


# --- 1. A course list names each course by „kurs“; its runs of days leave out the year ------------


def test_a_course_named_by_kurs_on_a_yearless_run_is_read() -> None:
    # Before: no record — „kurs“ was no title key and „08.06. - 27.07.“ no date.
    course = {"kurs": "Seepferdchen Natter", "ort": "Flehingen NaturErlebnisbad"}
    got = shown([{**course, "datum": "08.06. - 27.07.", "uhrzeit": "15:00 - 15:45"}], _JUNE)
    assert [(t, s[:16], e[:16], p) for t, s, e, p in got] == [
        (
            "Seepferdchen Natter",
            "2026-06-08T15:00",
            "2026-07-27T15:45",
            "Flehingen NaturErlebnisbad",
        )
    ]


@pytest.mark.parametrize(
    ("value", "run"),
    [
        ("08.06. - 27.07.", ("2026-06-08", "2026-07-27")),
        ("31.08 - 04.09.", ("2026-08-31", "2026-09-04")),
        ("09.06.-28.07.2026", ("2026-06-09", "2026-07-28")),  # the year at the run's end only
    ],
)
def test_worded_run_reads_a_run_of_dotted_days_without_year(
    value: str, run: tuple[str, str]
) -> None:
    assert worded_run(value, date(2026, 6, 10)) == run


def test_worded_day_reads_a_lone_dotted_day_without_year() -> None:
    assert worded_day("08.06.", date(2026, 6, 10)) == "2026-06-08"


@pytest.mark.parametrize("value", ["1.5", "12.3 - 4", "08.06", "1.2.3.4"])
def test_what_is_no_yearless_day_stays_unread(value: str) -> None:
    assert worded_day(value, date(2026, 6, 10)) is None
    assert worded_run(value, date(2026, 6, 10)) is None


def test_a_share_price_under_kurs_is_no_title() -> None:
    assert shown([{"kurs": 123.45, "datum": "08.06.2026"}], _JUNE) == []


# --- 2. A course's times text under „zeiten“ ----------------------------------------------------

_COURSE = "1 Abend, 01.12.2025 Montag, 18:00 - 21:15 Uhr, 15 Min. Pause Anzahl 1 Termin(e)"


def test_the_summary_of_a_course_times_text_dates_the_course() -> None:
    # Before: no record — „zeiten“ was no date key and its text too long for a day value.
    called_off = " Do 30.10.2025 14:00 - 17:15 Uhr abgesagt Volkshochschule Lahnstein e.V."
    got = shown(
        [
            {
                "titel": "Einführung in die KI",
                "ort": "Online & Präsenz, 2. OG",
                "zeiten": _COURSE + called_off,
            }
        ],
        _NOVEMBER,
    )
    assert [(t, s[:16], e[:16], p) for t, s, e, p in got] == [
        ("Einführung in die KI", "2025-12-01T18:00", "2025-12-01T21:15", "Online & Präsenz, 2. OG")
    ]


def test_a_course_over_several_days_ends_on_its_last() -> None:
    text = (
        "4 Tage, 05.12.2025 - 13.12.2025 Freitag, 16:00 - 19:15 Uhr, 15 Min. Pause Samstag, "
        "11:00 - 14:15 Uhr, 15 Min. Pause Anzahl 4 Termin(e) Fr 05.12.2025 16:00 - 19:15 Uhr"
    )
    start, end = course_times(text, date(2025, 11, 20)) or ("", None)
    assert (start[:16], (end or "")[:10]) == ("2025-12-05T16:00", "2025-12-13")


@pytest.mark.parametrize("value", ["", "kostenfrei", "Anmeldung erforderlich", 17, None])
def test_what_is_no_course_time_reads_as_none(value: object) -> None:
    assert course_times(value, date(2025, 11, 20)) is None


# --- 3. „Offsite“ is no place -------------------------------------------------------------------


def test_an_offsite_event_is_at_the_place_its_title_names() -> None:
    event = {"date": "2024-08-14T00:00:00.000", "time": "11:15am - 12:00pm", "location": "Offsite"}
    got = shown(
        [
            {**event, "title": "Outdoor Storytime - Holly Farm Park"},
            {**event, "title": "Outdoor Storytime"},
            {**event, "title": "Tiny Tots", "location": "Holgate Library"},
        ],
        "2024-08-14T10:00:00+00:00",
    )
    assert [place for *_, place in got] == ["Holly Farm Park", None, "Holgate Library"]


@pytest.mark.parametrize(
    ("title", "place"),
    [
        ("Outdoor Storytime - Holly Farm Park", "Holly Farm Park"),
        ("Outdoor Storytime in English and Spanish - St. Johns Park", "St. Johns Park"),
        ("Outdoor Storytime - bring a blanket", None),
        ("Park Cleanup", None),
    ],
)
def test_titled_place(title: str, place: str | None) -> None:
    assert titled_place(title) == place


def test_is_away() -> None:
    assert is_away("Offsite") and is_away(" Off-site ")
    assert not is_away("Holgate Library") and not is_away(None)


# --- The real files -----------------------------------------------------------------------------


def test_the_pools_courses_are_read_on_their_runs(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, POOLS)
    assert len(records) == 17
    first, camp = records[0], records[5]
    assert (first["title"], first["start"][:16], first["end"][:10]) == (
        "Anfänger Nachtfalter",
        "2026-06-08T14:00",
        "2026-07-27",
    )
    assert (camp["title"], camp["start"][:16], camp["location"]) == (
        "Camp Nilpferd",
        "2026-08-24T11:00",
        "Flehingen NaturErlebnisbad",
    )


def test_the_vhs_courses_are_read_from_their_times(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, VHS)
    assert len(records) == 13
    by_title = {r["title"]: r for r in records}
    called_off = by_title["Einführung in die KI"]  # two earlier sessions were called off
    assert called_off["start"][:16] == "2025-12-01T18:00"
    wordpress = by_title["WordPress"]
    assert (wordpress["start"][:16], wordpress["end"][:10]) == ("2025-12-05T16:00", "2025-12-13")


def test_the_librarys_outdoor_storytimes_are_at_their_parks(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = inspect_corpus_page(capsys, LIBRARY)
    places = {r["title"]: r["location"] for r in records if r["title"].startswith("Outdoor")}
    assert places == {
        "Outdoor Storytime - Holly Farm Park": "Holly Farm Park",
        "Outdoor Storytime in English and Spanish - St. Johns Park": "St. Johns Park",
    }

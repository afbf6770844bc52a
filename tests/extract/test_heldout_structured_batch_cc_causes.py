"""Held-out structured batch CC: the general causes it showed, minimal snippets and the real files.

Batch CC: two Hugo sites' own event feeds — the ACM SIGHPC Education Chapter's iCalendar (UTC
stamps, the site's trail on every title, the DESCRIPTION run on into the SUMMARY line), HackSoc
Nottingham's iCalendar and events JSON („"time": "2-6pm"“) — and the IndieWebCamp year sites'
h-event lists of 2019 and 2020.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from netdir.extract import extract_page
from netdir.extract.ical_glued_properties import with_glued_properties_apart
from netdir.normalize import normalize_record
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page
from tests.extract.structured_readings import shown

SIGHPC = "ical-hugo-sighpcedu-events-2024-07"
HACKSOC_JSON = "json-hugo-hacksocnotts-events-2026-08"
_TRAIL = " - ACM SIGHPC Education Chapter - AMC SIGHPC Education Chapter"


def _calendar(*events: str, head: str = "") -> list[RawRecord]:
    body = (
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//gohugo.io//Hugo 92//EN\n" + head + "".join(events)
    )
    page = page_from_text(
        body + "END:VCALENDAR\n", "https://example.org/events/index.ics", "text/calendar"
    )
    page.fetched_at = datetime.fromisoformat("2024-07-01T11:18:24+00:00")
    return extract_page(page).records


def _starts(records: list[RawRecord]) -> list[str | None]:
    """Each record's start as the normalizer writes it (the zone the extractor chose, or Berlin's)."""
    return [normalize_record(r, today=date(2024, 7, 1)).start for r in records]


def _event(summary_line: str, start: str, extra: str = "") -> str:
    return (
        f"BEGIN:VEVENT\nUID: {start}@example.org\nSTATUS:CONFIRMED\nDTSTART:{start}Z\n"
        f"DTEND:{start[:9]}{int(start[9:11]) + 1:02d}{start[11:]}Z\n{summary_line}\n{extra}"
        "CLASS:PUBLIC\nURL:https://example.org/events/x/\nEND:VEVENT\n"
    )


# --- 1. A property a template ran into the title's line is set on its own line again ----------


def test_a_description_glued_to_the_title_is_the_description_again() -> None:
    # Before: the title was the whole line, „HPC Carpentry - …ChapterDESCRIPTION:SIGHPC …“, and
    # the event had no description; „CodeRefinery - …ChapterDESCRIPTION:…“ was even cut to „Code“
    # (the glued text read as a teaser after the seam in „CodeRefinery“).
    records = _calendar(
        _event(
            "SUMMARY:CodeRefinery - Chapter - SiteDESCRIPTION:SIGHPC Education Webinar CodeRefinery "
            "- collaboratively training the next generation of Research Software Engineers",
            "20240425T130000",
        )
    )
    assert [(r.title, r.description) for r in records] == [
        (
            "CodeRefinery - Chapter - Site",
            "SIGHPC Education Webinar CodeRefinery - collaboratively training the next "
            "generation of Research Software Engineers",
        )
    ]


@pytest.mark.parametrize(
    "summary",
    [
        "SUMMARY:Workshop: NEW DESCRIPTION: ideas for teaching",  # a word of the title, after a space
        "SUMMARY:Write a good CFP-DESCRIPTION:how to",  # inside an upper-case word
    ],
)
def test_a_property_name_in_the_title_s_own_text_stays(summary: str) -> None:
    text = (
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\n"
        + summary
        + "\nDTSTART:20240425T130000Z\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    assert with_glued_properties_apart(text) is None


def test_a_glued_name_the_event_writes_on_its_own_line_is_text() -> None:
    # The event has its DESCRIPTION line: „…overviewDESCRIPTION:“ in its title is its own text.
    text = (
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:An overviewDESCRIPTION:of tools\n"
        "DESCRIPTION:The talk.\nDTSTART:20240425T130000Z\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    assert with_glued_properties_apart(text) is None


# --- 2. The site's trail on every event's title is no part of any name -------------------------


def test_the_trail_every_event_of_the_calendar_ends_in_is_left_off() -> None:
    names = [
        "HPC Carpentry",
        "Magic Castle - Terraforming the cloud to teach HPC",
        "CodeRefinery",
        "EESSI",
    ]
    events = [
        _event(f"SUMMARY:{name}{_TRAIL}", f"202402{day:02d}T160000")
        for day, name in enumerate(names, start=8)
    ]
    assert [r.title for r in _calendar(*events)] == names


def test_a_trail_some_event_lacks_stays() -> None:
    # An arena's „… - Winning Group Arena“ beside the club's own entries: part of their names.
    summaries = [
        "HC Kometa Brno - HC Sparta Praha - Winning Group Arena",
        "HC Kometa Brno - HC Dynamo Pardubice - Winning Group Arena",
        "HC Kometa Brno - Bílí Tygři Liberec - Winning Group Arena",
        "HC Kometa Brno - HC Oceláři Třinec",
    ]
    events = [
        _event(f"SUMMARY:{s}", f"202403{day:02d}T170000")
        for day, s in enumerate(summaries, start=1)
    ]
    assert [r.title for r in _calendar(*events)] == summaries


def test_one_part_every_title_ends_in_is_the_group_s_own_naming_and_stays() -> None:
    # „Containerized Builds & Beesting - CNCF Linz“: a group naming its own meetups.
    summaries = [f"Talk {n} - CNCF Linz" for n in (1, 2, 3, 4)]
    events = [
        _event(f"SUMMARY:{s}", f"202402{n:02d}T160000") for n, s in enumerate(summaries, start=1)
    ]
    assert [r.title for r in _calendar(*events)] == summaries


def test_three_events_sharing_a_trail_keep_it() -> None:
    events = [_event(f"SUMMARY:Talk {n}{_TRAIL}", f"202402{n:02d}T160000") for n in (1, 2, 3)]
    assert [r.title for r in _calendar(*events)] == [f"Talk {n}{_TRAIL}" for n in (1, 2, 3)]


# --- 3. An English calendar all in UTC that names no zone keeps the clock it states -------------


def test_an_english_utc_calendar_without_a_zone_keeps_its_utc_clock() -> None:
    # Before: „DTSTART:20240612T160000Z“ of a US chapter's webinar became 18:00+02:00, Berlin's
    # clock, which nothing in the file names.
    records = _calendar(
        _event(
            "SUMMARY:HPC Carpentry", "20240612T160000", "DESCRIPTION:Join with zoom at 12 PM EDT.\n"
        ),
        _event(
            "SUMMARY:SC2023 Education Activities",
            "20231119T160000",
            "LOCATION:Denver Convention Center\\, Denver\\, CO\nDESCRIPTION:Listings of the workshops.\n",
        ),
    )
    assert _starts(records) == ["2024-06-12T16:00:00+00:00", "2023-11-19T16:00:00+00:00"]


def test_an_english_utc_calendar_of_european_clocks_keeps_berlin_s() -> None:
    # A Gothenburg seminar list in English, its hours in no American zone: Berlin's offset is
    # Stockholm's, and its readers are there.
    records = _calendar(
        _event(
            "SUMMARY:Seminar on the economics of care",
            "20240612T100000",
            "DESCRIPTION:Welcome to the seminar.\n",
        )
    )
    assert _starts(records) == ["2024-06-12T12:00:00+02:00"]


def test_a_german_utc_calendar_keeps_berlin_s_clock() -> None:
    records = _calendar(
        _event(
            "SUMMARY:Stammtisch der Gruppe",
            "20240612T160000",
            "DESCRIPTION:Wir treffen uns im Saal.\n",
        )
    )
    assert _starts(records) == ["2024-06-12T18:00:00+02:00"]


def test_a_calendar_that_names_its_zone_is_read_in_it() -> None:
    records = _calendar(
        _event(
            "SUMMARY:HPC Carpentry",
            "20240612T160000",
            "DESCRIPTION:Join with zoom at the webinar.\n",
        ),
        head="X-WR-TIMEZONE:America/New_York\n",
    )
    assert _starts(records) == ["2024-06-12T12:00:00-04:00"]


def test_the_chapter_s_calendar_reads_each_event_by_its_own_name_at_its_utc_clock(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = inspect_corpus_page(capsys, SIGHPC)
    assert len(records) == 24
    assert [(r["title"], r["start"]) for r in records[1:3]] == [
        ("HPC Carpentry", "2024-06-12T16:00:00+00:00"),
        ("CodeRefinery", "2024-04-25T13:00:00+00:00"),
    ]
    assert (
        records[-1]["title"]
        == "Tenth SC Workshop on Best Practices for HPC Training and Education BPHTE23"
    )
    assert records[-1]["location"] == "Denver Convention Center, Denver, CO"
    assert not any("DESCRIPTION:" in r["title"] or r["title"].endswith("Chapter") for r in records)


# --- 4. An English answer's hours with am and pm beside a day-only date -------------------------


@pytest.mark.parametrize(
    ("time", "start", "end"),
    [
        ("2-6pm", "2023-11-15T14:00:00+01:00", "2023-11-15T18:00:00+01:00"),
        ("9am Sat-5pm Sun", "2023-11-15T09:00:00+01:00", None),
        ("10 a.m.", "2023-11-15T10:00:00+01:00", None),
    ],
)
def test_hours_written_with_am_and_pm_give_the_day_its_clock(
    time: str, start: str, end: str | None
) -> None:
    # Before: „2-6pm“ was no clock text (it wanted „Uhr“, „h“ or „HH:MM“): a day without a clock.
    answer = {
        "data": [
            {
                "title": "HomeBrew (Cafe Crawl)",
                "date": "2023-11-15",
                "location": "Lenton",
                "time": time,
            }
        ]
    }
    [(title, got_start, got_end, place)] = shown(
        answer, "2023-11-01T12:00:00+00:00", "https://example.co.uk/events/index.json"
    )
    assert (title, got_start, got_end, place) == ("HomeBrew (Cafe Crawl)", start, end, "Lenton")


def test_the_society_s_answer_reads_every_event_at_its_hour(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = {r["title"]: r for r in inspect_corpus_page(capsys, HACKSOC_JSON)}
    assert len(records) == 24
    # The wall clock the time states (the offset is the normalizer's, as for every answer).
    assert records["HomeBrew (Cafe Crawl)"]["start"][:16] == "2023-11-15T14:00"
    assert records["HomeBrew (Cafe Crawl)"]["end"][:16] == "2023-11-15T18:00"
    assert records["HackNotts 24"]["start"][:16] == "2024-10-26T09:00"
    assert records["HackNotts"]["start"][:16] == "2023-11-04T10:00"

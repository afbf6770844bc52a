"""Leftovers of earlier held-out batches (session 47): general causes of what netdir still got
wrong on pages already in the corpus, each with a minimal snippet and the real page."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, date, datetime, time

import pytest

from netdir.extract import extract_page
from netdir.extract.time_zone_notes import zone_of_time_notes
from netdir.normalize import normalize_record
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page

_Record = tuple[str | None, str | None, str | None, str | None]


def _page(text: str, today: date, content_type: str = "text/html; charset=utf-8") -> list[_Record]:
    saved = datetime.combine(today, time(12), tzinfo=UTC)
    page = page_from_text(text, content_type=content_type)
    return _read(extract_page(dataclasses.replace(page, fetched_at=saved)).records, today)


def _read(records: list[RawRecord], today: date) -> list[_Record]:
    read = [(raw, normalize_record(raw, today=today)) for raw in records]
    return [(n.title, n.start, n.end, raw.location_text) for raw, n in read]


# Cause: a programme abroad prints bare clocks and says once whose clocks they are („Date and
# time are shown in: GMT+8 Time - Taipei, Taiwan“). The clocks got Berlin's offset (+02:00).

AUGUST_2022 = date(2022, 8, 1)


def _programme(note: str) -> str:
    sessions = "".join(
        f"<tr><td>{day} Aug 2022</td><td>{clock}</td><td>{name}</td></tr>"
        for day, clock, name in [
            (29, "09:45", "Opening"),
            (30, "11:00", "Theory Talks"),
            (31, "14:00", "Poster Session"),
        ]
    )
    return (
        '<html lang="en"><body><h1>Program</h1>'
        f'<div class="timezone">{note}</div><table>{sessions}</table></body></html>'
    )


def test_clocks_under_a_zone_note_are_that_zones_clocks() -> None:
    note = "Date and time are shown in: <a href='#'>GMT+8 Time - Taipei, Taiwan</a>"
    starts = [record[1] for record in _page(_programme(note), AUGUST_2022)]
    assert starts == [
        "2022-08-29T09:45:00+08:00",
        "2022-08-30T11:00:00+08:00",
        "2022-08-31T14:00:00+08:00",
    ]


def test_without_a_note_the_clocks_stay_berlins() -> None:
    starts = [record[1] for record in _page(_programme("Welcome!"), AUGUST_2022)]
    assert starts[0] == "2022-08-29T09:45:00+02:00"


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Date and time are shown in: <a>GMT+8 Time - Taipei</a>", "Etc/GMT-8"),
        ("All times are in Eastern Time.", "America/New_York"),
        ("All times ET", "America/New_York"),
        ("Times shown in UTC", "Etc/UTC"),
        ("Time zone: Asia/Tokyo", "Asia/Tokyo"),
        ("Times are listed in UTC-5.", "Etc/GMT+5"),
        # a zone named apart from the page's times, half an hour off, or two zones: none
        ("Our speaker joins from UTC-5.", None),
        ("All times are in UTC+05:30", None),
        ("We learn the rules at all times. Finally, the talk.", None),
        ("All times are in PT. Times shown in ET.", None),
    ],
)
def test_the_zone_a_note_says_the_times_are_in(text: str, zone: str | None) -> None:
    assert zone_of_time_notes(text) == zone


def test_qcrypt_programme_is_on_taipei_clocks(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "hugo-devfest-qcrypt2022-schedule-2022-10")
    starts = {record["title"]: record["start"] for record in records}
    assert starts["Opening"] == "2022-08-29T09:45:00+08:00"
    assert all(record["start"].endswith("+08:00") for record in records)


# Cause: an event app's JSON keeps the day, the bare start clock and, beside it, the hours as the
# city's page prints them („"time": "10:00", "timeLabel": "10  bis  17 Uhr"“). The end, stated
# only in that label, was lost.

SEPTEMBER_2026 = date(2026, 9, 27)


def _events(*rows: tuple[str, str, str]) -> str:
    events = [
        {"title": title, "date": "2026-09-28", "time": clock, "timeLabel": label, "city": "Ulm"}
        for title, clock, label in rows
    ]
    return json.dumps({"source": "city calendar", "events": events})


def test_the_end_stands_in_the_printed_hours_beside_the_clock() -> None:
    text = _events(
        ("Familientag", "10:00", "10  bis  17 Uhr"),
        ("Führung", "10:30", "10.30 Uhr"),
        ("Vortrag", "14:00", "14  bis  15.30 Uhr"),
        # (a label of other hours than the clock's is no end of this start)
        ("Konzert", "19:00", "20  bis  22 Uhr"),
    )
    records = _page(text, SEPTEMBER_2026, content_type="application/json")
    assert [(r[0], r[1], r[2]) for r in records] == [
        ("Familientag", "2026-09-28T10:00:00+02:00", "2026-09-28T17:00:00+02:00"),
        ("Führung", "2026-09-28T10:30:00+02:00", None),
        ("Vortrag", "2026-09-28T14:00:00+02:00", "2026-09-28T15:30:00+02:00"),
        ("Konzert", "2026-09-28T19:00:00+02:00", None),
    ]


def test_karlsruhe_event_app_ends_come_from_the_printed_hours(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = inspect_corpus_page(capsys, "json-nxtup-karlsruhe-veranstaltungen-2026-09")
    ends = {record["title"]: record["end"] for record in records}
    assert ends["Kinder- und Familientag Freiwillige Feuerwehr Mühlburg"] == (
        "2026-09-27T17:00:00+02:00"
    )
    assert ends["Führung Japangarten Zoologischer Stadtgarten"] is None
    assert sum(record["end"] is not None for record in records) == 29  # as the truth's ends


# Cause: a club's list line „18.7.-19.7. evtl. Wochenende am Platz“ — a plan not yet firm,
# written in lower case: the title kept „evtl.“ (only „Evtl.“, „Voraussichtlich“ were read).


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("18.7.-19.7. evtl. Wochenende am Platz", "Wochenende am Platz"),
        ("12.9. voraussichtlich Sommerfest", "Sommerfest"),
        ("3.10. Evtl. Abfliegen", "Abfliegen"),
    ],
)
def test_a_hedge_before_the_name_is_no_part_of_it(line: str, title: str) -> None:
    lines = [line, "9.5.-10.5. Anfliegen im Verein", "24.10. Saisonabschluss mit Grillen"]
    items = "".join(f"<li>{text}</li>" for text in lines)
    page = f"<html><body><h1>Termine 2026</h1><ul>{items}</ul></body></html>"
    assert _page(page, date(2026, 4, 25))[0][0] == title


def test_petersberg_weekend_at_the_field_is_named_without_its_hedge(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = inspect_corpus_page(capsys, "jekyll-alembic-mfvpetersberg-termine-2026-04")
    titles = [record["title"] for record in records]
    assert "Wochenende am Platz" in titles
    assert not any(title.startswith("evtl") for title in titles)


# Cause: WordPress Events Manager's event page writes „Date/Time“ / „Date(s) - …“ / „All Day“,
# then „Location“ / „<a>B-Swingt Berlin</a>“. „All Day“ was read as a label (a qualifier and
# „Day“), so the labels ran on: „All Day“ took the venue, „Location“ the post's byline.

EVENT_POST = (
    "<html><body><h1>Sommerworkshops</h1><div class='entry-content'>"
    "<p>Sommerpause heisst nicht Sommerloch! Workshops im Juli.</p>"
    "<p><strong>Date/Time</strong><br/>Date(s) - 14.07.2012<br /><i>All Day</i></p>"
    "<p><strong>Location</strong><br/><a href='/locations/b-swingt/'>B-Swingt Berlin</a></p>"
    "</div><div class='entry-utility'><span>By <a href='/author/tobi/'>tobi</a></span>"
    "<span>This entry was posted in </span></div></body></html>"
)


def test_all_day_under_the_day_is_its_value_and_the_location_is_the_venue() -> None:
    records = _page(EVENT_POST, date(2012, 7, 1))
    assert [(r[0], r[1], r[3]) for r in records] == [
        ("Sommerworkshops", "2012-07-14", "B-Swingt Berlin")
    ]


def test_bswingt_summer_workshops_post_is_held_at_b_swingt(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = inspect_corpus_page(capsys, "wp-em-hopit-bswingt-sommerworkshops-2012")
    places = {record["title"]: record["location"] for record in records}
    assert places["Berlin: B-Swingt Sommerworkshops – Balboa + Laminu"] == "B-Swingt Berlin"


# Cause: a British ticket shop writes „Tue 20th Dec, 2011, 7.00pm“ — a comma between the month
# and the year — and „Doors 6.30pm / Show 7.30pm“. The date phrase stopped at the month („Tue
# 20th Dec“) where a support act's line followed, and the hour was lost.

_SHOWS = [
    ("AQNI MINI CHRISTMAS PARTY", "GLASGOW", "Stereo", "Tue 20th Dec, 2011, 7.00pm", "ORPHANS"),
    ("CHRIS PECK", "LONDON", "Bull and Gate", "Tue 20th Dec, 2011, 07.45PM", "SOULMATES"),
    (
        "FESTIVE FRIGHTENERS",
        "LEEDS",
        "Library",
        "Wed 21st Dec, 2011, Doors 6.30pm / Show 7.30pm",
        "",
    ),
    ("UNSIGNED NIGHT", "BRIGHTON", "MusicBar", "Wed 21st Dec, 2011, 8.00pm", "THE SUPPORT"),
]


def _ticket_listing() -> str:
    blocks = "".join(
        f"<div class='ListingOuter'><blockquote><h3><a href='/event/{n}'>{title}</a></h3>"
        f"<p><span class='venuetown'>{town}: </span><span class='venuename'>{venue}</span>"
        f"<br />{when}" + (f"<br /><i>{support}</i>" if support else "") + "</p></blockquote></div>"
        for n, (title, town, venue, when, support) in enumerate(_SHOWS)
    )
    return f"<html lang='en'><body><div class='TicketListing'>{blocks}</div></body></html>"


def test_a_british_date_with_a_comma_before_the_year_keeps_its_hour() -> None:
    starts = [record[1] for record in _page(_ticket_listing(), date(2011, 12, 20))]
    assert starts == [
        "2011-12-20T19:00:00+01:00",
        "2011-12-20T19:45:00+01:00",
        "2011-12-21T19:30:00+01:00",
        "2011-12-21T20:00:00+01:00",
    ]


def test_wegottickets_shows_keep_their_hours(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "wegottickets-listings")
    starts = {record["title"]: record["start"] for record in records}
    assert starts["AQNI#2: 'MINI CHRISTMAS PARTY' /W MAKE SPARKS"] == "2011-12-20T19:00:00+01:00"
    assert starts["CHRIS PECK AND THE FAMILY TREE"] == "2011-12-20T19:45:00+01:00"
    assert starts["CHARLES DICKENS? FEAST OF FESTIVE FRIGHTENERS"] == "2011-12-20T19:30:00+01:00"

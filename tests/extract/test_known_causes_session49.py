"""Leftovers of earlier held-out batches (session 49): general causes of what netdir still got
wrong on pages already in the corpus, each with a minimal snippet and the real page."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time

import pytest

from netdir.extract import extract_page
from netdir.normalize import normalize_record
from netdir.normalize.when_zone import zone_of_us_addresses
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page

_Record = tuple[str | None, str | None, str | None, str | None]


def _page(text: str, today: date, url: str = "https://example.org/") -> list[_Record]:
    saved = datetime.combine(today, time(12), tzinfo=UTC)
    page = page_from_text(text, url)
    return _read(extract_page(dataclasses.replace(page, fetched_at=saved)).records, today)


def _read(records: list[RawRecord], today: date) -> list[_Record]:
    read = [(raw, normalize_record(raw, today=today)) for raw in records]
    return [(n.title, n.start, n.end, raw.location_text) for raw, n in read]


# Cause: a conference theme marks its breaks by the slot's class (Hoverboard's
# „<div class="slot service-slot">Morning Tea“, the DevFest theme's „tag-break“). Named
# „Registration“, „Welcome“, „Networking Drinks“, they were read as sessions.

SEPTEMBER_2018 = date(2018, 9, 6)


def _slot(clock: str, title: str, service: bool) -> str:
    kind = "slot service-slot" if service else "slot"
    hour, minute = clock.split(":")
    return (
        '<div class="timeslot"><div class="timeslot-label">'
        f'<time class="start-time" datetime="December 07T{clock}"> {hour}<span>{minute}</span>'
        '</time></div><div class="timeslot-elements flexbox-wrapper">'
        f'<div class="{kind}"><div class="slot-content"><h5 class="slot-title">{title}</h5>'
        '<ul class="slot-speakers"><li><p class="speaker-name">A. Speaker</p></li></ul>'
        "</div></div></div></div>"
    )


def _grid(header: str, slots: list[tuple[str, str, bool]]) -> str:
    rows = "".join(_slot(*slot) for slot in slots)
    return (
        "<html><head><title>Event schedule &bull; PGDay 2018</title></head><body>"
        '<section class="schedule"><div class="schedule-table">'
        f'<h4 class="schedule-table-heading">December 07</h4>{header}{rows}'
        "</div></section></body></html>"
    )


_SLOTS = [
    ("08:00", "Registration", True),
    ("09:00", "Securing PostgreSQL", False),
    ("10:30", "Morning Tea", True),
    ("10:50", "Queues in PostgreSQL", False),
    ("13:00", "Distributed PostgreSQL", False),
    ("16:30", "Networking Drinks", True),
]


def test_slots_marked_as_service_are_no_sessions() -> None:
    titles = [record[0] for record in _page(_grid("", _SLOTS), SEPTEMBER_2018)]
    assert titles == ["Securing PostgreSQL", "Queues in PostgreSQL", "Distributed PostgreSQL"]


def test_unmarked_slots_stay() -> None:
    slots = [(clock, title, False) for clock, title, _ in _SLOTS]
    titles = [record[0] for record in _page(_grid("", slots), SEPTEMBER_2018)]
    assert "Registration" in titles
    assert "Networking Drinks" in titles


# Cause: the grid's header row „Time | Conference Room“ names the room of its one column; each
# slot gives only its hours and title. The sessions had no place.


def _header(room: str) -> str:
    return (
        '<div class="timeslot track-header"><div class="track-header-label">Time</div>'
        '<div class="timeslot-elements"><div class="track-header-slot">'
        f'<h5 class="track-header-title">{room}</h5></div><div class="track-header-slot">'
        '<h5 class="track-header-title"></h5></div></div></div>'
    )


def test_the_one_room_of_the_track_header_is_each_sessions_place() -> None:
    records = _page(_grid(_header("Conference Room"), _SLOTS), SEPTEMBER_2018)
    assert {(record[0], record[3]) for record in records} == {
        ("Securing PostgreSQL", "Conference Room"),
        ("Queues in PostgreSQL", "Conference Room"),
        ("Distributed PostgreSQL", "Conference Room"),
    }


@pytest.mark.parametrize("header", ["Sessions", "Keynotes and Talks"])
def test_a_header_that_names_no_place_gives_none(header: str) -> None:
    records = _page(_grid(_header(header), _SLOTS), SEPTEMBER_2018)
    assert records
    assert all(record[3] is None for record in records)


def test_pgday_schedule_sessions_only_in_the_conference_room(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = inspect_corpus_page(capsys, "jekyll-hoverboard-pgdu-schedule-2018-09")
    titles = [record["title"] for record in records]
    assert len(titles) == 8
    assert not {"Registration", "Welcome", "Morning Tea", "Afternoon Tea"} & set(titles)
    assert {record["location"] for record in records} == {"Conference Room"}
    first = next(r for r in records if r["title"].startswith("Securing PostgreSQL"))
    assert first["start"].startswith("2018-12-07T09:00")


# Cause: a US state split between two time zones was read by its larger part: „Spearfish, SD
# 57783“ in western South Dakota (Mountain time) gave Chicago's clock, an hour off. The ZIP's
# first three digits name the part; and a feed's own „Event Time“ lines are local to the
# addresses it names, as a page's are.


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("115 S Canyon St, Spearfish, SD 57783", "America/Denver"),
        ("Belle Fourche, SD 57717", "America/Denver"),
        ("Sioux Falls, SD 57104", "America/Chicago"),
        ("Pensacola, FL 32502", "America/Chicago"),
        ("Miami, FL 33101", "America/New_York"),
        ("Knoxville, TN 37902", "America/New_York"),
        ("Nashville, TN 37203", "America/Chicago"),
        ("El Paso, TX 79901", "America/Denver"),
        ("Austin, TX 78701", "America/Chicago"),
    ],
)
def test_a_zip_code_names_the_zone_of_a_split_state(text: str, zone: str) -> None:
    assert zone_of_us_addresses(text) == zone


def test_spearfish_events_keep_mountain_time(capsys: pytest.CaptureFixture[str]) -> None:
    feed = inspect_corpus_page(capsys, "rss-spearfish-bulletin-events-2026-04")
    egg_hunt = next(r for r in feed if r["title"] == "Community Egg Hunt")
    assert egg_hunt["start"] == "2026-04-04T10:00:00-06:00"
    calendar = inspect_corpus_page(capsys, "ical-spearfish-bulletin-aggregator-2026-04")
    screening = next(r for r in calendar if r["title"] == "The Tallest Dwarf Screening")
    assert screening["start"] == "2026-04-02T18:00:00-06:00"


# Cause: an aggregator's RSS dates its calendar entries on labelled lines („Date: <posting
# stamp>“, „Event date: April 4, 2026“, „Event Time: …“) and passes the city's news and alerts on
# in the same feed with the posting stamp only. Those posts were read as events (on a day their
# title mentions, or on none).


def _item(title: str, lines: list[str]) -> str:
    body = "&lt;br&gt;".join(lines)
    return f"<item><title>{title}</title><link>https://x.org/{len(title)}</link><description>{body}</description></item>"


def _feed(items: list[str]) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bulletin</title>'
        f"<link>https://x.org/</link><description>Events</description>{''.join(items)}</channel></rss>"
    )


_STAMP = "&lt;strong&gt;Date:&lt;/strong&gt; Tue, 10 Mar 2026 11:48:00 -0600"
_EVENTS = [
    _item(
        name,
        [
            _STAMP,
            f"&lt;strong&gt;Event date:&lt;/strong&gt; April {day}, 2026",
            "Event Time: 10:00 AM - 11:00 AM",
        ],
    )
    for name, day in [("Community Egg Hunt", 4), ("Teen Game Day", 7), ("Toddler Story Time", 8)]
]


def test_posts_without_an_event_line_among_dated_entries_are_news() -> None:
    news = _item(
        "Pavement Condition Data Collection Begins March 30, 2026",
        [_STAMP, "March 30, 2026, IMS will begin collecting data on City roads."],
    )
    records = _page(_feed([*_EVENTS, news]), date(2026, 4, 2))
    assert sorted((record[0], record[1]) for record in records) == [
        ("Community Egg Hunt", "2026-04-04T10:00:00+02:00"),
        ("Teen Game Day", "2026-04-07T10:00:00+02:00"),
        ("Toddler Story Time", "2026-04-08T10:00:00+02:00"),
    ]


def test_a_feed_of_few_event_lines_keeps_its_other_items() -> None:
    news = [
        _item(f"Concert on March {day}, 2026", [_STAMP, "Join us!"]) for day in (20, 21, 22, 23)
    ]
    records = _page(_feed([_EVENTS[0], *news]), date(2026, 3, 1))
    assert len(records) == 5


def test_spearfish_feed_keeps_only_the_calendar(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "rss-spearfish-bulletin-events-2026-04")
    titles = {record["title"] for record in records}
    assert "Snow Removal Subscription Service" not in titles
    assert "City of Spearfish - Weather & Roads" not in titles
    assert not any(title.startswith("Pavement Condition") for title in titles)
    assert "Community Egg Hunt" in titles


# Cause: a club's weekend preview names its hall once in the lead („… ein richtig großes
# Programm in der Röthelheimhalle …“) and lists games under „Heimspiele am Samstag:“ and
# „Auswärts am Samstag:“. The home games had no place.

DECEMBER_2016 = date(2016, 12, 9)


def _preview(lead: str) -> str:
    return (
        '<html><body><div class="post"><h2 class="post-heading">Volles Programm zum 3. Advent!</h2>'
        '<time datetime="12/9/2016">9. Dezember 2016</time>'
        f"<p>{lead}</p>"
        "<p>Heimspiele am Samstag:<br>11:00 Uhr U12 vs. TTV Neustadt<br>"
        "13:00 Uhr U14m vs. Noris Baskets</p>"
        "<p>Auswärts am Samstag:<br>12:00 Uhr TV Hilpoltstein vs. U15w</p>"
        "<p>Heimspiele am Sonntag:<br>14:00 Uhr Damen I vs. TSV Ansbach</p>"
        "</div></body></html>"
    )


def test_home_games_are_in_the_hall_the_lead_names() -> None:
    lead = "Am Wochenende haben wir ein großes Programm in der Röthelheimhalle."
    places = {record[0]: record[3] for record in _page(_preview(lead), DECEMBER_2016)}
    assert places == {
        "U12 vs. TTV Neustadt": "Röthelheimhalle",
        "U14m vs. Noris Baskets": "Röthelheimhalle",
        "TV Hilpoltstein vs. U15w": None,
        "Damen I vs. TSV Ansbach": "Röthelheimhalle",
    }


def test_a_lead_that_names_no_venue_gives_no_hall() -> None:
    lead = "In der Kürze liegt die Würze! Darum gibt es die Vorschau im Programm."
    records = _page(_preview(lead), DECEMBER_2016)
    assert len(records) == 4
    assert all(record[3] is None for record in records)


def test_tb_erlangen_home_games_in_the_roethelheimhalle(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = inspect_corpus_page(capsys, "static-tb-erlangen-basketball-vorschau-2016-12")
    places = {record["title"]: record["location"] for record in records}
    assert places["U12 vs. TTV Neustadt"] == "Röthelheimhalle"
    assert places["Herren I vs. ESV Ingolstadt-Ringsee"] == "Röthelheimhalle"
    assert places["TV Hilpoltstein vs. U15w"] is None


# Cause: a fixture table without a header gives each game's court after its hours („211 | 16B |
# Cathkin Rookies | CNP Thunder | 13:00 - 14:30 | UCT 1“); the column holds one venue's courts by
# number. The games had no place.

JULY_2014 = date(2014, 7, 20)


def _fixture(courts: list[str]) -> str:
    games = [
        ("Cathkin Rookies", "CNP Thunder", "13:00 - 14:30"),
        ("WPSBA", "Tafelsig MOD Stars", "13:00 - 14:30"),
        ("CNP Thunder", "WCSS", "14:30 - 16:00"),
        ("Eagles", "Cathkin Rookies", "14:30 - 16:00"),
        ("WCSS", "WPSBA", "16:00 - 17:30"),
    ]
    rows = "".join(
        f"<tr><td>{211 + n}</td><td>16B</td><td>{home}</td><td>{away}</td><td>{hours}</td>"
        f"<td>{court}</td></tr>"
        for n, ((home, away, hours), court) in enumerate(zip(games, courts, strict=True))
    )
    return (
        "<html><body><header><h1>CTBA Fixtures: 27 July 2014</h1></header>"
        f"<table>{rows}</table></body></html>"
    )


def test_a_column_of_numbered_courts_is_each_games_place() -> None:
    records = _page(_fixture(["UCT 1", "UCT 2", "UCT 3", "UCT 1", "UCT 3"]), JULY_2014)
    places = {record[0]: record[3] for record in records}
    assert places["Cathkin Rookies – CNP Thunder"] == "UCT 1"
    assert places["CNP Thunder – WCSS"] == "UCT 3"
    assert places["WCSS – WPSBA"] == "UCT 3"


def test_a_column_of_one_number_or_of_different_names_is_no_court() -> None:
    for courts in (["UCT 1"] * 5, ["UCT 1", "Age 12", "UCT 3", "UCT 1", "UCT 3"]):
        records = _page(_fixture(courts), JULY_2014)
        assert len(records) == 5
        assert all(record[3] is None for record in records)


def test_mvbc_fixture_games_on_their_courts(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "jekyll-mvbc-basketball-ctba-fixture-2014-07")
    places = {(record["title"], record["location"]) for record in records}
    assert ("Montana Vikings – WPSBA", "UCT 3") in places
    assert ("Eagles – Cape Waves", "UCT 2") in places
    assert {place for _, place in places} == {"UCT 1", "UCT 2", "UCT 3"}

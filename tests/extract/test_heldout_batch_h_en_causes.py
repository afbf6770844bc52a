"""Causes found on held-out batch H (English venue pages and structured data), each pinned on its
real page of the corpus: times stay in the event's own time zone."""

from __future__ import annotations

import pytest

from netdir.extract.notices import is_closure_notice
from netdir.normalize.when_zone import in_zone, zone_of_address, zone_of_us_addresses
from tests.extract.realpage_inspect import inspect_page as _inspect


def test_utc_stamps_of_a_seattle_venue_are_shown_on_its_own_evening(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Hidden Hall's Tixr JSON-LD writes "2026-02-20T03:30:00+00:00" for a show whose description
    # says "2.19.26 Thursday … 7:30PM Doors"; its location's address is Seattle, WA, US. Shown in
    # Berlin time it was 20 February 04:30+01:00: the wrong day for all but one of 109 shows.
    rows = _inspect(
        capsys, "jsonld-tixr-hiddenhall-calendar.html", "https://hiddenhall.com/events/calendar/",
        "2026-02-20",
    )  # fmt: skip
    first = next(r for r in rows if r["title"].startswith("Bonkonomics"))
    assert first["start"] == "2026-02-19T19:30:00-08:00"
    assert first["end"] == "2026-02-20T02:00:00-08:00"
    # After the change to summer time on 8 March the offset follows the zone.
    late = next(r for r in rows if r["title"].startswith("EMM x TezaTalks"))
    assert late["start"] == "2026-07-06T19:00:00-07:00"


def test_a_london_winter_time_stays_london_time(capsys: pytest.CaptureFixture[str]) -> None:
    # Hacker Public Radio's calendar (X-WR-TIMEZONE Europe/London): the November recording at
    # 19:00 London time was shown as 20:00+01:00 in Berlin time.
    rows = _inspect(
        capsys, "ical-hpr-community-news.ics", "http://www.hackerpublicradio.org/hpr.ics",
        "2013-07-01",
    )  # fmt: skip
    starts = sorted(r["start"] for r in rows)
    assert "2013-11-02T19:00:00+00:00" in starts
    assert "2013-08-03T20:00:00+01:00" in starts  # summer: London is +01:00 itself


def test_stated_us_offsets_and_a_page_without_place_are_kept(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Humanitix ItemList "2026-05-15T20:00:25-0700": a stated offset is the event's own.
    rows = _inspect(
        capsys, "jsonld-humanitix-fremontabbey-events.html",
        "https://events.humanitix.com/host/abbey-arts-presents", "2026-05-14",
    )  # fmt: skip
    moth = next(r for r in rows if "StorySLAM" in r["title"])
    assert moth["start"] == "2026-05-15T20:00:25-07:00"


def test_zones_of_addresses() -> None:
    assert zone_of_address("US", "WA") == "America/Los_Angeles"
    assert zone_of_address("United States", "New York") == "America/New_York"
    assert zone_of_address(None, "BC") == "America/Vancouver"
    assert zone_of_address("GB", None) == "Europe/London"
    assert zone_of_address("US", None) is None  # several zones: unknown
    assert zone_of_address(None, None) is None
    assert zone_of_us_addresses("85 Pike Street, Seattle, WA 98101 · Tacoma, WA 98402") == (
        "America/Los_Angeles"
    )
    assert zone_of_us_addresses("Seattle, WA 98101 and New York, NY 10001") is None
    assert zone_of_us_addresses("Musterstraße 1, 12345 Berlin") is None


def test_in_zone_keeps_the_clock_of_a_time_written_without_offset() -> None:
    # parse_when gave a naive "7:00 PM" Berlin's offset; the page's zone keeps the clock.
    zone = "America/Los_Angeles"
    assert in_zone("2026-05-29T19:00:00+02:00", "May 29, 2026 7:00pm", zone) == (
        "2026-05-29T19:00:00-07:00"
    )
    assert in_zone("2026-02-20T04:30:00+01:00", "2026-02-20T03:30:00Z", zone) == (
        "2026-02-19T19:30:00-08:00"
    )
    assert in_zone("2026-05-15T20:00:00-04:00", "2026-05-15T20:00-04:00", zone) == (
        "2026-05-15T20:00:00-04:00"
    )
    assert in_zone("2026-05-29", "May 29, 2026", zone) == "2026-05-29"
    assert in_zone("2026-05-29T19:00:00+02:00", "29.05.2026, 19 Uhr", None) == (
        "2026-05-29T19:00:00+02:00"
    )


def test_two_events_as_bold_named_br_sections_of_one_cell_are_two_records(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Batch G, the Seattle Art Book Fair's home page (Cargo): one grid cell holds the fair and
    # its launch party as <br> lines, each opened by its bold name ("<b>Seattle Art Book
    # Fair</b> / Washington Hall / May 9–10, 2026 / 11am–5pm …"). No group of blocks holds
    # them: the page's two undated buttons ("FIND OUT MORE", "SUPPORT THE FAIR") were read.
    rows = _inspect(
        capsys, "cargo-seattleartbookfair-home.html", "https://seattleartbookfair.org/",
        "2026-05-08",
    )  # fmt: skip
    found = [(r["title"], r["start"][:16], r["end"][:16], r["location"]) for r in rows]
    assert found == [
        ("Seattle Art Book Fair", "2026-05-09T11:00", "2026-05-10T17:00", "Washington Hall"),
        ("Prepress Launch Party", "2026-05-08T18:00", "2026-05-08T21:00", "Actualize AiR"),
    ]


def test_a_closed_day_notice_in_a_venue_feed_is_no_offering(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Batch D, the Royal Room's event feed: "Closed for Memorial Day" ("The Royal Room is closed
    # in honor of …") stood among its 48 shows as an offering on 25 May.
    rows = _inspect(
        capsys, "rss-royalroom-event-listing.rss",
        "https://theroyalroomseattle.com/feed/?post_type=event_listing", "2026-04-22",
    )  # fmt: skip
    titles = [r["title"] for r in rows]
    assert len(rows) == 48
    assert not [t for t in titles if t.lower().startswith("closed")]


@pytest.mark.parametrize(
    ("title", "notice"),
    [
        ("Closed for Memorial Day", True),
        ("CLOSED on Thanksgiving", True),
        ("We're closed today", True),
        ("Geschlossen wegen Betriebsferien", True),
        ("City Council Closed Session: Meeting", False),  # a meeting
        ("Remembrance Day - CLOSED", False),  # the calendar's entry for the day (pgpl)
        ("Teamtage (Kita geschlossen)", False),
        ("Geschlossene Gesellschaft", False),
        ("Closing Reception", False),
    ],
)
def test_closure_notices(title: str, notice: bool) -> None:
    assert is_closure_notice(title) is notice


def test_a_card_dated_by_a_rule_does_not_borrow_the_day_of_the_card_above(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # National Nordic Museum: cards "First and third Wednesday of every month" / "Nordic
    # Genealogy Program" / "11:00 am - 5:00 pm" and "Every Friday" / "Docent-Led Museum Tours" /
    # "2:00 - 3:00pm" took "May 17, 2026" of the card above them (a Sunday) with their time.
    rows = _inspect(
        capsys, "efelle-nordicmuseum-calendar.html", "https://nordicmuseum.org/calendar",
        "2026-05-16",
    )  # fmt: skip
    by_title = {r["title"]: r for r in rows}
    genealogy = by_title["Nordic Genealogy Program"]
    assert genealogy["start"].startswith("2026-05-20T11:00")  # the third Wednesday of May
    assert genealogy["recurrence"] == "FREQ=MONTHLY;BYDAY=1WE,3WE"
    tours = by_title["Docent-Led Museum Tours"]
    assert tours["start"].startswith("2026-05-22T14:00")  # the next Friday
    assert tours["recurrence"] == "FREQ=WEEKLY;BYDAY=FR"


def test_shows_in_a_month_grid_are_dated_by_their_cell_and_other_month_cells(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Batch I, The Triple Door (Zoogle): "May 2026" above a grid whose <td> wraps the day and
    # the shows in one box (<td><div class="with-events"><div class="day">26</div><ul><li>…);
    # the first row's cells of 26–30 April are class="other-month". The shows had no day (12 %
    # found); a day read as May would put April's shows a month late.
    rows = _inspect(
        capsys, "zoogle-tripledoor-calendar.html", "https://thetripledoor.net/mainstage-calendar",
        "2026-05-09",
    )  # fmt: skip
    days = {(r["title"], (r["start"] or "")[:10]) for r in rows}
    assert ("Iris Dement", "2026-04-26") in days  # an other-month cell of the first row
    assert ("Dervish", "2026-04-28") in days
    assert ("Mike Doughty Solo Tour '26", "2026-05-13") in days
    assert ("Iris Dement", "2026-05-26") not in days

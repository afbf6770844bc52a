"""Causes found on held-out batches J (English venue listings) and K (structured data), each
pinned on its real page of the corpus (Toronto venues, tests/realpages/README.md)."""

from __future__ import annotations

import pytest

from netdir.extract.place_lines import venue_part_of_title
from netdir.normalize.when_zone import zone_of_us_addresses
from tests.extract.realpage_inspect import inspect_page as _inspect


def test_a_card_with_an_empty_heading_does_not_take_the_card_before_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Sneaky Dee's Webflow list: two "Drag Show" cards have an empty <h2>; the nearest heading
    # above them is the <h2> of the card before ("Sneaky 2000s Dance Party" of 15 November),
    # which made a second "Sneaky 2000s Dance Party" on 16 November at noon.
    rows = _inspect(
        capsys, "webflow-sneakydees-events.html", "https://www.sneakydees.com/events-copy",
        "2025-11-15",
    )  # fmt: skip
    assert [r["start"][:10] for r in rows if r["title"] == "Sneaky 2000s Dance Party"] == [
        "2025-11-15",
        "2025-11-29",
    ]
    assert not [r for r in rows if r["start"].startswith(("2025-11-16", "2025-12-21"))]
    assert len(rows) == 17


def test_a_genre_word_ending_in_hall_is_no_venue(capsys: pytest.CaptureFixture[str]) -> None:
    # The Phoenix: "Soca Vs Dancehall – Caribana Edition" was split into the title "Caribana
    # Edition" at "Soca Vs Dancehall" (read as a venue like "Town Hall").
    rows = _inspect(
        capsys, "wordpress-phoenix-events.html", "https://thephoenixconcerttheatre.com/events/",
        "2024-07-20",
    )  # fmt: skip
    soca = next(r for r in rows if r["start"].startswith("2024-08-02"))
    assert soca["title"] == "Soca Vs Dancehall – Caribana Edition"
    assert soca["location"] is None
    assert venue_part_of_title("Kelly Marshall - Live") is None
    assert venue_part_of_title("Town Hall - Council Meeting") == ("Council Meeting", "Town Hall")
    assert venue_part_of_title("Grand Ballroom - Gala") == ("Gala", "Grand Ballroom")
    assert venue_part_of_title("Altes Schulhaus - Gemeinderat") == (
        "Gemeinderat",
        "Altes Schulhaus",
    )


def test_stale_structured_events_give_way_to_the_list_the_page_shows(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Drom Taberna (Webflow): its MusicVenue JSON-LD still names five shows of May 2025; the
    # page, saved in June 2026, shows 28 shows of 23–30 June 2026 and none of May 2025. netdir
    # gave the five stale shows and nothing of the list.
    rows = _inspect(capsys, "webflow-drom-events.html", "https://www.dromtaberna.com", "2026-06-23")
    assert not [r for r in rows if r["start"].startswith("2025")]
    assert len(rows) == 28
    assert {r["extractor"] for r in rows} == {"listing"}
    first = rows[0]
    # The card's title box holds the name, a price tag and a teaser paragraph: the name titles it.
    assert (first["title"], first["start"][:16]) == ("James Margolis", "2026-06-23T17:30")
    # The "Featured events" strip repeats five of the shows ("24 Jun 22:00"): one record each.
    assert len([r for r in rows if r["title"] == "St Jean Baptiste with Joanne Mora"]) == 1


def test_current_structured_events_stay_beside_a_list(capsys: pytest.CaptureFixture[str]) -> None:
    # Grossman's Tavern (The Events Calendar): JSON-LD of the same twelve shows the list shows,
    # from the day the page was saved on; they are read as they are.
    rows = _inspect(
        capsys, "tribe-grossmans-events.html", "https://grossmanstavern.com/events/", "2024-09-07"
    )
    assert len(rows) == 12
    assert {r["extractor"] for r in rows} == {"jsonld"}


def test_a_colon_before_pm_in_a_hand_typed_listing(capsys: pytest.CaptureFixture[str]) -> None:
    # The Garrison writes its doors times "8:30:PM" and "8:PM": read as 08:30 and as no time.
    rows = _inspect(
        capsys, "static-garrison-listings.html", "http://www.garrisontoronto.com/listings.html",
        "2024-06-27",
    )  # fmt: skip
    starts = {r["title"]: r["start"] for r in rows}
    assert starts["KUNST KIDS X TRIPLE THREAT: MEGA SHOWCASE"].startswith("2024-06-28T20:30")
    assert starts["LAVENDER TOWN"].startswith("2024-06-29T20:00")
    assert starts["PINK PONY CLUB"].startswith("2024-07-20T22:00")


def test_showtimes_are_titled_by_the_show_not_by_the_ticket_button_or_the_list_heading(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Pacific Science Center (held-out batch I): one table per day under "Upcoming Showtimes",
    # each row a time, the dome and "Buy Tickets<span class="visually-hidden"> to see Laser Bad
    # Bunny at 10:30 pm</span>". The rows were titled "Buy Tickets to see Laser Bad Bunny at
    # 10:30 pm", and once that was read, a second copy titled "Upcoming Showtimes" came beside.
    rows = _inspect(
        capsys, "wordpress-pacsci-show-showtimes.html",
        "https://pacificsciencecenter.org/shows/laser-bad-bunny/", "2026-02-13",
    )  # fmt: skip
    assert [(r["title"], r["start"][:16]) for r in rows] == [
        ("Laser Bad Bunny", "2026-02-14T22:30"),
        ("Laser Bad Bunny", "2026-02-21T22:30"),
        ("Laser Bad Bunny", "2026-02-28T22:30"),
    ]


def test_a_toronto_venue_keeps_toronto_time(capsys: pytest.CaptureFixture[str]) -> None:
    # The Phoenix names its address "410 Sherbourne Street, Toronto, ON, Canada, M4X 1K2" and
    # writes "Saturday, Jul 20, Doors: 8pm": 20:00 in Toronto, not 20:00+02:00 (Berlin).
    rows = _inspect(
        capsys, "wordpress-phoenix-events.html", "https://thephoenixconcerttheatre.com/events/",
        "2024-07-20",
    )  # fmt: skip
    assert rows[0]["start"] == "2024-07-20T20:00:00-04:00"
    assert zone_of_us_addresses("Toronto, ON M4W 2J2") == "America/Toronto"
    assert zone_of_us_addresses("Vancouver, BC V6B 1A1") == "America/Vancouver"
    assert zone_of_us_addresses("Vancouver, BC V6B 1A1 · Toronto, ON M4W 2J2") is None


def test_utc_stamps_that_the_page_shows_as_its_clock_are_local_times(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The Pilot's JSON-LD stamps "2025-05-24T14:00:00+0000" for the card "Saturday, May 24
    # 2:00pm - 4:30pm": the venue's clock with a UTC mark; it was shown as 16:00+02:00.
    rows = _inspect(
        capsys, "sociavore-pilot-events.html", "https://www.thepilot.ca/events", "2025-05-24"
    )
    jazz = next(r for r in rows if r["title"] == "Jazz - Bernie Senensky Quartet")
    assert (jazz["start"][:16], jazz["end"][:16]) == ("2025-05-24T14:00", "2025-05-24T16:30")
    # A real UTC stamp stays one: Hidden Hall's "03:30+00:00" is announced as "7:30PM Doors".
    rows = _inspect(
        capsys, "jsonld-tixr-hiddenhall-calendar.html", "https://hiddenhall.com/events/calendar/",
        "2026-02-20",
    )  # fmt: skip
    first = next(r for r in rows if r["title"].startswith("Bonkonomics"))
    assert first["start"] == "2026-02-19T19:30:00-08:00"

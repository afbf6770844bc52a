"""Causes found on held-out batches L (structured data) and M (English listings), each pinned on
its real page of the corpus (tests/realpages/README.md)."""

from __future__ import annotations

import pytest

from netdir.extract.notices import is_closure_notice
from netdir.normalize.when_zone import zone_of_us_addresses
from tests.extract.realpage_inspect import inspect_page as _inspect


def test_a_copy_the_page_never_shows_does_not_split_its_card(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # MOPOP's Webflow cards hold each name and day twice, the copy marked "w-condition-invisible"
    # (conditional visibility): the name links alone made the best group, no card had a day,
    # and the head's two stale January events (CollectionPage JSON-LD) were all it gave.
    rows = _inspect(
        capsys, "webflow-mopop-events.html", "https://www.mopop.org/events", "2026-02-20"
    )
    by_title = {r["title"]: r for r in rows}
    assert by_title["Stardew Valley Supper Fan Club"]["start"] == "2026-02-25T18:00:00-08:00"
    assert by_title["Halo Supper Fan Club"]["start"].startswith("2026-12-09T18:00")
    assert not [r for r in rows if r["start"] and r["start"].startswith("2026-01-17")]
    # (a camp listing its weeks, „April 13–17, June 22–26, …“, is one record per week: session 45)
    assert len({(r["title"], r["start"]) for r in rows}) == len(rows) >= 13


def test_a_clock_after_a_bullet_is_the_time_not_the_place(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Harbourfront Centre's cards: "Thu, Aug 21, 2025 • 7:00pm". The bullet splits a date line
    # from its place ("12.03.2027 · Köln"), and "7:00pm" was taken for a place: "pm" glued to
    # the clock was not read as a clock word.
    rows = _inspect(
        capsys, "wordpress-harbourfront-music.html", "https://harbourfrontcentre.com/program/music/",
        "2025-08-21",
    )  # fmt: skip
    first = next(r for r in rows if r["title"] == "Ensemble Jeng Yi by the Willow Tree")
    assert first["start"].startswith("2025-08-21T19:00")
    assert first["location"] is None
    assert [r["start"][11:16] for r in rows if "T" in r["start"]] == [
        "19:00", "16:00", "17:30", "16:00", "19:00", "20:00",
    ]  # fmt: skip


def test_a_closed_holiday_is_no_show(capsys: pytest.CaptureFixture[str]) -> None:
    # The Emmet Ray's list holds "Closed Thanksgiving Monday" (October 14/4:00 pm-11:30 pm)
    # among the shows: the bar is closed that day, no offering.
    rows = _inspect(
        capsys, "avada-tribe-emmetray-events.html",
        "https://www.theemmetray.com/entertainment/events-2023/", "2024-10-12",
    )  # fmt: skip
    assert not [r for r in rows if "Closed" in r["title"]]
    assert len(rows) == 20
    assert is_closure_notice("Closed Thanksgiving Monday")
    assert is_closure_notice("Closed for the Holidays")
    assert not is_closure_notice("Closed Session")
    assert not is_closure_notice("Closed-Door Meeting")
    assert not is_closure_notice("Closed Captioned Screening Saturday")


def test_a_utc_feed_without_a_zone_reads_in_the_zone_of_its_places(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Wheaton College's PrestoSports export stamps every game in UTC and names no zone; its
    # places are AP-style ("Wheaton (Mass.)", "Auburndale, Fla."). Read in Berlin time, the
    # 7:30 pm tip-off "20151114T003000Z" was a game on 14 November at 01:30.
    rows = _inspect(
        capsys, "ical-prestosports-wheaton-athletics.ics",
        "https://wheatoncollegelyons.com/composite?print=ical", "2020-11-27",
    )  # fmt: skip
    first = next(r for r in rows if r["title"].endswith("Wheelock vs. Wheaton (Mass.)"))
    assert first["start"] == "2015-11-13T19:30:00-05:00"
    assert zone_of_us_addresses("Trinity (Conn.) vs. Wheaton (Mass.)") == "America/New_York"
    assert zone_of_us_addresses("Wheaton (Mass.) at Pomona (Calif.)") is None  # two zones
    assert zone_of_us_addresses("Treffen am Mo. 5. Mai, Do. 8. Mai") is None


def test_an_event_page_reads_its_sites_upcoming_events_beside_its_own(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The Royal Room's WP Event Manager page: one Event in JSON-LD (its own show) and a sidebar
    # "Upcoming Events" widget of five other shows, each card an <a href> to another event page
    # of the site around its details box. One structured event was read as the whole page, and
    # the card's link (just above the box read) was not found, so no row could say whose it is.
    rows = _inspect(
        capsys, "wpem-royalroom-event.html", "https://theroyalroomseattle.com/event/sh-ma/",
        "2026-04-22",
    )  # fmt: skip
    assert rows[0]["start"].startswith("2026-05-10T19:30")
    others = {r["title"]: r for r in rows[1:]}
    assert len(rows) == 6
    casalini = others["The Joe Casalini Trio"]
    assert casalini["start"].startswith("2026-04-24")
    assert casalini["url"] == "https://theroyalroomseattle.com/event/the-joe-casalini-trio-6/"

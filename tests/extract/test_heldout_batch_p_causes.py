"""Causes found on held-out batch P (German pages of Berlin venues with schema.org data), each
pinned on its real page of the corpus (tests/realpages/README.md)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from netdir.extract.context import PageContext
from netdir.extract.listing import extract_listing
from netdir.extract.title_text import title_in_text
from netdir.extract.utc_clocks import read_zoneless_utc_as_shown
from netdir.extract.visible_listing import shows_other_days
from netdir.html_depth import parse_html
from netdir.records import RawRecord
from tests.extract.realpage_inspect import PAGES
from tests.extract.realpage_inspect import inspect_page as _inspect

_VELODROM = "https://www.velodrom.de/events/event/joji-velodrom-2026-08-29"


def _context(url: str, today: str) -> PageContext:
    return PageContext(
        source_id="p",
        page_url=url,
        base_url=url,
        default_kind=None,
        fetched_at=datetime.fromisoformat(today).replace(hour=12, tzinfo=UTC),
    )


def test_an_event_pages_teasers_of_the_operators_halls_are_read_beside_its_event(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The Velodrom's concert page (TYPO3 t3events): Event microdata for Joji, and "Wir empfehlen"
    # with 17 teasers whose title box ("Fr., 25. September '26 19:00 Uhr" / "<h3>Evanescence +
    # Poppy") is the repeated block while the link is the box's sibling button, leading to the
    # Velodrom's, the UFO's or the Max-Schmeling-Halle's event pages. Only Joji was read.
    page = "typo3-t3events-velodrom-joji-2026-08.html"
    html = (PAGES / page).read_text(encoding="utf-8")
    rows = extract_listing(parse_html(html), _context(_VELODROM, "2026-08-03"))
    nena = next(row for row in rows if row.title == "Nena")
    assert nena.url == (
        "https://www.max-schmeling-halle.de/events/event/nena-max-schmeling-halle-2026-10-02"
    )
    assert "around" in nena.field_sources["url"]
    # The badge's spaces and no-break spaces ("Fr.,\xa0 25.\xa0 September") hid every teaser's
    # day from the check whether the page shows days its structured event does not have.
    assert shows_other_days(parse_html(html), [], date(2026, 8, 3))
    records = _inspect(capsys, page, _VELODROM, "2026-08-03")
    titles = [record["title"] for record in records]
    assert titles[0] == "Joji"
    assert {"Evanescence + Poppy", "Nena", "Ca7riel & Paco Amoroso", "Phoebe Bridgers"} <= set(
        titles
    )
    assert len(records) == 18


_SO36 = "https://www.so36.com/produkte/95201-tickets-poison-ruin-so36-berlin-am-09-07-2026"


def test_the_themes_date_only_microdata_completes_the_shops_timed_json_ld(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # SO36's ticket shop: JSON-LD "POISON RUIN, SO36, 09.07.2026" at 20:00+02:00 and the theme's
    # microdata "POISON RUIN" with content="2026-07-09" only — two records of one concert. Merged,
    # the one event page reads its sidebar of other events: the shop's "<ul class="hidden">" of
    # its next 100 dates (for search engines, never shown) is none.
    html = (PAGES / "tickettoaster-so36-poisonruin-2026-07.html").read_text(encoding="utf-8")
    assert '<ul class="hidden">' in html
    records = _inspect(capsys, "tickettoaster-so36-poisonruin-2026-07.html", _SO36, "2026-07-03")
    assert len(records) == 1
    assert records[0]["start"] == "2026-07-09T20:00:00+02:00"
    assert records[0]["location"] == "SO36, Oranienstraße 190, 10999 Berlin"


_SODA = "https://www.soda-berlin.de/de/events/ballermann-open-air-150826"


def test_a_structured_name_loses_the_day_and_venue_its_shop_appends(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # JSON-LD names built for search engines: "POISON RUIN, SO36, 09.07.2026" (the page's h1 says
    # "POISON RUIN"), "Ballermann Open Air - 15. August 2026 - Soda Club Berlin" (the page shows
    # "Ballermann Open Air"; venue and city are the Place's).
    so36 = _inspect(capsys, "tickettoaster-so36-poisonruin-2026-07.html", _SO36, "2026-07-03")
    assert [record["title"] for record in so36] == ["POISON RUIN"]
    assert "without the day and place" in so36[0]["field_sources"]["title"]
    soda = _inspect(capsys, "disco2app-soda-ballermann-2026-08.html", _SODA, "2026-07-30")
    assert soda[0]["title"] == "Ballermann Open Air"
    # A name the page shows as it stands stays whole: The Events Calendar's rows read
    # "Pitchveranstaltung, Mittwoch, 28.04.2021" like its JSON-LD.
    tribe = _inspect(
        capsys,
        "tribe-palatina-veranstaltungen-liste.html",
        "https://palatina-angels.de/veranstaltungen/liste/?tribe-bar-date=2022-10-29&eventDisplay=past",
        "2022-10-01",
    )
    assert "Pitchveranstaltung, Mittwoch, 28.04.2021" in [record["title"] for record in tribe]


def test_a_date_only_structured_start_takes_the_clock_the_page_labels(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Hole44's JSON-LD says "startDate": "2026-08-02"; its details list reads "Datum 02.08.2026 /
    # Start 20:00 / Einlass 19:00" (label and value in one line, no colon).
    records = _inspect(
        capsys,
        "wordpress-hole44-municipalwaste-2026-08.html",
        "https://hole-berlin.de/event/2026-08-02-municipal-waste/",
        "2026-07-12",
    )
    assert [(r["title"], r["start"]) for r in records] == [
        ("Municipal Waste", "2026-08-02T20:00:00+02:00")
    ]
    assert "Start" in records[0]["field_sources"]["start"]


def test_a_utc_clock_written_without_its_zone_is_read_as_the_page_shows_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Bi Nuu's MusicEvent JSON-LD: "startDate": "2026-07-19T19:00", "doorTime": "…T18:00" — no
    # zone; the page shows "So 19.07.26 – Einlass: 20:00 / Start: 21:00" and no 19:00 anywhere.
    records = _inspect(
        capsys,
        "sveltekit-binuu-archenemy-2026-07.html",
        "https://binuu.de/de/events/inzpqdgvi1eab2q",
        "2026-07-08",
    )
    assert [(r["title"], r["start"]) for r in records] == [
        ("Arch Enemy", "2026-07-19T21:00:00+02:00")
    ]
    # A zone-less stamp whose own clock the page shows is the page's own clock: it stays.
    html = (PAGES / "sveltekit-binuu-archenemy-2026-07.html").read_text(encoding="utf-8")
    shown = RawRecord(source_id="p", page_url="u", extractor="jsonld", title="Arch Enemy")
    shown.start = "2026-07-19T21:00"
    read_zoneless_utc_as_shown([shown], parse_html(html))
    assert shown.start == "2026-07-19T21:00"


def test_a_footer_widget_of_the_clubs_next_nights_is_read_beside_the_event(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Soda Club's event page: its footer's "Events" widget lists the next nights as links
    # "31.07.26, 22:00 - Famous Friday" beside the footer's menus. The widget scored as furniture
    # and was never read; a written-out weekday after a name word ends the name, it is no date.
    records = _inspect(capsys, "disco2app-soda-ballermann-2026-08.html", _SODA, "2026-07-30")
    assert [(r["title"], r["start"][:16]) for r in records] == [
        ("Ballermann Open Air", "2026-08-15T14:00"),
        ("Soda Social Club", "2026-07-30T18:00"),
        ("Famous Friday", "2026-07-31T22:00"),
        ("Sodalicious", "2026-08-01T22:00"),
        ("Salsa Sonntag", "2026-08-02T18:00"),
    ]
    assert title_in_text("31.07.26, 22:00 - Famous Friday") == "Famous Friday"
    assert title_in_text("Frühschoppen, Sonntag 10 Uhr") == "Frühschoppen"
    assert title_in_text("Gottesdienst am Sonntag, 12.03.2027") == "Gottesdienst"


def test_a_name_joined_from_the_pages_h1_and_its_subtitle_is_the_h1(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # BAR JEDER VERNUNFT: each showing's JSON-LD is named "Oh What A Night! - Die mitreißende
    # Liveshow mit Hits von Grease bis Dirty Dancing"; the page's <h1> reads "Oh What A Night!",
    # the <h2> below it the rest.
    records = _inspect(
        capsys,
        "neos-barjedervernunft-ohwhatanight-2026.html",
        "https://www.bar-jeder-vernunft.de/de/programm/programmuebersicht/"
        "oh-what-a-night-frankie-valli-show.html",
        "2026-07-31",
    )
    assert len(records) == 27
    assert {record["title"] for record in records} == {"Oh What A Night!"}


def test_a_year_shortened_with_an_apostrophe_is_the_teasers_year(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The Velodrom's teasers date next year's concerts "Fr., 19. März '27 19:00 Uhr": without the
    # '27 the day came out as this March (2026), past on the page's day.
    page = "typo3-t3events-velodrom-joji-2026-08.html"
    records = _inspect(capsys, page, _VELODROM, "2026-08-03")
    starts = {record["title"]: record["start"] for record in records}
    assert starts["Tash Sultana"] == "2027-03-19T19:00:00+01:00"
    assert starts["Foreigner"].startswith("2027-10-12T20:00")

"""Causes found on held-out batch 22 of the real-page corpus (German pages of CMS and event
plugins: The Events Calendar, Plone, WordPress Events Manager), each pinned on its page."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from netdir.extract import extract_page
from netdir.normalize import normalize_record
from netdir.records import Page
from tests.extract.conftest import page_from_text

PAGES = Path(__file__).parents[1] / "realpages" / "pages"


def _page(name: str, url: str, today: date) -> Page:
    html = (PAGES / name).read_text(encoding="utf-8")
    fetched = datetime(today.year, today.month, today.day, 12, tzinfo=UTC)
    return replace(page_from_text(html, url), fetched_at=fetched)


def _read(name: str, url: str, today: date) -> list[tuple[str, str | None, str | None]]:
    records = extract_page(_page(name, url, today)).records
    got = []
    for record in records:
        event = normalize_record(record, today=today)
        got.append((record.title, event.start, event.end))
    return got


def test_a_theme_microdata_naming_only_the_site_leaves_the_page_to_its_event() -> None:
    # Events Manager in a Blocksy theme: the theme's microdata names only the site's
    # Organization („LOKAL-digital“); the page's own event (h1, „Datum/Zeit“ / „Date(s) - 15.
    # February 2022“ / „17:00 - 19:00“, „Veranstaltungsort“) is what it offers.
    got = _read(
        "eventsmanager-netphen-workshop.html",
        "https://nishitnagpal.github.io/thesiswebsite/events/workshop-netphener-modellprojekt-lokal-digital-am-15-02-2022/",
        date(2024, 5, 9),
    )
    assert got == [
        (
            "Workshop Netphener Modellprojekt LOKAL-digital",
            "2022-02-15T17:00:00+01:00",
            "2022-02-15T19:00:00+01:00",
        )
    ]


def test_a_short_dated_list_beside_the_site_organization_is_read() -> None:
    # The archive of the same plugin: two cards „15. February 2022 @ 17:00 – 19:00 – …“.
    got = _read(
        "eventsmanager-netphen-events.html",
        "https://nishitnagpal.github.io/thesiswebsite/events/",
        date(2024, 5, 9),
    )
    assert [(title[:25], start) for title, start, _ in got] == [
        ("Workshop Netphener Modell", "2022-02-15T17:00:00+01:00"),
        ("“Beispielveranstaltung” –", "2022-07-21T09:00:00+02:00"),
    ]

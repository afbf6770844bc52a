"""Causes found on held-out batch 22 of the real-page corpus (German pages of CMS and event
plugins: The Events Calendar, Plone, WordPress Events Manager), each pinned on its page."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from netdir.extract import extract_page
from netdir.normalize import normalize_record, parse_when
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


def test_a_change_stamp_is_no_event_day() -> None:
    # Plone's byline: „— erstellt von tvw_cms_80 — zuletzt verändert: 21.03.2013 20:52“.
    when = parse_when(
        "— erstellt von tvw_cms_80 — zuletzt verändert: 21.03.2013 20:52", today=date(2014, 6, 17)
    )
    assert when.start is None and when.published == "2013-03-21"


def test_a_plone_folder_lists_its_events_not_its_stamped_files_nor_their_authors() -> None:
    # dt.vevent rows (hCalendar) beside files stamped „zuletzt verändert: …“; each row's longest
    # link may be its author's („erstellt von <a href="../author/tvw_cms_80.html">“).
    got = _read(
        "plone-tvw-termine.html",
        "http://tvwillmatshofen.de/aktuelles/termine.html",
        date(2014, 6, 17),
    )
    titles = [title for title, _, _ in got]
    assert "tvw_cms_80" not in titles
    assert not {"Einladung JHV 2014", "Spartenbeiträge", "thumb einl", "thumb spart"} & set(titles)
    assert ("Maibaum", "2014-04-26T11:00:00+02:00", "2014-04-27T01:00:00+02:00") in got
    # The „Termine“ portlet's announced events stay.
    assert "2014-10-30" in {start for _, start, _ in got}


def test_a_visible_row_leading_to_a_structured_events_page_is_that_event() -> None:
    # The Events Calendar's list view titles a row „Pitchveranstaltung“ where its JSON-LD says
    # „Pitchveranstaltung, Mittwoch, 28.04.2021“: both lead to the event's page, one event.
    got = _read(
        "tribe-palatina-veranstaltungen-liste.html",
        "https://palatina-angels.de/veranstaltungen/liste/?tribe-bar-date=2022-10-29&eventDisplay=past",
        date(2022, 10, 1),
    )
    assert len(got) == 12
    assert sum(1 for _, start, _ in got if start and start.startswith("2021-04-28")) == 1


def test_report_posts_in_an_events_portlet_are_no_offerings() -> None:
    # Plone's „Termine“ portlet lists „Fotos vom Kinderfest am 03.10.13“ (17.10.2013) and „Nachlese
    # zu unserer Jahreshauptversammlung“ (30.03.2014) among the coming events.
    got = _read(
        "plone-tvw-termine.html",
        "http://tvwillmatshofen.de/aktuelles/termine.html",
        date(2014, 6, 17),
    )
    titles = " | ".join(title for title, _, _ in got)
    assert "Fotos vom" not in titles and "Nachlese" not in titles and "Infos zu" not in titles
    assert len(got) == 12

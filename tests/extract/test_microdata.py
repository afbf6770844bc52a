"""Microdata items with nested Place/PostalAddress/Organization and meta/time/link values."""

from __future__ import annotations

import pytest

from netdir.extract import extract_page
from tests.extract.conftest import PageFromFixture
from tests.extract.realpage_inspect import inspect_page


def test_microdata_events_with_nested_items(fixture_page: PageFromFixture) -> None:
    result = extract_page(
        fixture_page("microdata_events.html", "https://www.kgst.de/veranstaltungen")
    )

    assert result.extractors == ["microdata"]
    forum, seminar = result.records
    assert forum.title == "KGSt-FORUM 2026"
    assert forum.url == "https://www.kgst.de/veranstaltungen/kgst-forum-2026"
    assert forum.start == "2026-09-08T09:00:00+02:00"
    assert forum.end == "2026-09-10T16:00:00+02:00"
    assert forum.venue == "Messe Karlsruhe"
    assert forum.city == "Rheinstetten"
    assert forum.location_text == "Messe Karlsruhe, Messeallee 1, 76287 Rheinstetten"
    assert forum.organizer == "KGSt"
    assert forum.status_text == "EventScheduled"
    assert forum.field_sources["start"] == "microdata:Event.startDate"

    assert seminar.title == "Online-Seminar: Führen in der hybriden Verwaltung"
    assert seminar.start == "2026-10-14" and seminar.all_day is True
    assert seminar.location_text == "online"
    assert seminar.extra["online_url"] == "https://kgst.webex.example/seminar"
    assert seminar.status_text == "EventPostponed"
    assert seminar.field_sources["title"] == "microdata:EducationEvent.name"


def test_itemref_several_types_and_content_attributes_are_read() -> None:
    from tests.extract.conftest import page_from_text

    html = """<html><body>
    <div itemscope itemtype="https://schema.org/Event https://schema.org/Festival"
         itemref="venue-box">
      <h1 itemprop="name">Stadtfest Kleve</h1>
      <span itemprop="startDate" content="2027-06-05T11:00">5. Juni, 11 Uhr</span>
      <link itemprop="additionalType" href="https://schema.org/SocialEvent">
    </div>
    <aside id="venue-box" itemprop="location" itemscope itemtype="https://schema.org/Place">
      <span itemprop="name">Koekkoek-Platz</span>
      <span itemprop="address">Koekkoekplatz 1, 47533 Kleve</span>
    </aside></body></html>"""
    (record,) = extract_page(page_from_text(html)).records
    assert record.title == "Stadtfest Kleve"
    assert record.start == "2027-06-05T11:00"
    assert record.venue == "Koekkoek-Platz"
    assert record.location_text == "Koekkoek-Platz, Koekkoekplatz 1, 47533 Kleve"


def test_events_nested_in_other_items_are_found() -> None:
    from tests.extract.conftest import page_from_text

    html = """<html><body><div itemscope itemtype="https://schema.org/MusicGroup">
      <span itemprop="name">Kammerchor Bonn</span>
      <div itemprop="event" itemscope itemtype="https://schema.org/MusicEvent">
        <span itemprop="name">Adventskonzert</span>
        <time itemprop="startDate" datetime="2027-12-05T17:00">5.12.</time></div>
      <div itemprop="subjectOf" itemscope itemtype="https://schema.org/LiveBlogPosting">
        <div itemprop="about" itemscope itemtype="https://schema.org/BroadcastEvent">
          <span itemprop="name">Radioübertragung Adventskonzert</span>
          <meta itemprop="startDate" content="2027-12-06"></div></div>
    </div></body></html>"""
    records = extract_page(page_from_text(html)).records
    assert [(r.title, r.start) for r in records] == [
        ("Adventskonzert", "2027-12-05T17:00"),
        ("Radioübertragung Adventskonzert", "2027-12-06"),
    ]  # the group itself is no offering beside its events


def test_a_malformed_meta_stamp_is_read_as_the_element_around_it_shows_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Held-out batch V: The Events Calendar 2.x wrote the Horka market's end as
    "2012-05-13-06:00:00" (a dash for the "T", a 12-hour clock) inside "<dd>… 13. Mai 2012
    18:00</dd>": the end before the start was dropped. The element's clock is read."""
    record, *_sidebar = inspect_page(
        capsys,
        "tec2-microdata-wehranlagehorka-markt-2012-05.html",
        "http://www.wehranlage-horka.de/veranstaltung/887/",
        "2016-11-20",
    )
    assert record["title"] == "Historischer Markt"
    assert record["start"].startswith("2012-05-13T11:00")
    assert record["end"].startswith("2012-05-13T18:00")


def test_a_well_formed_meta_stamp_is_kept_whatever_the_element_shows() -> None:
    from tests.extract.conftest import page_from_text

    html = """<html><body><div itemscope itemtype="https://schema.org/Event">
      <h2 itemprop="name">Konzert</h2>
      <p><meta itemprop="startDate" content="2027-03-05T19:30">5. März 2027, Einlass 18:30</p>
      <p><meta itemprop="endDate" content="2027-03-05-10:00:00">5. März 2027</p>
    </div></body></html>"""
    (record,) = extract_page(page_from_text(html)).records
    assert record.start == "2027-03-05T19:30"  # well formed: the stamp, not the doors' 18:30
    assert record.end == "2027-03-05-10:00:00"  # its element shows no clock: kept as written

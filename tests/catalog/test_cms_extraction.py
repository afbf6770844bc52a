"""Every extraction mode and rule set of the real catalog, on a page in that source's CMS style.

Each page under ``cms_pages/<source id>/`` imitates the markup the landscape notes report for
that source (WordPress + The Events Calendar, WordPress custom post type, Government Site Builder
list and RSS, Drupal views, Liferay portlets, a custom news CMS). It is served from 127.0.0.1 and
read through ``netdir.extract.extract_page`` with the source's shipped catalog entry, only the
start URL pointed at the local server.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from netdir.catalog import Catalog, Source
from netdir.records import Page, RawRecord

from .conftest import LocalSite, local_source

extract = pytest.importorskip("netdir.extract", reason="the extract stage has not landed yet")


def _records(
    cms_site: LocalSite,
    fetch_page: Callable[[str], Page],
    catalog: Catalog,
    source_id: str,
    path: str,
) -> tuple[Source, Page, Any]:
    url = cms_site.url(path)
    source = local_source(catalog, source_id, [url])
    page = fetch_page(url)
    page.source_id = source.id
    assert page.status == 200, f"{source_id}: fixture page {path} not served"
    return source, page, extract.extract_page(page, source)


def _by_title(records: list[RawRecord]) -> dict[str, RawRecord]:
    return {record.title: record for record in records}


def test_negz_wordpress_listing_then_detail_rules_read_wann_wo_and_fee(
    cms_site: LocalSite, fetch_page: Callable[[str], Page], real_catalog: Catalog
) -> None:
    source, _, result = _records(
        cms_site, fetch_page, real_catalog, "negz-termine", "/negz-termine/termine/"
    )
    titles = [record.title for record in result.records]
    assert titles == [
        "NEGZ-Herbsttagung 2026",
        "NEGZ-Stammtisch im Dezember",
        "NEGZ-Klausurtagung 2027",
    ]
    listed = result.records[0]
    assert listed.url == "https://negz.org/termin/negz-herbsttagung-2026/"

    detail_page = fetch_page(cms_site.url("/negz-termine/termin/negz-herbsttagung-2026/"))
    enriched = extract.enrich_from_detail(listed, detail_page, source)
    assert enriched.date_text == "14.09.2026, 10:00 – 17:30 Uhr"
    assert enriched.location_text == "silent green Kulturquartier Gerichtstraße 35 13347 Berlin"
    assert enriched.cost_text == "60 € für Mitglieder, 80 € für Nichtmitglieder"
    assert enriched.field_sources["date_text"].startswith("detail:rules")


def test_next_events_calendar_listing_is_read_from_its_json_ld(
    cms_site: LocalSite, fetch_page: Callable[[str], Page], real_catalog: Catalog
) -> None:
    _, _, result = _records(
        cms_site,
        fetch_page,
        real_catalog,
        "next-veranstaltungen",
        "/next-veranstaltungen/veranstaltungen/",
    )
    assert "jsonld" in result.extractors
    records = _by_title(result.records)
    assert len(records) == 3
    meeting = records["Treffen der NExTcommunity Open Source in der Verwaltung"]
    assert meeting.start == "2027-01-25T11:00:00+01:00"
    assert meeting.end == "2027-01-25T12:00:00+01:00"
    assert meeting.url is not None and meeting.url.endswith("open-source-in-der-verwaltung-5/")
    assert "What’s NExT? Künstliche Intelligenz im Verwaltungsalltag" in records
    conference = records["NExT Herbstkonferenz 2027"]
    assert conference.start == "2027-10-14T09:00:00+02:00"
    assert "Freiburg im Breisgau" in (conference.city or conference.location_text or "")


def test_digitalakademie_gsb_rss_feed_with_named_entities(
    cms_site: LocalSite, fetch_page: Callable[[str], Page], real_catalog: Catalog
) -> None:
    _, _, result = _records(
        cms_site,
        fetch_page,
        real_catalog,
        "digitalakademie-bund",
        "/digitalakademie-bund/SiteGlobals/Functions/RSSFeed/DE/RSSNewsfeed/RSSNewsfeed.xml",
    )
    assert result.extractors == ["feed"]
    records = _by_title(result.records)
    assert set(records) == {
        "Lernreise „Digitale Führung“ startet im Februar",
        "Community-Tag der Digitallotsinnen und Digitallotsen",
    }
    community_day = records["Community-Tag der Digitallotsinnen und Digitallotsen"]
    assert community_day.url == (
        "https://www.digitalakademie.bund.de/SharedDocs/04_Aktuelles/21_Community_Tag/"
        "01_Community_Tag.html"
    )
    assert "18. März 2027" in (community_day.description or "")


def test_digitale_verwaltung_gsb_list_rules_read_publication_date_not_event_date(
    cms_site: LocalSite, fetch_page: Callable[[str], Page], real_catalog: Catalog
) -> None:
    _, _, result = _records(
        cms_site,
        fetch_page,
        real_catalog,
        "digitale-verwaltung",
        "/digitale-verwaltung/Webs/DV/DE/aktuelles/aktuelles-node.html",
    )
    assert result.extractors == ["rules"] and result.issues == []
    records = _by_title(result.records)
    assert len(records) == 3
    cops = records["Communities of Practice: Vernetzung in der Verwaltung stärken"]
    assert cops.published == "03.06.2024"
    assert cops.date_text is None and cops.start is None
    assert cops.topics == ["Vernetzung"]
    assert cops.url == cms_site.url(
        "/SharedDocs/kurzmeldungen/Webs/DV/DE/2024/vernetzung-cops.html"
    )
    assert "RUDI oder BayKoNet" in (cops.description or "")
    assert records["15. Fachkongress des IT-Planungsrats: Anmeldung geöffnet"].topics == []


def test_kommune21_rules_ignore_the_crawl_day_header(
    cms_site: LocalSite, fetch_page: Callable[[str], Page], real_catalog: Catalog
) -> None:
    _, _, result = _records(cms_site, fetch_page, real_catalog, "kommune21", "/kommune21/?pg=1160")
    records = _by_title(result.records)
    assert list(records) == [
        "Netzwerke und Verwaltungstransformation",
        "Impulse setzen",
        "Nah am Geschehen",
    ]
    assert [r.published for r in records.values()] == ["26.05.2025", "12.11.2026", "20.11.2026"]
    for record in records.values():
        assert record.date_text is None and record.start is None
        assert "27. November 2026" not in " ".join(filter(None, [record.description]))


def test_zukunftskongress_drupal_views_rows_found_by_auto(
    cms_site: LocalSite, fetch_page: Callable[[str], Page], real_catalog: Catalog
) -> None:
    _, _, result = _records(
        cms_site, fetch_page, real_catalog, "zukunftskongress", "/zukunftskongress/de/node/716/"
    )
    titles = {record.title for record in result.records}
    assert titles == {
        "Eröffnungsplenum: Der Staat als Plattform",
        "Werkstatt: Communities of Practice in Behörden aufbauen",
        "Barcamp U30: Junge Verwaltung vernetzt sich",
    }
    workshop = _by_title(result.records)["Werkstatt: Communities of Practice in Behörden aufbauen"]
    assert workshop.url == cms_site.url("/de/node/802")
    assert "22. Juni 2027" in (workshop.date_text or "")


def test_kgst_liferay_asset_publisher_found_by_auto(
    cms_site: LocalSite, fetch_page: Callable[[str], Page], real_catalog: Catalog
) -> None:
    _, _, result = _records(
        cms_site, fetch_page, real_catalog, "kgst-forum", "/kgst-forum/kgst-forum/"
    )
    records = _by_title(result.records)
    assert {
        "KGSt®-Finanzkongress 2027",
        "KGSt®-Personalkongress 2027",
        "KGSt®-Digitalkongress 2027",
    } <= set(records)
    finance = records["KGSt®-Finanzkongress 2027"]
    assert finance.url == "https://www.kgst.de/web/guest/-/kgst-finanzkongress-2027"
    assert "24.–25. Februar 2027" in (finance.date_text or "")


def test_login_only_platform_yields_no_records(
    cms_site: LocalSite, fetch_page: Callable[[str], Page], real_catalog: Catalog
) -> None:
    source, _, result = _records(
        cms_site, fetch_page, real_catalog, "rudi-ruhr-digital", "/rudi-ruhr-digital/"
    )
    assert source.login_only and source.extract == "none"
    assert result.records == []

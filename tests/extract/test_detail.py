"""Enrichment from detail pages: fill what the listing lacks, never overwrite with worse data."""

from __future__ import annotations

from netdir.extract import enrich_from_detail, extract_page
from tests.extract.conftest import PageFromFixture, SourceFactory, page_from_text

DETAIL_URL = "https://initiatived21.de/veranstaltungen/govtalk-2026/"


def test_listing_record_gets_dates_and_place_from_detail_jsonld(
    fixture_page: PageFromFixture, make_source: SourceFactory
) -> None:
    source = make_source(detail={"enabled": True})
    listed = next(
        r
        for r in extract_page(
            fixture_page("listing_table.html", "https://www.vdz.org/kalender"), source
        ).records
        if r.title.startswith("GovTalk")
    )
    enriched = enrich_from_detail(listed, fixture_page("detail_govtalk.html", DETAIL_URL), source)

    assert enriched.start == "2026-11-05T09:30:00+01:00"
    assert enriched.end == "2026-11-05T18:00:00+01:00"
    assert enriched.organizer == "Initiative D21 e.V."
    assert enriched.city == "Berlin"
    assert enriched.field_sources["start"] == "detail:jsonld:Event.startDate"
    # The listing's own link stays: the detail page's address is where we followed it to.
    assert enriched.url == listed.url
    assert enriched.date_text == "05.11.2026"  # nothing better on the detail page
    assert enriched.extra["detail_url"] == DETAIL_URL
    assert listed.start is None  # the original record is not changed


def test_detail_rules_never_overwrite_structured_fields(make_source: SourceFactory) -> None:
    source = make_source(
        detail={
            "rules": {
                "item": "body",
                "fields": {"title": "h1", "location_text": "p.ort", "date_text": "p.datum"},
            }
        }
    )
    listing_page = page_from_text(
        '<script type="application/ld+json">{"@type":"Event","name":"GovTalk 2026 – Das Netzwerkevent zum Digitalen Staat",'
        '"url":"https://initiatived21.de/veranstaltungen/govtalk-2026/","startDate":"2026-11-05"}</script>'
    )
    (structured,) = extract_page(listing_page, source).records
    detail_page = page_from_text(
        '<h1>GovTalk 2026</h1><p class="datum">5. November 2026</p><p class="ort">Berlin, Vertretung Rheinland-Pfalz</p>',
        DETAIL_URL,
    )
    enriched = enrich_from_detail(structured, detail_page, source)

    assert enriched.title == "GovTalk 2026 – Das Netzwerkevent zum Digitalen Staat"
    assert enriched.location_text == "Berlin, Vertretung Rheinland-Pfalz"
    assert enriched.field_sources["location_text"] == "detail:rules:p.ort"
    assert enriched.date_text == "5. November 2026"
    assert enriched.start == "2026-11-05"


def test_detail_page_without_data_returns_the_record_unchanged(
    fixture_page: PageFromFixture, make_source: SourceFactory
) -> None:
    source = make_source(detail={"enabled": True})
    listed = extract_page(fixture_page("listing_ul.html"), source).records[0]
    assert enrich_from_detail(listed, fixture_page("article_no_listing.html"), source) == listed

"""Mode selection: auto order, forced extractors, none, and errors that name the page."""

from __future__ import annotations

import dataclasses

import pytest

from netdir.extract import extract_page
from tests.extract.conftest import FIXTURES, PageFromFixture, SourceFactory, page_from_text


def test_mode_none_extracts_nothing(
    fixture_page: PageFromFixture, make_source: SourceFactory
) -> None:
    result = extract_page(fixture_page("listing_cards.html"), make_source(extract="none"))
    assert result.records == [] and result.issues == [] and result.extractors == []


def test_forced_jsonld_ignores_a_listing_on_the_page(
    fixture_page: PageFromFixture, make_source: SourceFactory
) -> None:
    result = extract_page(fixture_page("listing_cards.html"), make_source(extract="jsonld"))
    assert result.records == [] and result.extractors == []


def test_forced_listing_ignores_structured_data(
    fixture_page: PageFromFixture, make_source: SourceFactory
) -> None:
    result = extract_page(fixture_page("microdata_events.html"), make_source(extract="listing"))
    assert result.extractors == ["listing"]
    assert [r.title for r in result.records] == [
        "KGSt-FORUM 2026",
        "Online-Seminar: Führen in der hybriden Verwaltung",
    ]
    assert all(r.confidence < 1.0 for r in result.records)


def test_without_source_the_page_source_id_is_used(fixture_page: PageFromFixture) -> None:
    records = extract_page(fixture_page("listing_ul.html")).records
    assert {r.source_id for r in records} == {"test-source"}
    assert {r.kind for r in records} == {None}
    assert {r.page_url for r in records} == {"https://example.org/veranstaltungen/"}


def test_unreadable_tec_body_is_an_issue_naming_the_page(make_source: SourceFactory) -> None:
    url = "https://example.org/wp-json/tribe/events/v1/events"
    result = extract_page(
        page_from_text("<html>Wartungsmodus</html>", url), make_source(extract="tec")
    )
    assert result.records == []
    (issue,) = result.issues
    assert issue.url == url and issue.source_id == "test-source"
    assert "tec extractor could not read this page" in issue.message


def test_links_resolve_against_the_final_url_after_redirects(fixture_page: PageFromFixture) -> None:
    page = fixture_page("listing_ul.html", "http://negz.org/termine")
    page.final_url = "https://www.negz.org/de/termine/"
    records = extract_page(page).records
    assert records[0].url == "https://www.negz.org/termin/negz-herbsttagung-2025"
    assert records[0].page_url == "http://negz.org/termine"


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.iterdir() if p.is_file()))
def test_truncated_pages_never_raise(name: str) -> None:
    # A body cut at the size limit or mid-transfer must become records or issues, never a crash.
    text = (FIXTURES / name).read_text(encoding="utf-8")
    for fraction in (0.1, 0.35, 0.5, 0.8, 0.97):
        cut = text[: int(len(text) * fraction)]
        result = extract_page(
            page_from_text(cut, "https://example.org/wp-json/tribe/events/v1/events")
        )
        assert all(record.title for record in result.records)
        result = extract_page(
            page_from_text(cut, "https://example.org/termine/", content_type=None)
        )
        assert all(issue.source_id == "test-source" for issue in result.issues)


_PROVENANCE_EXEMPT = {"source_id", "page_url", "extractor", "confidence", "field_sources", "extra"}


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.iterdir() if p.is_file()))
def test_every_filled_field_says_where_it_came_from(name: str, make_source: SourceFactory) -> None:
    url = (
        "https://example.org/wp-json/tribe/events/v1/events"
        if name.endswith(".json")
        else "https://example.org/x/"
    )
    page = page_from_text((FIXTURES / name).read_text(encoding="utf-8"), url, content_type=None)
    for record in extract_page(page, make_source()).records:
        filled = {
            f.name
            for f in dataclasses.fields(record)
            if f.name not in _PROVENANCE_EXEMPT and getattr(record, f.name) not in (None, "", [])
        }
        assert filled <= set(record.field_sources), (
            record.title,
            filled - set(record.field_sources),
        )

"""Declarative rules: per-field selectors, @attr, regex, relative links, pagination, min_items."""

from __future__ import annotations

from typing import Any

import pytest

from netdir.catalog.model import Source
from netdir.extract import extract_page
from tests.extract.conftest import PageFromFixture, SourceFactory

LISTING_URL = "https://zdv.example/termine/"
RULES: dict[str, Any] = {
    "item": "div.termin",
    "fields": {
        "title": "h4.termin-titel",
        "url": "h4.termin-titel a@href",
        "date_text": {"select": "span.datum", "regex": r"Termin:\s*(.+)"},
        "location_text": {"select": "p.ort", "regex": r"Ort:\s*(.+)"},
        "topics": {"select": "ul.schlagworte li", "all": True},
    },
    "min_items": 2,
}


@pytest.fixture
def rules_source(make_source: SourceFactory) -> Source:
    return make_source(id="zdv-termine", extract="rules", rules=RULES, start_urls=[LISTING_URL])


def test_rules_read_every_field_and_resolve_links(
    fixture_page: PageFromFixture, rules_source: Source
) -> None:
    result = extract_page(fixture_page("rules_page1.html", LISTING_URL), rules_source)

    assert result.issues == []
    assert result.extractors == ["rules"]
    assert [(r.title, r.url) for r in result.records] == [
        ("OZG-Sprechstunde für Kommunen", "https://zdv.example/termine/ozg-sprechstunde-januar/"),
        # a link relative to the page's directory, not to the site root
        (
            "Werkstatt Registermodernisierung",
            "https://zdv.example/termine/termine/registermodernisierung-werkstatt/",
        ),
        ("Netzwerktreffen der kommunalen CIOs", "https://zdv.example/termine/netzwerktreffen-cio/"),
    ]
    first = result.records[0]
    assert first.date_text == "14.01.2027, 10:00–12:00 Uhr"
    assert first.location_text == "online (BigBlueButton)"
    assert first.topics == ["OZG", "Kommunen"]
    assert first.source_id == "zdv-termine"
    assert first.field_sources == {
        "kind": "catalog:kind",
        "title": "rules:h4.termin-titel",
        "url": "rules:h4.termin-titel a@href",
        "date_text": "rules:span.datum",
        "location_text": "rules:p.ort",
        "topics": "rules:ul.schlagworte li",
    }
    assert result.records[2].topics == []


def test_rules_apply_to_every_page_of_a_paginated_listing(
    fixture_page: PageFromFixture, rules_source: Source
) -> None:
    second_url = "https://zdv.example/termine/?seite=2"
    result = extract_page(fixture_page("rules_page2.html", second_url), rules_source)

    assert result.issues == []
    assert [r.title for r in result.records] == [
        "KI-Werkstatt für Sachbearbeitung",
        "Open-Data-Tag Schleswig-Holstein",
    ]
    assert result.records[0].url == "https://zdv.example/termine/ki-werkstatt-maerz/"
    assert {r.page_url for r in result.records} == {second_url}


def test_rule_matching_nothing_is_a_reported_source_error(
    fixture_page: PageFromFixture, rules_source: Source
) -> None:
    result = extract_page(fixture_page("rules_redesigned.html", LISTING_URL), rules_source)

    assert result.records == []
    (issue,) = result.issues
    assert issue.source_id == "zdv-termine"
    assert issue.url == LISTING_URL
    assert issue.stage == "extract"
    assert "'div.termin'" in issue.message
    assert "matched 0 items" in issue.message
    assert "expected at least 2" in issue.message
    assert issue.hint is not None and "netdir inspect" in issue.hint


def test_fewer_items_than_min_items_is_reported_with_the_records_kept(
    fixture_page: PageFromFixture, make_source: SourceFactory
) -> None:
    source = make_source(extract="rules", rules={**RULES, "min_items": 5})
    result = extract_page(fixture_page("rules_page2.html", LISTING_URL), source)

    assert len(result.records) == 2
    (issue,) = result.issues
    assert "matched 2 items, expected at least 5" in issue.message


def test_title_selector_that_finds_nothing_is_reported(
    fixture_page: PageFromFixture, make_source: SourceFactory
) -> None:
    rules = {**RULES, "fields": {"title": "h3.titel", "url": "a@href"}}
    result = extract_page(
        fixture_page("rules_page1.html", LISTING_URL), make_source(extract="rules", rules=rules)
    )

    assert result.records == []
    (issue,) = result.issues
    assert "title selector 'h3.titel' found no text in 3 of 3 items" in issue.message


def test_auto_mode_prefers_rules_over_the_detector_when_a_source_has_them(
    fixture_page: PageFromFixture, make_source: SourceFactory
) -> None:
    source = make_source(extract="auto", rules=RULES)
    result = extract_page(fixture_page("rules_page1.html", LISTING_URL), source)
    assert result.extractors == ["rules"]
    assert len(result.records) == 3

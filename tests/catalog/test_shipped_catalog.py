"""The shipped real catalog validates and every entry says what is known about its page."""

from __future__ import annotations

from collections import Counter

import pytest

from netdir.catalog import Catalog, load_catalog

KINDS = {
    "community_of_practice",
    "conference",
    "platform",
    "network",
    "event_calendar",
    "overview_page",
}


@pytest.fixture(scope="module")
def real_catalog() -> Catalog:
    return load_catalog()


def test_real_catalog_has_at_least_30_enabled_sources(real_catalog: Catalog) -> None:
    assert len(real_catalog.sources) >= 30
    assert sum(source.enabled for source in real_catalog.sources) >= 30


def test_every_source_has_notes_kind_level_and_organizer(real_catalog: Catalog) -> None:
    incomplete = [
        source.id
        for source in real_catalog.sources
        if not (source.notes and source.level and source.organizer and source.kind in KINDS)
    ]
    assert incomplete == []


def test_disabled_sources_say_why(real_catalog: Catalog) -> None:
    for source in real_catalog.sources:
        if not source.enabled:
            assert source.notes is not None and source.notes.startswith("Disabled:"), source.id


def test_login_only_platforms_are_not_crawled_for_listings(real_catalog: Catalog) -> None:
    login_only = {source.id for source in real_catalog.sources if source.login_only}
    assert {"rudi-ruhr-digital", "baykonet"} <= login_only
    for source_id in login_only:
        assert real_catalog.source(source_id).extract == "none"


def test_next_sources_key_on_their_domain_not_the_name(real_catalog: Catalog) -> None:
    # "NExT" also names a Fujitsu user group: dedup must rely on next-netz.de.
    next_sources = [s for s in real_catalog.sources if s.organizer == "NExT e.V."]
    assert len(next_sources) >= 3
    assert all(s.domains == ["next-netz.de"] for s in next_sources)


def test_settings_are_polite_for_the_real_web(real_catalog: Catalog) -> None:
    settings = real_catalog.settings
    assert settings.delay_seconds >= 2.0
    assert settings.concurrency_per_host == 1
    assert "netdir" in settings.user_agent and "https://" in settings.user_agent
    settings.user_agent.encode("ascii")  # HTTP header values must be ASCII


def test_start_urls_are_unique_across_sources(real_catalog: Catalog) -> None:
    urls = Counter(str(url) for s in real_catalog.sources for url in s.start_urls)
    assert [url for url, count in urls.items() if count > 1] == []


def test_kommune21_never_reads_the_header_date_as_event_date(real_catalog: Catalog) -> None:
    rules = real_catalog.source("kommune21").rules
    assert rules is not None
    assert "date_text" not in rules.fields and "published" in rules.fields


def test_every_note_says_what_was_seen_and_what_is_inferred(real_catalog: Catalog) -> None:
    unmarked = [
        source.id
        for source in real_catalog.sources
        if not any(mark in (source.notes or "") for mark in ("SEEN", "INFER"))
    ]
    assert unmarked == []


def test_identity_domains_cover_the_start_urls(real_catalog: Catalog) -> None:
    for source in real_catalog.sources:
        for url in source.start_urls:
            host = (url.host or "").removeprefix("www.")
            if source.domains:
                assert any(host == d or host.endswith("." + d) for d in source.domains), (
                    f"{source.id}: {host} is not in {source.domains}"
                )

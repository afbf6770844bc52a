"""Defaults a catalog without a ``settings`` block relies on."""

from netdir.catalog import CrawlSettings, parse_catalog


def test_default_user_agent_is_an_honest_ascii_header_value() -> None:
    user_agent = CrawlSettings().user_agent
    user_agent.encode("ascii")  # httpx refuses non-ASCII header values
    assert user_agent.startswith("netdir/") and "http" in user_agent


def test_politeness_defaults_match_the_catalog_contract() -> None:
    catalog = parse_catalog(
        {"sources": [{"id": "a", "name": "A", "start_urls": ["https://a.de/"]}]}
    )
    settings = catalog.sources[0].effective_settings(catalog.settings)
    assert settings.delay_seconds == 1.0
    assert settings.concurrency_per_host == 1
    assert settings.concurrency == 8
    assert catalog.sources[0].extract == "auto"


def test_a_misspelled_kind_is_rejected_naming_source_and_field() -> None:
    import pytest

    from netdir.catalog import CatalogError

    entry = {"id": "zuko", "name": "ZuKo", "start_urls": ["https://z.de/"], "kind": "konferenzz"}
    with pytest.raises(CatalogError, match=r"source 'zuko', field 'kind'.*konferenzz"):
        parse_catalog({"sources": [entry]})

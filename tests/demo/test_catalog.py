"""The demo catalog: valid, one source per site, pointing at the running sample web."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
import yaml

from netdir.catalog import CatalogError, load_catalog, parse_catalog
from netdir.demo import SampleWeb
from netdir.demo.server import default_catalog_path


def test_catalog_validates_and_has_one_source_per_site(sample_web: SampleWeb) -> None:
    catalog = sample_web.catalog()
    assert sorted(source.id for source in catalog.sources) == sorted(sample_web.base_urls)
    assert "netdir" in catalog.settings.user_agent
    assert catalog.settings.delay_seconds == 0.1
    assert catalog.settings.concurrency_per_host == 2
    for source in catalog.sources:
        assert source.name and source.organizer and source.level and source.notes, source.id


def test_start_urls_point_at_each_sites_own_server_and_answer_200(
    sample_web: SampleWeb, http: httpx.Client
) -> None:
    for source in sample_web.catalog().sources:
        for url in source.start_urls:
            assert str(url).startswith(sample_web.base_urls[source.id] + "/"), source.id
            assert http.get(str(url)).status_code == 200, url


def test_catalog_text_leaves_no_placeholder(sample_web: SampleWeb) -> None:
    text = sample_web.catalog_text()
    assert not re.search(r"\{site:[a-z0-9-]+\}", text)
    ports = {urlsplit(url).port for url in sample_web.base_urls.values()}
    assert all(f":{port}/" in text for port in ports)


def test_written_catalog_loads_with_the_normal_loader(
    sample_web: SampleWeb, tmp_path: Path
) -> None:
    path = tmp_path / "demo.yaml"
    path.write_text(sample_web.catalog_text(), encoding="utf-8")
    assert load_catalog(path) == sample_web.catalog()


def test_rules_sources_and_pagination_are_declared(sample_web: SampleWeb) -> None:
    catalog = sample_web.catalog()
    typo3, gsb = catalog.source("typo3-termine"), catalog.source("gsb-aktuelles")
    assert typo3.extract == "rules" and typo3.rules and typo3.rules.min_items >= 3
    assert gsb.rules and gsb.follow and gsb.follow.next and (gsb.max_pages or 0) >= 3
    assert catalog.source("cop-overview").kind == "community_of_practice"
    assert catalog.source("cop-overview").rules is None


def test_placeholder_for_an_unknown_site_names_it(sample_web: SampleWeb, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        'sources: [{id: x, name: X, start_urls: ["{site:gibt-es-nicht}/"]}]\n', encoding="utf-8"
    )
    with pytest.raises(KeyError, match="gibt-es-nicht"):
        sample_web.catalog_text(bad)


def test_catalog_needs_a_running_web() -> None:
    with pytest.raises(RuntimeError, match="not running"):
        SampleWeb().catalog_text()


def test_unfilled_catalog_is_rejected_by_the_validator() -> None:
    raw = yaml.safe_load(default_catalog_path().read_text(encoding="utf-8"))
    with pytest.raises(CatalogError, match="start_urls"):
        parse_catalog(raw)

"""URL shape guards for the shipped catalog and curated file (issue 16).

Start URLs are https (unless only a plain-http copy was ever stored), carry no #fragment, and say
what kind of page they are; a URL shaped like a single report must not pose as a listing.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from netdir.catalog import Catalog
from netdir.catalog.curated import load_curated_entries
from netdir.catalog.url_shape import single_report_shape

#: Pages of which only a plain-http copy was stored; the note of their source says so.
PLAIN_HTTP_STORED = {"www.junge-buergermeisterinnen.de"}


def _start_urls(catalog: Catalog) -> list[tuple[str, str]]:
    return [(source.id, str(url)) for source in catalog.sources for url in source.start_urls]


def test_catalog_has_at_least_50_sources_each_seen_or_inferred(real_catalog: Catalog) -> None:
    assert len(real_catalog.sources) >= 50
    for source in real_catalog.sources:
        assert source.notes and ("SEEN" in source.notes or "INFER" in source.notes), source.id


def test_start_urls_are_https_without_fragments(real_catalog: Catalog) -> None:
    for source_id, url in _start_urls(real_catalog):
        parts = urlsplit(url)
        assert parts.scheme == "https" or parts.hostname in PLAIN_HTTP_STORED, (source_id, url)
        assert not parts.fragment, (source_id, url)
        if parts.scheme == "http":
            notes = real_catalog.source(source_id).notes or ""
            assert "plain http" in notes, f"{source_id}: say why the URL is not https"


def test_every_source_says_what_its_start_page_is(real_catalog: Catalog) -> None:
    assert [s.id for s in real_catalog.sources if s.start_page is None] == []


def test_a_url_shaped_like_a_single_report_is_flagged_single(real_catalog: Catalog) -> None:
    posing = [
        (source.id, str(url), shape)
        for source in real_catalog.sources
        for url in source.start_urls
        if (shape := single_report_shape(str(url))) and source.start_page != "single"
    ]
    assert posing == []


@pytest.mark.parametrize(
    ("url", "shape"),
    [
        ("https://www.itdz-berlin.de/aktuelles/artikel.1105803.php", "imperia article"),
        ("https://zukunftskongress.info/de/node/716", "Drupal node"),
        ("https://next-netz.de/?p=451", "WordPress post id"),
        ("https://n3gz.org/2024/07/03/fachsimpeln/", "date permalink"),
        (
            "https://landkreistag-bw.de/presse/kommunale-digitallotsen-vernetzen-sich",
            "news or press path",
        ),
        (
            "https://www.egovernment.de/public-sector-a-3d9ad9391fd1b2ca1b49195b743082f0",
            "Vogel article id",
        ),
        ("https://negz.org/termine/", None),
        ("https://www.smart-city-dialog.de/aktuelles/veranstaltungen-der-kts", None),
        ("https://www.itdz-berlin.de/unternehmen/veranstaltungen/", None),
    ],
)
def test_single_report_shapes(url: str, shape: str | None) -> None:
    assert single_report_shape(url) == shape


def test_curated_addresses_carry_no_fragment_and_distinct_offering_urls() -> None:
    entries = load_curated_entries()
    for entry in entries:
        for address in [str(entry.url), entry.source_url]:
            assert not urlsplit(address).fragment, entry.id
    assert len({str(e.url) for e in entries}) == len(entries)

"""A listing page's next link comes from the extraction worker, which parses the page anyway:
the crawling process does not parse each page a second time for it (issue #12)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

import pytest

from netdir import reading_ready, source_step
from netdir.crawl import Crawler, pagination
from netdir.crawl.pagination import NextLink, find_next_link, find_next_url
from netdir.extract.dispatch import extract_page
from netdir.extract.isolation import ExtractionPool
from netdir.records import Page, SourceResult
from netdir.warehouse import PriorState
from tests.crawl.helpers import FAST, make_source
from tests.crawl.site_server import SiteServer, html
from tests.crawl.test_pagination import BASE, chain_site

FETCHED_AT = datetime(2026, 12, 1, tzinfo=UTC)
EVENT = (
    '<script type="application/ld+json">{{"@type": "Event", "name": "Fachtag {n}", '
    '"startDate": "2027-03-0{n}"}}</script>'
)


def _listing(count: int, link: str) -> dict[str, Any]:
    """``chain_site`` with one JSON-LD event on each page."""
    site = chain_site(count, link)
    for n, (path, reply) in enumerate(site.items(), start=1):
        site[path] = html(EVENT.format(n=n) + reply.body.decode())
    return site


def _crawl(site: SiteServer, selector: str | None) -> SourceResult:
    source = make_source("s", site.url("/liste/1"), next_selector=selector)

    async def crawl() -> SourceResult:
        async with (
            Crawler(FAST, allow_private_hosts=True) as crawler,
            ExtractionPool(deadline_seconds=60, workers=1) as pool,
        ):
            return await source_step.process_source(crawler, source, PriorState(), extraction=pool)

    return asyncio.run(crawl())


@pytest.mark.parametrize(
    ("link", "selector"),
    [
        ('<a rel="next" href="/liste/{next}">{next}</a>', None),
        ('<div class="blaettern"><a href="/liste/{next}">{next}</a></div>', ".blaettern a"),
    ],
)
def test_the_crawl_follows_the_links_its_workers_found_without_parsing_a_page(
    monkeypatch: pytest.MonkeyPatch, link: str, selector: str | None
) -> None:
    reading_ready.prepare_normalization()  # as once a run's imports are done
    parsed_here: list[str] = []
    real_parse = pagination.parse_html

    def noting_parse(text: str) -> Any:  # the workers fork with it, but note in their own list
        parsed_here.append(text)
        return real_parse(text)

    monkeypatch.setattr(pagination, "parse_html", noting_parse)
    with SiteServer(_listing(4, link)) as site:
        result = _crawl(site, selector)
        assert [page.next_url for page in result.pages] == [
            site.url(f"/liste/{n}") for n in (2, 3, 4)
        ] + [None]
    assert sorted(record.title for record in result.records) == [
        f"Fachtag {n}" for n in (1, 2, 3, 4)
    ]
    assert parsed_here == []


def test_a_broken_selector_is_still_reported_once_when_workers_find_the_links() -> None:
    reading_ready.prepare_normalization()
    with SiteServer(_listing(3, '<a href="/liste/{next}">Weiter</a>')) as site:
        result = _crawl(site, "a[")
    assert len(result.pages) == 3
    [issue] = [issue for issue in result.issues if issue.stage == "crawl"]
    assert "'a['" in issue.message and "follow.next" in (issue.hint or "")


@pytest.mark.parametrize(
    ("text", "selector"),
    [
        ('<html><body><a rel="next" href="?seite=2">2</a></body></html>', None),
        ('<html><body><nav><a href="?seite=2">Weiter</a></nav><p>Termine</p></body></html>', None),
        ('<a rel="next" href="/x">Weiter</a><p class="n"><a href="/y">2</a></p>', "p.n"),
        ('<a rel="next" href="/x">Weiter</a>', "a["),
        ("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", None),  # not HTML: read without a tree
        ("", None),
    ],
)
def test_extraction_finds_the_link_the_crawler_would(text: str, selector: str | None) -> None:
    """The worker's link is the crawler's own, found on the tree before any extractor changes
    it (the listing reader takes navigation out of its tree)."""
    source = make_source("s", BASE, next_selector=selector)
    page = Page("s", BASE, BASE, 200, FETCHED_AT, content_type="text/html", text=text)
    found = extract_page(page, source, find_next=True).next_link
    assert found == find_next_link(text, BASE, selector)
    assert extract_page(page, source).next_link is None  # only when asked
    if selector != "a[":
        assert found == NextLink(find_next_url(text, BASE, selector))
    else:
        assert found is not None and found.selector_problem is not None
        assert found.url == find_next_url(text, BASE)

"""Pagination: rel=next, a configured selector, or "Weiter"-style links, bounded by max_pages."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from netdir.catalog.model import CrawlSettings
from netdir.crawl import Crawler
from netdir.crawl.pagination import find_next_url
from netdir.records import CrawlResult
from tests.crawl.helpers import make_source, run
from tests.crawl.site_server import html

BASE = "https://example.de/termine/?seite=1"


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        ('<head><link rel="next" href="?seite=2"></head>', "https://example.de/termine/?seite=2"),
        ('<a rel="nofollow next" href="/termine/2">2</a>', "https://example.de/termine/2"),
        ('<a href="seite-2.html">Weiter</a>', "https://example.de/termine/seite-2.html"),
        ('<a href="?seite=2"> Nächste Seite › </a>', "https://example.de/termine/?seite=2"),
        (
            '<a href="?seite=2" title="Nächste Seite"><span>›</span></a>',
            "https://example.de/termine/?seite=2",
        ),
        (
            '<a href="?seite=9">Letzte »</a><a href="?seite=2">»</a>',
            "https://example.de/termine/?seite=2",
        ),
        ('<a href="?seite=2">next</a>', "https://example.de/termine/?seite=2"),
        ('<a href="/artikel">Weiterlesen</a><a href="/mehr">Weitere Termine</a>', None),
        ('<a href="#">Weiter</a><a href="javascript:void(0)">Nächste Seite</a>', None),
        ('<a href="?seite=1">Weiter</a>', None),  # a link to this very page
    ],
)
def test_next_link_detection(snippet: str, expected: str | None) -> None:
    assert find_next_url(f"<html><body>{snippet}</body></html>", BASE) == expected


def test_configured_selector_wins_over_generic_hints() -> None:
    snippet = '<a rel="next" href="/falsch">Weiter</a><ul class="pager"><li class="nach"><a href="/richtig">2</a></li></ul>'
    assert find_next_url(snippet, BASE, "li.nach") == "https://example.de/richtig"
    assert find_next_url(snippet, BASE) == "https://example.de/falsch"


def chain_site(count: int, link: str) -> dict[str, Any]:
    def page(n: int) -> Any:
        pager = link.format(next=n + 1) if n < count else ""
        return html(f"<h1>Seite {n}</h1>{pager}")

    return {f"/liste/{n}": page(n) for n in range(1, count + 1)}


async def crawl(settings: CrawlSettings, source: Any) -> CrawlResult:
    async with Crawler(settings, allow_private_hosts=True) as crawler:
        return await crawler.crawl_source(source, {})


@pytest.mark.parametrize(
    ("link", "selector"),
    [
        ('<link rel="next" href="/liste/{next}">', None),
        ('<a href="/liste/{next}">Weiter</a>', None),
        ('<div class="blaettern"><a href="/liste/{next}">{next}</a></div>', ".blaettern a"),
    ],
)
def test_pagination_is_followed_to_the_end(
    start_site: Any, fast_settings: CrawlSettings, link: str, selector: str | None
) -> None:
    site = start_site(chain_site(4, link))
    result = run(
        crawl(fast_settings, make_source("s", site.url("/liste/1"), next_selector=selector))
    )
    assert [page.url for page in result.pages] == [site.url(f"/liste/{n}") for n in range(1, 5)]
    assert [page.next_url for page in result.pages] == [
        site.url(f"/liste/{n}") for n in (2, 3, 4)
    ] + [None]


def test_pagination_stops_at_max_pages_but_remembers_the_next_link(
    start_site: Any, fast_settings: CrawlSettings
) -> None:
    site = start_site(chain_site(10, '<a href="/liste/{next}">Weiter</a>'))
    result = run(crawl(fast_settings, make_source("s", site.url("/liste/1"), max_pages=3)))
    assert len(result.pages) == 3 and len(site.page_hits()) == 3
    assert result.pages[-1].next_url == site.url("/liste/4")
    assert result.complete


def test_settings_max_pages_bounds_pagination_without_a_follow_block(
    start_site: Any, fast_settings: CrawlSettings
) -> None:
    site = start_site(chain_site(10, '<a href="/liste/{next}">Weiter</a>'))
    settings = fast_settings.model_copy(update={"max_pages": 2})
    result = run(crawl(settings, make_source("s", site.url("/liste/1"))))
    assert len(site.page_hits()) == 2 and len(result.pages) == 2


def test_a_pager_that_loops_back_is_not_followed_twice(
    start_site: Any, fast_settings: CrawlSettings
) -> None:
    site = start_site(
        {"/1": html('<a href="/2">Weiter</a>'), "/2": html('<a href="/1#top">Weiter</a>')}
    )
    result = run(crawl(fast_settings, make_source("s", site.url("/1"))))
    assert [hit.path for hit in site.page_hits()] == ["/1", "/2"]
    assert len(result.pages) == 2


def test_next_links_to_another_host_are_not_followed(
    start_site: Any, fast_settings: CrawlSettings
) -> None:
    site = start_site({"/1": html('<a rel="next" href="https://anderswo.example/2">Weiter</a>')})
    result = run(crawl(fast_settings, make_source("s", site.url("/1"))))
    assert len(result.pages) == 1 and result.pages[0].next_url is None
    assert "another host" in result.issues[0].message


def test_a_broken_next_selector_is_reported_and_generic_hints_still_work(
    start_site: Any, fast_settings: CrawlSettings
) -> None:
    site = start_site(chain_site(3, '<a href="/liste/{next}">Weiter</a>'))
    result = run(crawl(fast_settings, make_source("s", site.url("/liste/1"), next_selector="a[")))
    assert len(result.pages) == 3
    [issue] = result.issues  # once, not once per page
    assert "'a['" in issue.message and "follow.next" in (issue.hint or "")


def _parse_threads(
    monkeypatch: pytest.MonkeyPatch, site: Any, settings: CrawlSettings
) -> tuple[list[int], int]:
    """The threads that parsed each page of the chain at ``/liste/1``, and the loop's thread."""
    from netdir.crawl import pagination

    parsed_on: list[int] = []
    real_parse = pagination.parse_html

    def recording_parse(text: str) -> Any:
        parsed_on.append(threading.get_ident())
        return real_parse(text)

    monkeypatch.setattr(pagination, "parse_html", recording_parse)

    async def crawl_noting_the_loop() -> tuple[CrawlResult, int]:
        loop_thread = threading.get_ident()
        return await crawl(settings, make_source("s", site.url("/liste/1"))), loop_thread

    result, loop_thread = run(crawl_noting_the_loop())
    assert len(result.pages) == 3
    return parsed_on, loop_thread


def test_next_links_are_searched_off_the_event_loop(
    start_site: Any, fast_settings: CrawlSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Parsing a big listing must not stall the other sources' downloads (issue #13)."""
    from netdir.crawl.pagination import OFF_LOOP_CHARS

    items = "".join(f"<li>Termin {n}</li>" for n in range(OFF_LOOP_CHARS // 16))
    pages = chain_site(3, '<a href="/liste/{next}">Weiter</a>')
    for page in pages.values():
        page.body = f"<ul>{items}</ul>".encode() + page.body  # every page big, the last one too
    site = start_site(pages)
    parsed_on, loop_thread = _parse_threads(monkeypatch, site, fast_settings)
    assert len(parsed_on) == 3 and loop_thread not in parsed_on


def test_next_links_of_small_pages_are_searched_on_the_loop(
    start_site: Any, fast_settings: CrawlSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page of ordinary size costs less to search than the hand-over to a thread."""
    site = start_site(chain_site(3, '<a href="/liste/{next}">Weiter</a>'))
    parsed_on, loop_thread = _parse_threads(monkeypatch, site, fast_settings)
    assert parsed_on == [loop_thread] * 3

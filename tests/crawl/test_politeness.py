"""Per-host spacing and concurrency across all sources of a run, plus the overall limit."""

from __future__ import annotations

import asyncio
from typing import Any

from netdir.catalog.model import CrawlSettings, Source
from netdir.crawl import Crawler
from netdir.records import CrawlResult
from tests.crawl.helpers import make_source, run
from tests.crawl.site_server import Reply, max_overlap, start_gaps


def slow_pages(count: int, seconds: float) -> dict[str, Any]:
    return {
        f"/p{n}": Reply(body=b"ok", headers={"Content-Type": "text/html"}, delay=seconds)
        for n in range(count)
    }


async def crawl_together(settings: CrawlSettings, *sources: Source) -> list[CrawlResult]:
    async with Crawler(settings, allow_private_hosts=True) as crawler:
        return list(await asyncio.gather(*(crawler.crawl_source(s, {}) for s in sources)))


def test_requests_to_one_host_keep_the_delay_even_across_sources(
    start_site: Any, fast_settings: CrawlSettings
) -> None:
    site = start_site(slow_pages(6, 0))
    settings = fast_settings.model_copy(update={"delay_seconds": 0.25, "concurrency_per_host": 4})
    first = make_source("first", *(site.url(f"/p{n}") for n in range(3)))
    second = make_source("second", *(site.url(f"/p{n}") for n in range(3, 6)))
    results = run(crawl_together(settings, first, second))
    assert sum(len(result.pages) for result in results) == 6
    gaps = start_gaps(site.hits())  # robots.txt counts as a request to the host too
    # The crawler spaces the *starts* of requests; the server sees each one a little later
    # (connection set-up, a busy machine), so single gaps may look shorter by that latency.
    assert len(gaps) == 6 and min(gaps) >= 0.18 and sorted(gaps)[3] >= 0.245, gaps


def test_per_host_concurrency_is_held_across_sources(
    start_site: Any, fast_settings: CrawlSettings
) -> None:
    site = start_site(slow_pages(8, 0.2))
    settings = fast_settings.model_copy(update={"concurrency_per_host": 2})
    first = make_source("first", *(site.url(f"/p{n}") for n in range(4)))
    second = make_source("second", *(site.url(f"/p{n}") for n in range(4, 8)))
    run(crawl_together(settings, first, second))
    assert len(site.page_hits()) == 8
    assert max_overlap(site.page_hits()) == 2


def test_a_source_may_ask_for_more_caution_than_the_defaults(
    start_site: Any, fast_settings: CrawlSettings
) -> None:
    site = start_site(slow_pages(4, 0.05))
    cautious = make_source("s", *(site.url(f"/p{n}") for n in range(4)), concurrency_per_host=1)
    run(crawl_together(fast_settings, cautious))
    assert max_overlap(site.page_hits()) == 1


def test_overall_concurrency_limits_requests_across_hosts(
    start_site: Any, fast_settings: CrawlSettings
) -> None:
    sites = [start_site(slow_pages(3, 0.2)) for _ in range(3)]
    settings = fast_settings.model_copy(update={"concurrency": 2, "concurrency_per_host": 3})
    sources = [
        make_source(f"s{i}", *(site.url(f"/p{n}") for n in range(3)))
        for i, site in enumerate(sites)
    ]
    run(crawl_together(settings, *sources))
    all_pages = [hit for site in sites for hit in site.page_hits()]
    assert len(all_pages) == 9
    assert max_overlap(all_pages) == 2

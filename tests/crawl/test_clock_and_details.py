"""The clock seam (long waits without waiting), detail-page fetching, redirect-target reuse."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

from netdir.catalog.model import CrawlSettings
from netdir.crawl import Crawler
from netdir.records import PageValidators
from tests.crawl.helpers import make_source, run
from tests.crawl.site_server import Reply, html


class VirtualClock:
    """Time passes only when the crawler sleeps; every sleep is recorded."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        await asyncio.sleep(0)


def test_a_long_retry_after_is_waited_out_on_the_clock_seam(
    start_site: Any, fast_settings: CrawlSettings
) -> None:
    answers = [Reply(503, headers={"Retry-After": "90"}), html("wieder da")]
    site = start_site({"/": lambda n, _h: answers[min(n, 1)]})
    clock = VirtualClock()

    async def crawl() -> Any:
        async with Crawler(fast_settings, allow_private_hosts=True, clock=clock) as crawler:
            return await crawler.crawl_source(make_source("s", site.url("/")), {})

    started = time.monotonic()
    result = run(crawl())
    # Not waited for in real time: far less than the 90 s (a loaded machine needs a few).
    assert time.monotonic() - started < 45
    assert [hit.status for hit in site.hits("/")] == [503, 200]
    assert result.pages[0].text == "wieder da"
    assert sum(clock.sleeps) >= 89.99  # backoff and the host pause together cover the 90 s


def test_retry_after_as_http_date_is_honoured(
    start_site: Any, fast_settings: CrawlSettings
) -> None:
    asked_to_wait: list[float] = []  # seconds from the moment the date was written

    def route(number: int, _headers: dict[str, str]) -> Reply:
        if number == 0:
            issued = datetime.now(UTC)
            later = (issued + timedelta(seconds=45)).replace(microsecond=0)  # what the header says
            asked_to_wait.append((later - issued).total_seconds())
            return Reply(429, headers={"Retry-After": format_datetime(later, usegmt=True)})
        return html("ok")

    site = start_site({"/": route})
    clock = VirtualClock()

    async def crawl() -> Any:
        async with Crawler(fast_settings, allow_private_hosts=True, clock=clock) as crawler:
            return await crawler.crawl_source(make_source("s", site.url("/")), {})

    started = time.monotonic()
    result = run(crawl())
    real_seconds = time.monotonic() - started
    assert len(result.pages) == 1 and result.issues == []
    # The date is read on the wall clock, which moved on while the answer travelled: the wait
    # covers what was asked minus the real time that passed (at most the whole crawl).
    assert asked_to_wait[0] - real_seconds <= sum(clock.sleeps) <= 60
    assert sum(clock.sleeps) >= 30, "the date was honoured, not ignored or read as a short delay"


def test_detail_pages_share_robots_politeness_and_validators_but_not_pagination(
    start_site: Any, fast_settings: CrawlSettings
) -> None:
    site = start_site(
        {
            "/robots.txt": Reply(body=b"User-agent: *\nDisallow: /privat/\n"),
            "/termin/1": html('<h1>Eins</h1><a href="/termin/2">Weiter</a>', ETag='"v1"'),
            "/termin/2": lambda _n, headers: (
                Reply(304) if headers.get("if-none-match") == '"v2"' else html("Zwei", ETag='"v2"')
            ),
            "/privat/3": html("nie"),
        }
    )
    urls = [
        site.url("/termin/1"),
        site.url("/termin/1#oben"),
        site.url("/termin/2"),
        site.url("/privat/3"),
    ]
    known = {
        site.url("/termin/2"): PageValidators(site.url("/termin/2"), etag='"v2"', content_hash="h2")
    }

    async def details() -> Any:
        async with Crawler(fast_settings, allow_private_hosts=True) as crawler:
            return await crawler.fetch_urls(make_source("s", site.url("/")), urls, known)

    result = run(details())
    assert [(page.url, page.status) for page in result.pages] == [
        (site.url("/termin/1"), 200),
        (site.url("/termin/2"), 304),
    ]
    assert result.pages[1].content_hash == "h2" and not result.pages[1].changed
    assert result.robots_skipped == [site.url("/privat/3")]
    assert [hit.path for hit in site.page_hits()].count("/termin/1") == 1
    assert site.hits("/privat/3") == []
    assert len(site.hits("/termin/2")) == 1  # asked once, not again via the "Weiter" link


def test_a_redirect_target_is_not_fetched_again_when_asked_for_later(
    start_site: Any, fast_settings: CrawlSettings
) -> None:
    site = start_site({"/alt": Reply(301, headers={"Location": "/neu"}), "/neu": html("neu")})

    async def two_sources() -> Any:
        async with Crawler(fast_settings, allow_private_hosts=True) as crawler:
            old = await crawler.crawl_source(make_source("a", site.url("/alt")), {})
            new = await crawler.crawl_source(make_source("b", site.url("/neu")), {})
            return old, new

    old, new = run(two_sources())
    assert len(site.hits("/neu")) == 1
    assert old.pages[0].final_url == new.pages[0].url == site.url("/neu")
    assert new.pages[0].text == "neu" and new.pages[0].source_id == "b"

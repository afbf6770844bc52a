"""Failures: 429/5xx/timeouts retried with backoff and Retry-After, other 4xx not retried."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import pytest

from netdir.catalog.model import CrawlSettings
from netdir.crawl import Crawler
from netdir.crawl.fetcher import parse_retry_after
from netdir.records import CrawlResult
from tests.crawl.helpers import make_source, run
from tests.crawl.site_server import Reply, html, start_gaps

OK = html("<p>Termine</p>")


def fails_then_ok(failures: list[Reply]) -> Any:
    def route(number: int, _headers: dict[str, str]) -> Reply:
        return failures[number] if number < len(failures) else OK

    return route


async def crawl(settings: CrawlSettings, *urls: str, backoff: float = 0.01) -> CrawlResult:
    async with Crawler(settings, allow_private_hosts=True, backoff_base_seconds=backoff) as crawler:
        return await crawler.crawl_source(make_source("s", *urls), {})


def test_a_503_followed_by_success_is_retried(
    start_site: Any, fast_settings: CrawlSettings
) -> None:
    site = start_site({"/": fails_then_ok([Reply(503)])})
    result = run(crawl(fast_settings, site.url("/")))
    assert [hit.status for hit in site.hits("/")] == [503, 200]
    assert [page.status for page in result.pages] == [200]
    assert result.issues == [] and result.complete
    assert result.requests == 3  # robots.txt, 503, 200


def test_backoff_grows_exponentially(start_site: Any, fast_settings: CrawlSettings) -> None:
    site = start_site({"/": fails_then_ok([Reply(503), Reply(502), Reply(500)])})
    settings = fast_settings.model_copy(update={"retries": 3})
    run(crawl(settings, site.url("/"), backoff=0.1))
    gaps = start_gaps(site.hits("/"))
    # base·2^(n-1) plus up to 50 % jitter: 0.1–0.15, 0.2–0.3, 0.4–0.6 s. No upper bound is
    # asserted: a busy machine only ever makes gaps longer.
    lows = (0.095, 0.195, 0.395)
    assert all(gap >= low for gap, low in zip(gaps, lows, strict=True)), gaps


def test_retry_after_seconds_is_honoured(start_site: Any, fast_settings: CrawlSettings) -> None:
    site = start_site({"/": fails_then_ok([Reply(429, headers={"Retry-After": "1"})])})
    result = run(crawl(fast_settings, site.url("/")))
    assert [hit.status for hit in site.hits("/")] == [429, 200]
    assert start_gaps(site.hits("/"))[0] >= 0.95
    assert len(result.pages) == 1


def test_retry_after_pauses_the_whole_host_for_every_source(
    start_site: Any, fast_settings: CrawlSettings
) -> None:
    site = start_site(
        {"/busy": fails_then_ok([Reply(503, headers={"Retry-After": "1"})]), "/other": OK}
    )

    async def two_sources() -> None:
        async with Crawler(
            fast_settings, allow_private_hosts=True, backoff_base_seconds=0.01
        ) as crawler:
            busy = asyncio.ensure_future(
                crawler.crawl_source(make_source("a", site.url("/busy")), {})
            )
            await asyncio.sleep(0.3)  # the 503 has arrived by now
            await crawler.crawl_source(make_source("b", site.url("/other")), {})
            await busy

    run(two_sources())
    first_503 = site.hits("/busy")[0]
    assert first_503.status == 503
    assert site.hits("/other")[0].started - first_503.started >= 0.95


def test_retry_after_beyond_the_cap_is_reported_and_the_host_left_alone(
    start_site: Any, fast_settings: CrawlSettings
) -> None:
    site = start_site({"/a": Reply(429, headers={"Retry-After": "3600"}), "/b": OK, "/c": OK})
    settings = fast_settings.model_copy(update={"concurrency_per_host": 1})
    result = run(crawl(settings, site.url("/a"), site.url("/b"), site.url("/c")))
    [issue] = [issue for issue in result.issues if issue.url == site.url("/a")]
    assert issue.status_code == 429 and "3600 s" in issue.message and "cap" in issue.message
    assert len(site.hits("/a")) == 1
    assert not result.complete


def test_other_client_errors_are_not_retried(start_site: Any, fast_settings: CrawlSettings) -> None:
    site = start_site({"/verboten": Reply(403), "/weg": Reply(410)})
    result = run(crawl(fast_settings, site.url("/verboten"), site.url("/weg")))
    assert len(site.hits("/verboten")) == 1 and len(site.hits("/weg")) == 1
    assert sorted(issue.status_code or 0 for issue in result.issues) == [403, 410]
    assert all(issue.hint for issue in result.issues)


def test_persistent_server_errors_give_up_after_the_configured_retries(
    start_site: Any, fast_settings: CrawlSettings
) -> None:
    site = start_site({"/": Reply(500)})
    result = run(crawl(fast_settings, site.url("/")))
    assert len(site.hits("/")) == fast_settings.retries + 1
    [issue] = result.issues
    assert issue.status_code == 500 and issue.url == site.url("/")
    assert not result.complete and not result.unreachable


def test_timeouts_are_retried_then_reported(start_site: Any, fast_settings: CrawlSettings) -> None:
    site = start_site({"/langsam": Reply(body=b"x", delay=0.6)})
    settings = fast_settings.model_copy(update={"timeout_seconds": 0.2, "retries": 1})
    result = run(crawl(settings, site.url("/langsam")))
    assert len(site.hits("/langsam")) == 2
    [issue] = result.issues
    assert "timed out after 2 attempts" in issue.message and "timeout_seconds" in (issue.hint or "")


@pytest.mark.parametrize(
    ("header", "seconds"),
    [("120", 120.0), (" 7 ", 7.0), ("soon", None), (None, None)],
)
def test_retry_after_values(header: str | None, seconds: float | None) -> None:
    assert parse_retry_after(header) == seconds


def test_retry_after_http_date() -> None:
    now = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)
    header = format_datetime(now + timedelta(seconds=90), usegmt=True)
    assert parse_retry_after(header, now=now) == 90.0
    assert parse_retry_after(format_datetime(now - timedelta(hours=1), usegmt=True), now=now) == 0.0

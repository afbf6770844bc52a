"""robots.txt: fetched once per host and run, honoured for every URL, failures are careful."""

from __future__ import annotations

import asyncio
from typing import Any

from netdir.catalog.model import CrawlSettings, Source
from netdir.crawl import Crawler
from netdir.records import CrawlResult
from tests.crawl.helpers import make_source, run
from tests.crawl.site_server import Reply, html, start_gaps


def robots(text: str) -> Reply:
    return Reply(body=text.encode(), headers={"Content-Type": "text/plain"})


async def crawl_together(settings: CrawlSettings, *sources: Source) -> list[CrawlResult]:
    async with Crawler(settings, allow_private_hosts=True) as crawler:
        return list(await asyncio.gather(*(crawler.crawl_source(s, {}) for s in sources)))


def test_disallowed_paths_are_never_requested_and_reported_as_skipped(
    start_site: Any, fast_settings: CrawlSettings
) -> None:
    site = start_site(
        {
            "/robots.txt": robots("User-agent: *\nDisallow: /intern/\n"),
            "/termine": html('<a rel="next" href="/intern/seite2">Weiter</a>'),
            "/intern/liste": html("geheim"),
            "/intern/seite2": html("geheim"),
        }
    )
    [result] = run(
        crawl_together(
            fast_settings, make_source("s", site.url("/termine"), site.url("/intern/liste"))
        )
    )
    assert [hit.path for hit in site.hits() if hit.path.startswith("/intern")] == []
    assert sorted(result.robots_skipped) == [site.url("/intern/liste"), site.url("/intern/seite2")]
    assert [page.url for page in result.pages] == [site.url("/termine")]
    assert result.issues == []


def test_rules_for_netdir_by_name_apply_over_the_wildcard(
    start_site: Any, fast_settings: CrawlSettings
) -> None:
    site = start_site(
        {
            "/robots.txt": robots("User-agent: *\nAllow: /\n\nUser-agent: netdir\nDisallow: /\n"),
            "/": html("x"),
        }
    )
    [result] = run(crawl_together(fast_settings, make_source("s", site.url("/"))))
    assert site.page_hits() == []
    assert result.robots_skipped == [site.url("/")]


def test_robots_txt_is_fetched_once_per_host_for_all_sources_of_a_run(
    start_site: Any, fast_settings: CrawlSettings
) -> None:
    site = start_site(
        {"/robots.txt": robots("User-agent: *\nDisallow:\n"), "/a": html("a"), "/b": html("b")}
    )
    other_host = site.url("/a", host="localhost")  # same server, another host name
    sources = [make_source(f"s{n}", site.url("/a"), site.url("/b")) for n in range(4)]
    run(crawl_together(fast_settings, *sources, make_source("other", other_host)))
    assert len(site.hits("/robots.txt")) == 2  # 127.0.0.1 and localhost
    assert len(site.hits("/a")) == 2


def test_missing_robots_txt_allows_everything(
    start_site: Any, fast_settings: CrawlSettings
) -> None:
    site = start_site({"/a": html("a")})
    [result] = run(crawl_together(fast_settings, make_source("s", site.url("/a"))))
    assert len(result.pages) == 1 and result.issues == [] and result.complete


def test_failing_robots_txt_means_nothing_is_fetched_this_run_and_says_so(
    start_site: Any, fast_settings: CrawlSettings
) -> None:
    site = start_site({"/robots.txt": Reply(503, b"busy"), "/a": html("a")})
    settings = fast_settings.model_copy(update={"retries": 0})
    [result] = run(crawl_together(settings, make_source("s", site.url("/a"))))
    assert site.page_hits() == []
    assert result.robots_skipped == [site.url("/a")]
    [issue] = result.issues
    assert (issue.stage, issue.status_code, issue.url) == ("robots", 503, site.url("/robots.txt"))
    assert not result.complete and not result.unreachable


def test_crawl_delay_larger_than_the_setting_wins(
    start_site: Any, fast_settings: CrawlSettings
) -> None:
    site = start_site(
        {
            "/robots.txt": robots("User-agent: *\nCrawl-delay: 0.3\n"),
            **{f"/{n}": html(str(n)) for n in range(4)},
        }
    )
    settings = fast_settings.model_copy(update={"delay_seconds": 0.05})
    run(crawl_together(settings, make_source("s", *(site.url(f"/{n}") for n in range(4)))))
    gaps = start_gaps(site.page_hits())
    assert len(gaps) == 3 and min(gaps) >= 0.25, gaps  # the setting alone would allow 0.05


def test_a_source_robots_txt_shuts_out_entirely_says_so(
    start_site: Any, fast_settings: CrawlSettings
) -> None:
    site = start_site({"/robots.txt": robots("User-agent: *\nDisallow: /\n"), "/": html("x")})
    [result] = run(crawl_together(fast_settings, make_source("s", site.url("/"))))
    [issue] = result.issues
    assert (issue.source_id, issue.url, issue.stage) == ("s", site.url("/"), "robots")
    assert "disallowed by robots.txt" in issue.message
    assert not result.unreachable  # the host answered; it said no

"""Redirects followed by hand (loops, limits, private targets) and the response size limit."""

from __future__ import annotations

from typing import Any

import httpx

from netdir.catalog.model import CrawlSettings
from netdir.crawl import Crawler
from netdir.records import CrawlResult
from tests.crawl.helpers import make_source, run
from tests.crawl.site_server import Reply, html


def redirect(to: str, status: int = 301) -> Reply:
    return Reply(status, headers={"Location": to})


async def crawl(settings: CrawlSettings, *urls: str, **options: Any) -> CrawlResult:
    options.setdefault("allow_private_hosts", True)
    async with Crawler(settings, **options) as crawler:
        return await crawler.crawl_source(make_source("s", *urls), {})


def test_redirects_are_followed_and_the_final_url_kept(
    start_site: Any, fast_settings: CrawlSettings
) -> None:
    site = start_site(
        {
            "/alt": redirect("/zwischen", 302),
            "/zwischen": redirect("/neu#x", 308),
            "/neu": html("neu"),
        }
    )
    result = run(crawl(fast_settings, site.url("/alt")))
    [page] = result.pages
    assert (page.url, page.final_url, page.text) == (site.url("/alt"), site.url("/neu"), "neu")
    assert result.issues == []


def test_a_redirect_loop_is_detected_and_reported(
    start_site: Any, fast_settings: CrawlSettings
) -> None:
    site = start_site({"/a": redirect("/b"), "/b": redirect("/a?utm_source=loop")})
    result = run(crawl(fast_settings, site.url("/a")))
    assert result.pages == [] and not result.complete
    [issue] = result.issues
    assert "redirect loop" in issue.message and site.url("/b") in issue.message
    assert len(site.hits("/a")) == 1 and len(site.hits("/b")) == 1


def test_more_than_five_redirects_are_not_followed(
    start_site: Any, fast_settings: CrawlSettings
) -> None:
    site = start_site({f"/r{n}": redirect(f"/r{n + 1}") for n in range(10)})
    result = run(crawl(fast_settings, site.url("/r0")))
    [issue] = result.issues
    assert "more than 5 redirects" in issue.message
    assert len(site.page_hits()) == 6


def test_a_redirect_into_robots_disallowed_space_is_not_followed(
    start_site: Any, fast_settings: CrawlSettings
) -> None:
    site = start_site(
        {
            "/robots.txt": Reply(body=b"User-agent: *\nDisallow: /intern/\n"),
            "/start": redirect("/intern/ziel"),
            "/intern/ziel": html("x"),
        }
    )
    result = run(crawl(fast_settings, site.url("/start")))
    assert site.hits("/intern/ziel") == []
    assert "robots.txt disallows" in result.issues[0].message


def test_a_redirect_to_a_private_address_is_refused_without_contacting_it(
    fast_settings: CrawlSettings,
) -> None:
    """DNS is played by a resolver stub and HTTP by a mock transport: no traffic leaves."""
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return httpx.Response(302, headers={"Location": "http://intern.example/admin"})

    addresses = {"oeffentlich.example": ["93.184.216.34"], "intern.example": ["10.0.0.5"]}

    async def resolve(host: str, _port: int) -> list[str]:
        return addresses[host]

    result = run(
        crawl(
            fast_settings,
            "http://oeffentlich.example/termine",
            allow_private_hosts=False,
            transport=httpx.MockTransport(answer),
            resolver=resolve,
        )
    )
    assert seen == ["http://oeffentlich.example/robots.txt", "http://oeffentlich.example/termine"]
    [issue] = result.issues
    assert "10.0.0.5" in issue.message and issue.url == "http://intern.example/admin"
    assert "allow-private-hosts" in (issue.hint or "")


def test_a_host_resolving_to_any_private_address_is_refused(fast_settings: CrawlSettings) -> None:
    async def resolve(_host: str, _port: int) -> list[str]:
        return ["93.184.216.34", "169.254.169.254"]  # a rebinding-style answer

    result = run(
        crawl(
            fast_settings,
            "http://gemischt.example/",
            allow_private_hosts=False,
            transport=httpx.MockTransport(lambda request: httpx.Response(200)),
            resolver=resolve,
        )
    )
    assert result.pages == [] and "169.254.169.254" in result.issues[0].message


def test_oversized_pages_are_cut_at_max_bytes_and_reported(
    start_site: Any, fast_settings: CrawlSettings
) -> None:
    big = b"<p>" + b"x" * 50_000 + b"</p>"
    site = start_site(
        {"/gross": Reply(body=big, headers={"Content-Type": "text/html"}), "/klein": html("ok")}
    )
    settings = fast_settings.model_copy(update={"max_bytes": 4096})
    result = run(crawl(settings, site.url("/gross"), site.url("/klein")))
    big_page, small_page = result.pages
    assert big_page.truncated and big_page.body == big[:4096]
    assert not small_page.truncated
    [issue] = result.issues
    assert issue.url == site.url("/gross") and "max_bytes" in issue.message
    assert not result.complete

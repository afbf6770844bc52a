"""Plain GETs go straight to the origin's pool (netdir.crawl.direct) and send what httpx would."""

from __future__ import annotations

import random
from typing import Any

import httpx
import pytest

from netdir.catalog.model import CrawlSettings
from netdir.crawl import Crawler
from netdir.crawl.direct import plain_target, request_headers
from netdir.crawl.headers import page_headers, robots_headers
from netdir.records import PageValidators
from tests.crawl.helpers import FAST, make_source, run
from tests.crawl.site_server import SiteServer, html

URLS = [
    "http://127.0.0.1:8000/veranstaltungen/?seite=2",
    "http://example.org",
    "https://example.org/",
    "https://example.org:443/a",
    "http://example.org:80/a?b=c&d=e",
    "http://example.org:8080/a%20b/%C3%BC?x=%C3%A4",
    "https://sub.example.org/a/b;c=d/e:f@g?h=/i?j",
    "http://xn--mnchen-3ya.de/termine",
    "https://example.org/a/./b",
    "https://example.org/a/../b",
    "https://example.org/a/.",
    "https://Example.org/a",
    "https://example.org/ü",
    "https://example.org/a b",
    "https://example.org/a#top",
    "https://user:pw@example.org/",
    "http://[::1]:8000/",
    "http://example.org:0/",
    "http://example.org:99999/",
    'https://example.org/a"b',
    "https://example.org/a|b?c={d}",
]


def _fuzzed(count: int) -> list[str]:
    rng = random.Random(12)
    alphabet = "aZ09-._~!$&'()*+,;=:@/%?#[] \"<>\\^`{|}ü"
    return [
        "http://h.example:81/" + "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        for _ in range(count)
    ]


def test_a_plain_url_is_split_as_httpx_would_send_it() -> None:
    client = httpx.AsyncClient()
    plain = 0
    for url in [*URLS, *_fuzzed(3000)]:
        target = plain_target(url)
        if target is None:
            continue
        plain += 1
        request = client.build_request("GET", url)
        assert (target.scheme, target.host, target.port, target.target) == (
            request.url.raw_scheme,
            request.url.raw_host,
            request.url.port,
            request.url.raw_path,
        ), url
        assert target.host_header == request.headers.raw[0][1], url
    assert plain > 500  # the fuzzed URLs are not all left to httpx
    for url in ("https://example.org/a/./b", "https://example.org/ü", "https://example.org/a#top"):
        assert plain_target(url) is None, url


@pytest.mark.parametrize(
    "headers",
    [
        page_headers(CrawlSettings(), None),
        page_headers(
            CrawlSettings(user_agent="Verwaltungsnetz-Übersicht/1"),
            PageValidators(
                url="http://127.0.0.1:8000/",
                etag='W/"abc"',
                last_modified="Mon, 30 Nov 2026 10:00:00 GMT",
            ),
        ),
        robots_headers(CrawlSettings()),
    ],
)
def test_the_direct_request_carries_the_headers_httpx_would_send(headers: dict[str, str]) -> None:
    client = httpx.AsyncClient(follow_redirects=False, timeout=5)
    url = "http://127.0.0.1:8000/veranstaltungen/?seite=2"
    target = plain_target(url)
    assert target is not None
    expected = client.build_request("GET", url, headers=headers, timeout=5).headers.raw
    assert request_headers(target, headers) == expected


def test_plain_pages_skip_httpx_s_client_and_others_go_through_it(
    start_site: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    site: SiteServer = start_site(
        {
            "/robots.txt": html("", charset="ascii"),
            "/a": html('<a rel="next" href="/ü">weiter</a>'),
            "/%C3%BC": html("<p>b</p>"),
        }
    )
    built: list[str] = []
    original = httpx.AsyncClient.build_request

    def counting(self: httpx.AsyncClient, method: str, url: Any, **kwargs: Any) -> httpx.Request:
        built.append(str(url))
        return original(self, method, url, **kwargs)

    monkeypatch.setattr(httpx.AsyncClient, "build_request", counting)

    async def crawl() -> list[str]:
        async with Crawler(FAST, allow_private_hosts=True) as crawler:
            result = await crawler.crawl_source(make_source("s", site.url("/a")), {})
            return [page.url for page in result.pages]

    assert run(crawl()) == [site.url("/a"), site.url("/ü")]
    # robots.txt and /a went straight to the pool; httpx quotes the "ü" (/%C3%BC)
    assert built == [site.url("/ü")]
    assert [hit.path for hit in site.hits()] == ["/robots.txt", "/a", "/%C3%BC"]


def test_a_cookie_a_page_sets_goes_with_the_next_request(start_site: Any) -> None:
    site: SiteServer = start_site(
        {
            "/robots.txt": html("", charset="ascii"),
            "/1": html('<a rel="next" href="/2">weiter</a>', Set_Cookie="sid=abc; Path=/"),
            "/2": html('<a rel="next" href="/3">weiter</a>'),
            "/3": html("<p>Ende</p>"),
        }
    )

    async def crawl() -> int:
        async with Crawler(FAST, allow_private_hosts=True) as crawler:
            result = await crawler.crawl_source(make_source("s", site.url("/1")), {})
            return len(result.pages)

    assert run(crawl()) == 3
    assert "cookie" not in site.hits("/1")[0].headers
    assert site.hits("/2")[0].headers["cookie"] == "sid=abc"
    assert site.hits("/3")[0].headers["cookie"] == "sid=abc"

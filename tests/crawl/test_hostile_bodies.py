"""Bodies built to hurt: stacked and plain gzip bombs, junk codings, a reset in mid-body."""

from __future__ import annotations

import gzip
import resource
import time
import zlib

from netdir.catalog.model import CrawlSettings
from netdir.crawl import Crawler
from netdir.crawl.content_coding import BoundedDecoder
from netdir.records import CrawlResult
from tests.crawl.helpers import make_source, run
from tests.crawl.raw_server import RawServer, http_answer

ZEROS = b"\0" * (64 * 2**20)  # 64 MB of zeros: 64 KB as gzip, 80 bytes as gzip of gzip
HTML = {"Content_Type": "text/html; charset=utf-8"}


async def crawl(settings: CrawlSettings, url: str) -> CrawlResult:
    async with Crawler(settings, allow_private_hosts=True) as crawler:
        return await crawler.crawl_source(make_source("bombs", url), {})


def always(answer: bytes, reset: bool = False) -> RawServer:
    """Every page gets ``answer``; robots.txt is a plain 404 (no rules)."""

    def script(request: bytes) -> tuple[bytes, bool]:
        if request.startswith(b"GET /robots.txt "):
            return http_answer(b"", status=404), False
        return answer, reset

    return RawServer(script)


def test_a_stacked_gzip_bomb_is_refused_without_inflating_it(fast_settings: CrawlSettings) -> None:
    bomb = gzip.compress(gzip.compress(ZEROS, 9), 9)
    assert len(bomb) < 100_000
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with always(http_answer(bomb, Content_Encoding="gzip, gzip", **HTML)) as server:
        started = time.perf_counter()
        result = run(crawl(fast_settings, server.url("/bombe")))
    assert time.perf_counter() - started < 5
    assert result.pages == []
    [issue] = result.issues
    assert issue.url == server.url("/bombe")
    assert "encoded 2 times over" in issue.message and "one content coding" in issue.message
    assert server.requests == 2  # robots.txt and the page once: refused,, not retried
    growth_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before) / 1024
    assert growth_mb < 50


def test_a_plain_gzip_bomb_is_cut_at_max_bytes_of_decoded_body(
    fast_settings: CrawlSettings,
) -> None:
    settings = fast_settings.model_copy(update={"max_bytes": 100_000})
    with always(http_answer(gzip.compress(ZEROS, 9), Content_Encoding="gzip", **HTML)) as server:
        result = run(crawl(settings, server.url("/bombe")))
    [page] = result.pages
    assert page.truncated and page.body == b"\0" * 100_000
    assert "max_bytes" in result.issues[0].message


def test_gzip_and_both_kinds_of_deflate_are_decoded(fast_settings: CrawlSettings) -> None:
    text = b"<h1>Fachtag Verwaltung</h1>"
    raw = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    bodies = {
        "gzip": gzip.compress(text),
        "deflate": zlib.compress(text),
        "x-gzip": gzip.compress(text),
    }
    bodies_raw_deflate = raw.compress(text) + raw.flush()
    for coding, body in [*bodies.items(), ("deflate", bodies_raw_deflate)]:
        with always(http_answer(body, Content_Encoding=coding, **HTML)) as server:
            result = run(crawl(fast_settings, server.url("/")))
        assert [page.text for page in result.pages] == ["<h1>Fachtag Verwaltung</h1>"], coding


def test_an_unknown_coding_is_refused_with_the_reason(fast_settings: CrawlSettings) -> None:
    with always(http_answer(b"\x28\xb5\x2f\xfd", Content_Encoding="zstd", **HTML)) as server:
        result = run(crawl(fast_settings, server.url("/")))
    assert result.pages == []
    assert "unsupported content coding 'zstd'" in result.issues[0].message


def test_the_decoder_never_returns_more_than_its_limit() -> None:
    decoder = BoundedDecoder("gzip", 1000)
    bomb = gzip.compress(ZEROS)
    produced = b"".join(decoder.feed(bomb[i : i + 4096]) for i in range(0, len(bomb), 4096))
    assert len(produced) == 1000 and decoder.overflowed


def test_a_reset_in_mid_body_is_reported_as_such(fast_settings: CrawlSettings) -> None:
    headers_and_some_body = http_answer(b"<p>Anfang", Content_Length="100000", **HTML)
    with always(headers_and_some_body, reset=True) as server:
        result = run(crawl(fast_settings, server.url("/abbruch")))
    assert result.pages == [] and not result.unreachable
    [issue] = result.issues
    assert "connection broke in the middle of the body" in issue.message
    assert "HTTP 200" in issue.message and "no connection" not in issue.message
    assert (
        server.requests == 1 + fast_settings.retries + 1
    )  # robots.txt, then: retried like any reset

"""Conditional requests: the second run re-downloads nothing that has not changed."""

from __future__ import annotations

import hashlib
from typing import Any

from netdir.catalog.model import CrawlSettings, Source
from netdir.crawl import Crawler
from netdir.records import CrawlResult, PageValidators
from tests.crawl.helpers import make_source, run
from tests.crawl.site_server import Reply

LAST_MODIFIED = "Wed, 25 Nov 2026 10:00:00 GMT"


def listing(number: int, last: int) -> bytes:
    pager = f'<a href="/liste?seite={number + 1}">Weiter</a>' if number < last else ""
    return f"<html><body><h1>Termine, Seite {number}</h1>{pager}</body></html>".encode()


def conditional(body: bytes, *, etag: bool = True, last_modified: bool = True) -> Any:
    """A page that answers 304 when the client's validators match, like a well-run CMS."""
    tag = f'"{hashlib.md5(body).hexdigest()}"'

    def route(_number: int, headers: dict[str, str]) -> Reply:
        if (etag and headers.get("if-none-match") == tag) or (
            not etag and last_modified and headers.get("if-modified-since") == LAST_MODIFIED
        ):
            return Reply(304, headers={"ETag": tag} if etag else {})
        sent = {"Content-Type": "text/html; charset=utf-8"}
        if etag:
            sent["ETag"] = tag
        if last_modified:
            sent["Last-Modified"] = LAST_MODIFIED
        return Reply(body=body, headers=sent)

    return route


def remembered(result: CrawlResult) -> dict[str, PageValidators]:
    """What the warehouse keeps of a run's pages."""
    return {
        page.url: PageValidators(
            page.url, page.etag, page.last_modified, page.content_hash, page.next_url
        )
        for page in result.pages
    }


async def crawl(
    settings: CrawlSettings, source: Source, known: dict[str, PageValidators]
) -> CrawlResult:
    async with Crawler(settings, allow_private_hosts=True) as crawler:
        return await crawler.crawl_source(source, known)


def test_second_run_gets_304s_with_zero_bodies_and_still_walks_the_pagination(
    start_site: Any, fast_settings: CrawlSettings
) -> None:
    site = start_site({f"/liste?seite={n}": conditional(listing(n, 3)) for n in range(1, 4)})
    source = make_source("s", site.url("/liste?seite=1"))
    first = run(crawl(fast_settings, source, {}))
    assert [page.status for page in first.pages] == [200, 200, 200]
    bodies_first_run = sum(hit.body_bytes for hit in site.page_hits())

    second = run(crawl(fast_settings, source, remembered(first)))
    second_run_hits = site.page_hits()[3:]
    assert [hit.status for hit in second_run_hits] == [304, 304, 304]
    assert sum(hit.body_bytes for hit in second_run_hits) == 0 < bodies_first_run
    assert [page.status for page in second.pages] == [304, 304, 304]
    assert all(
        page.body is None and page.text is None and not page.changed for page in second.pages
    )
    assert [page.content_hash for page in second.pages] == [
        page.content_hash for page in first.pages
    ]
    assert [page.next_url for page in second.pages] == [page.next_url for page in first.pages]
    assert second.complete and second.issues == []


def test_validators_are_sent_as_if_none_match_and_if_modified_since(
    start_site: Any, fast_settings: CrawlSettings
) -> None:
    site = start_site({"/": conditional(b"<p>x</p>")})
    source = make_source("s", site.url("/"))
    first = run(crawl(fast_settings, source, {}))
    run(crawl(fast_settings, source, remembered(first)))
    request = site.hits("/")[1].headers
    assert request["if-none-match"] == first.pages[0].etag
    assert request["if-modified-since"] == LAST_MODIFIED


def test_last_modified_alone_is_enough_for_a_304(
    start_site: Any, fast_settings: CrawlSettings
) -> None:
    site = start_site({"/": conditional(b"<p>x</p>", etag=False)})
    source = make_source("s", site.url("/"))
    first = run(crawl(fast_settings, source, {}))
    second = run(crawl(fast_settings, source, remembered(first)))
    assert second.pages[0].status == 304 and not second.pages[0].changed


def test_a_200_with_the_same_content_hash_is_unchanged_and_a_new_body_is_changed(
    start_site: Any, fast_settings: CrawlSettings
) -> None:
    bodies = [b"<p>alt</p>", b"<p>alt</p>", b"<p>neu</p>"]
    site = start_site(
        {"/": lambda n, _h: Reply(body=bodies[n], headers={"Content-Type": "text/html"})}
    )
    source = make_source("s", site.url("/"))
    first = run(crawl(fast_settings, source, {}))
    same = run(crawl(fast_settings, source, remembered(first)))
    changed = run(crawl(fast_settings, source, remembered(same)))
    assert first.pages[0].changed
    assert same.pages[0].status == 200 and not same.pages[0].changed
    assert same.pages[0].text == "<p>alt</p>"  # the body is there; extraction may skip it
    assert changed.pages[0].changed and changed.pages[0].text == "<p>neu</p>"
    assert changed.pages[0].content_hash == hashlib.sha256(b"<p>neu</p>").hexdigest()

"""A read page lets go of its decoded text; its bytes stay for the warehouse, in memory or
set aside on disk (issue #12)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from netdir.catalog.model import CrawlSettings, Follow, Source
from netdir.crawl import Crawler
from netdir.extract.isolation import ExtractionPool
from netdir.records import SourceResult
from netdir.source_step import process_source
from netdir.warehouse import PriorState
from netdir.warehouse.body_spool import BodySpool
from tests.crawl.site_server import SiteServer, html

EVENT = (
    '<script type="application/ld+json">{{"@type": "Event", "name": "Fachtag {n}", '
    '"startDate": "2027-03-1{n}", "url": "/termin/{n}/"}}</script>'
)


def listing(n: int, last: int) -> str:
    pager = f'<a rel="next" href="/?seite={n + 1}">Weiter</a>' if n < last else ""
    return f"<html><head>{EVENT.format(n=n)}</head><body>{pager}</body></html>"


def test_pages_keep_their_bytes_but_not_their_text_once_read() -> None:
    routes = {f"/?seite={n}": html(listing(n, 3)) for n in (2, 3)}
    routes["/"] = html(listing(1, 3))
    with SiteServer(routes) as site:
        source = Source(
            id="termine",
            name="Termine",
            start_urls=[site.url("/")],
            extract="jsonld",
            follow=Follow(max_pages=3),
        )
        settings = CrawlSettings(delay_seconds=0, retries=0)

        async def crawl() -> tuple[SourceResult, str | None]:
            async with (
                Crawler(settings, allow_private_hosts=True) as crawler,
                ExtractionPool(deadline_seconds=10, workers=1) as pool,
            ):
                result = await process_source(crawler, source, PriorState(), extraction=pool)
                # Another source asking for a page already read still gets its text.
                again = await crawler.fetch_page("other", site.url("/"), settings)
                return result, again.text

        result, text_again = asyncio.run(crawl())

    assert sorted(record.title for record in result.records) == [
        "Fachtag 1",
        "Fachtag 2",
        "Fachtag 3",
    ]
    assert [page.text for page in result.pages] == [None, None, None]
    assert all(page.body and b"Fachtag" in page.body for page in result.pages)
    assert text_again == listing(1, 3)
    assert len(site.page_hits()) == 3  # fetched once each: the text came from the kept bytes


def test_with_a_spool_pages_hold_no_bytes_yet_the_load_and_later_readers_get_them(
    tmp_path: Path,
) -> None:
    routes = {f"/?seite={n}": html(listing(n, 3)) for n in (2, 3)}
    routes["/"] = html(listing(1, 3))
    with SiteServer(routes) as site:
        source = Source(
            id="termine",
            name="Termine",
            start_urls=[site.url("/")],
            extract="jsonld",
            follow=Follow(max_pages=3),
        )
        settings = CrawlSettings(delay_seconds=0, retries=0)
        spool = BodySpool(tmp_path)

        async def crawl() -> tuple[SourceResult, str | None]:
            async with (
                Crawler(
                    settings, allow_private_hosts=True, set_body_aside=spool.set_aside
                ) as crawler,
                ExtractionPool(deadline_seconds=10, workers=1) as pool,
            ):
                result = await process_source(crawler, source, PriorState(), extraction=pool)
                again = await crawler.fetch_page("other", site.url("/"), settings)
                return result, again.text

        result, text_again = asyncio.run(crawl())

    assert sorted(record.title for record in result.records) == [
        "Fachtag 1",
        "Fachtag 2",
        "Fachtag 3",
    ]
    assert [page.body for page in result.pages] == [None, None, None]
    assert [page.stored_body() for page in result.pages] == [
        listing(n, 3).encode() for n in (1, 2, 3)
    ]
    assert text_again == listing(1, 3)  # decoded again from the spooled bytes
    assert len(site.page_hits()) == 3

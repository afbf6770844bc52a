"""``fetch_one``: one polite fetch outside a refresh run, for ``netdir inspect URL``."""

from __future__ import annotations

from netdir.catalog.model import CrawlSettings
from netdir.crawl.crawler import Crawler
from netdir.records import Page

INSPECT_SOURCE_ID = "inspect"


async def fetch_one(
    url: str, *, settings: CrawlSettings | None = None, allow_private_hosts: bool = False
) -> Page:
    """Fetch one URL with robots.txt, retries and host checks; raises ``CrawlError`` on failure."""
    settings = settings or CrawlSettings()
    async with Crawler(settings, allow_private_hosts=allow_private_hosts) as crawler:
        return await crawler.fetch_page(INSPECT_SOURCE_ID, url, settings)

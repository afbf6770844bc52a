"""Crawl stage: the only code that talks to the network.

- ``Crawler(defaults, *, allow_private_hosts=False, transport=None, progress=None)``: an async
  context manager shared by all sources of one run (per-host politeness, robots.txt cache,
  URLs seen this run).
- ``await crawler.crawl_source(source, known) -> CrawlResult``: start URLs plus pagination;
  ``known`` maps canonical URL → ``PageValidators`` from the last run, for conditional requests.
- ``await crawler.fetch_urls(source, urls, known) -> CrawlResult``: detail pages, no pagination.
- ``canonicalize_url(url)``, ``decode_body(body, content_type)``.
- ``await fetch_one(url, *, settings=None, allow_private_hosts=False) -> Page`` for
  ``netdir inspect``; raises ``CrawlError`` / ``BlockedHostError``.
"""

import netdir.httpx_without_cli  # noqa: F401  (first: keeps httpx's CLI out of every run)
from netdir.crawl.crawler import Crawler
from netdir.crawl.encoding import decode_body
from netdir.crawl.exceptions import BlockedHostError, CrawlError
from netdir.crawl.inspect import fetch_one
from netdir.crawl.urls import canonicalize_url

__all__ = [
    "BlockedHostError",
    "CrawlError",
    "Crawler",
    "canonicalize_url",
    "decode_body",
    "fetch_one",
]

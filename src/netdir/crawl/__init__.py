"""Crawl stage: the only code that talks to the network.

Public surface (used by the pipeline, the CLI and the flows):

- ``Crawler(defaults, *, allow_private_hosts=False, transport=None, progress=None)``: an async
  context manager shared by all sources of one run (per-host politeness, robots.txt cache,
  URLs seen this run).
- ``await crawler.crawl_source(source, known) -> CrawlResult``: fetch the source's start URLs and
  follow pagination; ``known`` maps canonical URL → ``PageValidators`` from the last run, for
  conditional requests.
- ``await crawler.fetch_urls(source, urls, known) -> CrawlResult``: fetch given URLs (detail
  pages), same politeness, no pagination.
- ``canonicalize_url(url) -> str``.
- ``fetch_one(url, *, allow_private_hosts=False) -> Page``: one polite fetch for ``netdir inspect``.
"""

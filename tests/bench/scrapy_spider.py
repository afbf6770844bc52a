"""The Scrapy side of the crawl benchmark: run by ``scrapy runspider`` in the bench's own venv.

Follows each host's listing through ``rel=next`` and yields the JSON-LD events of every page
(``json.loads`` of each ld+json block), as a minimal real spider would. Settings come from the
command line (``bench.py`` passes the same concurrency as netdir's catalog, cache off).
"""

import json

import scrapy


class ListingSpider(scrapy.Spider):
    name = "listing"

    def __init__(self, start_urls: str = "", **kwargs):  # type: ignore[no-untyped-def]
        super().__init__(**kwargs)
        self.start_urls = start_urls.split(",")

    def parse(self, response):  # type: ignore[no-untyped-def]
        for block in response.css('script[type="application/ld+json"]::text').getall():
            data = json.loads(block)
            for thing in data if isinstance(data, list) else [data]:
                yield {
                    "name": thing.get("name"),
                    "url": thing.get("url"),
                    "start": thing.get("startDate"),
                }
        next_page = response.css('a[rel="next"]::attr(href)').get()
        if next_page:
            yield response.follow(next_page, self.parse)

"""The bare-httpx floor of the crawl benchmark: the same fetches with nothing else.

``first``: one task per host follows its listing through ``rel=next`` (a regex, no parser),
16 requests at once and 4 per host at most (as the catalog allows), keep-alive pool;
remembers each URL's ETag in ``ETAGS``. ``conditional``: sends the same URLs with
If-None-Match (all 304), 16 at once. Also fetches each host's robots.txt, as netdir and Scrapy do.

Run: ``python tests/bench/httpx_floor.py first|conditional ETAGS START_URL...``
"""

from __future__ import annotations

import asyncio
import json
import re
import sys
from urllib.parse import urljoin

import httpx

NEXT = re.compile(rb'<a rel="next" href="([^"]+)"')
CONCURRENCY = 16


async def first(start_urls: list[str]) -> dict[str, str]:
    etags: dict[str, str] = {}
    limits = httpx.Limits(max_connections=64, max_keepalive_connections=64)
    gate = asyncio.Semaphore(CONCURRENCY)
    async with httpx.AsyncClient(limits=limits) as client:

        async def chain(url: str | None) -> None:
            async with gate:
                await client.get(urljoin(url or "", "/robots.txt"))
            while url:
                async with gate:
                    response = await client.get(url)
                etags[url] = response.headers["etag"]
                found = NEXT.search(response.content)
                url = urljoin(url, found.group(1).decode()) if found else None

        await asyncio.gather(*(chain(url) for url in start_urls))
    return etags


async def conditional(etags: dict[str, str]) -> int:
    limits = httpx.Limits(max_connections=64, max_keepalive_connections=64)
    queue: asyncio.Queue[str] = asyncio.Queue()
    for url in etags:
        queue.put_nowait(url)
    not_modified = 0
    async with httpx.AsyncClient(limits=limits) as client:

        async def worker() -> None:
            nonlocal not_modified
            while not queue.empty():
                url = queue.get_nowait()
                response = await client.get(url, headers={"If-None-Match": etags[url]})
                not_modified += response.status_code == 304

        await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
    return not_modified


def main() -> None:
    mode, etag_file, *start_urls = sys.argv[1:]
    if mode == "first":
        etags = asyncio.run(first(start_urls))
        with open(etag_file, "w", encoding="utf-8") as out:
            json.dump(etags, out)
        print(len(etags))
    else:
        with open(etag_file, encoding="utf-8") as source:
            etags = json.load(source)
        print(asyncio.run(conditional(etags)))


if __name__ == "__main__":
    main()

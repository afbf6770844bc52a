"""Crawl throughput against a local site, politeness off, and the cost of an unchanged re-run.

Run: ``.venv/bin/python tests/bench/bench_crawl.py [PAGES]`` (default 300).

The site is served by a separate process on 127.0.0.1 (a threaded HTTP/1.1 server answering
ETag/If-None-Match like a CMS), so server and client do not share one GIL. Rows:

- ``httpx worker loop``: the floor, a plain ``httpx.AsyncClient`` fetching the same URLs with
  8 workers and 8 connections, and no robots.txt, checks, decoding or hashing.
- ``netdir first run``: ``Crawler.fetch_urls`` with delay 0 and 8 per host (robots.txt,
  host checks, canonicalization, streaming size limit, decoding, sha256, logging).
- ``netdir re-run``: the same URLs with the first run's validators: every answer is a 304.

Variants run interleaved up to five times (within a time budget); the best time of each is
reported, as the one least disturbed by other work on the machine.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import multiprocessing
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx

from netdir.catalog.model import CrawlSettings, Source
from netdir.crawl import Crawler
from netdir.records import PageValidators

REPEATS = 5
TIME_BUDGET_SECONDS = 35  # stop repeating after this, so the bench stays under a minute
WORKERS = 8  # concurrency_per_host may be at most 8 (catalog contract)


def page_body(number: int) -> bytes:
    items = "".join(
        f"<li><h3>Netzwerktreffen {number}-{i}: Digitale Verwaltung in Köln</h3>"
        f"<p>Am {1 + i % 28}.03.2027, 9:30 Uhr – Rathaus, Großer Saal. Anmeldung über das "
        f"Formular; Gebühr 0 €. Für Beschäftigte von Bund, Ländern und Kommunen.</p></li>"
        for i in range(60)
    )
    return f"<html><head><meta charset='utf-8'><title>Seite {number}</title></head><body><ul>{items}</ul></body></html>".encode()


def serve(pages: int, port_queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    bodies = {f"/termine/{n}": page_body(n) for n in range(pages)}
    tags = {path: f'"{hashlib.md5(body).hexdigest()}"' for path, body in bodies.items()}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def do_GET(self) -> None:
            body = bodies.get(self.path)
            if body is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if self.headers.get("If-None-Match") == tags[self.path]:
                self.send_response(304)
                self.send_header("ETag", tags[self.path])
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("ETag", tags[self.path])
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    class Server(ThreadingHTTPServer):
        request_queue_size = 256
        daemon_threads = True

    server = Server(("127.0.0.1", 0), Handler)
    port_queue.put(server.server_address[1])
    server.serve_forever()


async def httpx_loop(urls: list[str]) -> float:
    """The floor: WORKERS tasks pulling URLs from a queue through one pooled client.

    (``asyncio.gather`` over all URLs at once would be a poor floor: with httpx 0.28, 300 requests
    queued on one pool ran 3–5× slower than this loop in our runs on the 2-core machine.)
    """
    limits = httpx.Limits(max_connections=WORKERS, max_keepalive_connections=WORKERS)
    queue: asyncio.Queue[str] = asyncio.Queue()
    for url in urls:
        queue.put_nowait(url)
    statuses: list[int] = []

    async def worker(client: httpx.AsyncClient) -> None:
        while not queue.empty():
            response = await client.get(queue.get_nowait())
            statuses.append(response.status_code)

    async with httpx.AsyncClient(limits=limits) as client:
        started = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(WORKERS)))
        elapsed = time.perf_counter() - started
    assert statuses == [200] * len(urls)
    return elapsed


async def netdir_run(
    urls: list[str], known: dict[str, PageValidators]
) -> tuple[float, dict[str, PageValidators], list[int], int]:
    settings = CrawlSettings(
        delay_seconds=0, concurrency=WORKERS, concurrency_per_host=WORKERS, retries=0
    )
    source = Source(id="bench", name="bench", start_urls=[urls[0]])
    async with Crawler(settings, allow_private_hosts=True) as crawler:
        started = time.perf_counter()
        result = await crawler.fetch_urls(source, urls, known)
        elapsed = time.perf_counter() - started
    remembered = {
        page.url: PageValidators(page.url, page.etag, page.last_modified, page.content_hash)
        for page in result.pages
    }
    body_bytes = sum(len(page.body or b"") for page in result.pages)
    return elapsed, remembered, [page.status for page in result.pages], body_bytes


def main() -> None:
    pages = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    logging.getLogger("netdir.crawl").setLevel(logging.WARNING)
    port_queue: multiprocessing.Queue = multiprocessing.Queue()  # type: ignore[type-arg]
    server = multiprocessing.Process(target=serve, args=(pages, port_queue), daemon=True)
    server.start()
    try:
        port = port_queue.get(timeout=10)
        urls = [f"http://127.0.0.1:{port}/termine/{n}" for n in range(pages)]
        # Interleaved, so a busy moment on the machine hits every variant alike.
        floors, firsts, reruns = [], [], []
        bench_started = time.perf_counter()
        for _ in range(REPEATS):
            floors.append(asyncio.run(httpx_loop(urls)))
            first, known, statuses, first_bytes = asyncio.run(netdir_run(urls, {}))
            assert statuses == [200] * pages, "first run must fetch every page"
            rerun, _, statuses, rerun_bytes = asyncio.run(netdir_run(urls, known))
            assert statuses == [304] * pages, "re-run must be all 304"
            firsts.append(first)
            reruns.append(rerun)
            if time.perf_counter() - bench_started > TIME_BUDGET_SECONDS:
                break
        floor, first, rerun = min(floors), min(firsts), min(reruns)
    finally:
        server.terminate()
        server.join()

    size_kb = len(page_body(0)) / 1024
    print(f"{pages} pages of ~{size_kb:.0f} KB from 127.0.0.1, best of {len(floors)}")
    print(f"{'variant':<34}{'seconds':>9}{'pages/s':>10}{'ratio':>8}{'body MB':>9}")
    rows = [
        (f"httpx worker loop ({WORKERS} conns)", floor, floor, first_bytes),
        (f"netdir first run ({WORKERS} per host)", first, floor, first_bytes),
        ("netdir re-run, all 304", rerun, first, rerun_bytes),
    ]
    for name, seconds, reference, body_bytes in rows:
        print(
            f"{name:<34}{seconds:>9.3f}{pages / seconds:>10.0f}{seconds / reference:>8.2f}"
            f"{body_bytes / 1e6:>9.2f}"
        )
    print("ratio: netdir first run / httpx floor (time); re-run / first run (time)")


if __name__ == "__main__":
    main()

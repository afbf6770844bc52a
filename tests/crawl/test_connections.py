"""Keep-alive: a host's pages come over the connection it already has, one pool per origin."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx

from netdir.catalog.model import CrawlSettings
from netdir.crawl import Crawler
from netdir.crawl.transport import PerOriginTransport
from tests.crawl.helpers import make_source, run


class _Server(ThreadingHTTPServer):
    daemon_threads = True


@contextmanager
def listing_host(address: str, pages: int) -> Iterator[tuple[str, list[int]]]:
    """A paginated listing on ``address``; yields its base URL and each request's client port."""
    ports: list[int] = []

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def do_GET(self) -> None:
            ports.append(self.client_address[1])
            number = int(self.path.rsplit("=", 1)[1]) if "=" in self.path else 1
            if self.path == "/robots.txt":
                body = b"User-agent: *\nAllow: /\n"
            else:
                more = f'<a rel="next" href="/?seite={number + 1}">Weiter</a>'
                body = f"<html><body><h1>Seite {number}</h1>{more if number < pages else ''}"
                body = (body + "</body></html>").encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = _Server((address, 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02})
    thread.daemon = True
    thread.start()
    try:
        yield f"http://{address}:{server.server_address[1]}/", ports
    finally:
        server.shutdown()
        server.server_close()


def test_each_host_is_crawled_over_one_kept_alive_connection(
    fast_settings: CrawlSettings,
) -> None:
    with ExitStack() as stack:
        hosts = [stack.enter_context(listing_host(f"127.0.0.{n}", pages=6)) for n in (1, 2, 3)]
        sources = [make_source(f"s{n}", url, max_pages=6) for n, (url, _) in enumerate(hosts)]

        async def crawl() -> list[Any]:
            async with Crawler(fast_settings, allow_private_hosts=True) as crawler:
                return [await crawler.crawl_source(source, {}) for source in sources]

        results = run(crawl())

    assert [len(result.pages) for result in results] == [6, 6, 6]
    for _, ports in hosts:
        assert len(ports) == 7  # robots.txt and six pages
        assert len(set(ports)) == 1  # all over the first connection


def test_idle_pools_beyond_the_cap_are_closed_least_recently_used_first() -> None:
    with ExitStack() as stack:
        hosts = [stack.enter_context(listing_host(f"127.0.0.{n}", pages=1)) for n in (1, 2, 3)]

        async def visit(order: list[int]) -> None:
            transport = PerOriginTransport(lambda scheme: httpx.AsyncHTTPTransport(), max_origins=2)
            async with httpx.AsyncClient(transport=transport) as client:
                for index in order:
                    (await client.get(hosts[index][0])).raise_for_status()

        # 0, 1, then 2 (closes 0, the least recently used), then 1 again (still open), 0 anew.
        run(visit([0, 1, 2, 1, 0]))

    first, second, third = (ports for _, ports in hosts)
    assert len(first) == 2 and len(set(first)) == 2  # its pool was closed: a new connection
    assert len(second) == 2 and len(set(second)) == 1  # kept alive
    assert len(third) == 1

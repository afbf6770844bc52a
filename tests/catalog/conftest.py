"""Fixtures for the catalog tests: CMS-style pages served from 127.0.0.1 and a page fetcher."""

from __future__ import annotations

import hashlib
import threading
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from netdir.catalog import Catalog, CrawlSettings, Source, load_catalog
from netdir.records import Page

CMS_PAGES = Path(__file__).parent / "cms_pages"
#: No politeness delay against our own loopback server; an ASCII User-Agent as HTTP requires.
LOCAL_SETTINGS = CrawlSettings(user_agent="netdir-tests/0.1", delay_seconds=0, retries=0)


class _QuietHandler(SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    extensions_map: ClassVar[dict[str, str]] = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".xml": "application/rss+xml",
    }

    def do_GET(self) -> None:
        target = self.server.redirects.get(self.path.split("?", 1)[0])  # type: ignore[attr-defined]
        if target is not None:
            self.send_response(301)
            self.send_header("Location", target)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        super().do_GET()

    def log_message(self, format: str, *args: object) -> None:
        pass


class LocalSite(ThreadingHTTPServer):
    """A threaded file server on 127.0.0.1 with an ephemeral port and optional redirects."""

    request_queue_size = 128
    daemon_threads = True

    def __init__(self, root: Path) -> None:
        super().__init__(("127.0.0.1", 0), partial(_QuietHandler, directory=str(root)))
        self.redirects: dict[str, str] = {}

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path


@pytest.fixture(scope="module")
def cms_site() -> Iterator[LocalSite]:
    """The CMS-style fixture pages under tests/catalog/cms_pages, served from 127.0.0.1."""
    site = LocalSite(CMS_PAGES)
    thread = threading.Thread(
        target=site.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    yield site
    site.shutdown()
    site.server_close()


def urllib_fetch(url: str) -> Page:
    """A plain fetch into a ``Page``, used only when the crawl stage is not installed."""
    fetched_at = datetime.now(UTC)
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            body = response.read()
            status, final_url, headers = response.status, response.geturl(), response.headers
    except urllib.error.HTTPError as exc:
        body, status, final_url, headers = exc.read(), exc.code, url, exc.headers
    charset = headers.get_content_charset() or "utf-8"
    return Page(
        source_id="",
        url=url,
        final_url=final_url,
        status=status,
        fetched_at=fetched_at,
        content_type=headers.get("Content-Type"),
        encoding=charset,
        body=body,
        text=body.decode(charset, errors="replace"),
        content_hash=hashlib.sha256(body).hexdigest(),
    )


@pytest.fixture(scope="module")
def fetch_page() -> Callable[[str], Page]:
    """The crawl stage's ``fetch_one`` (loopback allowed) when present, else a urllib fetch."""
    try:
        from netdir.crawl import fetch_one  # noqa: F401
    except ImportError:
        return urllib_fetch
    from netdir.cli.sources_cmd import default_fetcher

    return default_fetcher(allow_private_hosts=True, settings=LOCAL_SETTINGS)


@pytest.fixture(scope="module")
def real_catalog() -> Catalog:
    return load_catalog()


def local_source(catalog: Catalog, source_id: str, start_urls: list[str]) -> Source:
    """The shipped catalog entry with its start URLs pointed at the local fixture server."""
    data = catalog.source(source_id).model_dump(mode="json")
    data["start_urls"] = start_urls
    return Source.model_validate(data)

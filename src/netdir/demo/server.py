"""The sample web on 127.0.0.1: one small HTTP/1.1 server per fictional site, each on its own port.

Each site being its own host (port) lets the crawler's per-host politeness, robots.txt handling
and conditional requests be exercised exactly as on the real web, without any network.
``python -m netdir.demo.server`` serves it for browsing.
"""

from __future__ import annotations

import argparse
import re
import threading
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

import yaml

from netdir import lazy_re
from netdir.catalog import Catalog, parse_catalog
from netdir.demo.files import VERSIONS, ServedFile, find_file

_PLACEHOLDER = lazy_re.compile(r"\{site:([a-z0-9-]+)\}")
_NOT_FOUND_PAGE = (
    "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>Seite nicht gefunden</title>"
    "</head><body><h1>404 – Seite nicht gefunden</h1><p>Die angeforderte Seite existiert nicht.</p>"
    "<footer>Fiktive Beispielseite für netdir – alle Angaben erfunden</footer></body></html>"
).encode()


def default_sites_dir() -> Path:
    return Path(str(resources.files("netdir.demo").joinpath("sites")))


def default_overlay_dir() -> Path:
    return Path(str(resources.files("netdir.demo").joinpath("sites-v2")))


def default_catalog_path() -> Path:
    return Path(str(resources.files("netdir.demo").joinpath("catalog.yaml")))


@dataclass(frozen=True, slots=True)
class RequestLogEntry:
    """One request as a site saw it (for tests of politeness and conditional requests)."""

    site: str
    method: str
    path: str  # the URL path, without the query
    query: str
    status: int
    if_none_match: str | None
    if_modified_since: str | None
    user_agent: str | None
    version: str  # v1 | v2: what the web served at that moment


class _SiteServer(ThreadingHTTPServer):
    # The stdlib default backlog of 5 drops connections under a concurrent crawl.
    request_queue_size = 64
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True

    def __init__(self, site: str, web: SampleWeb, port: int = 0) -> None:
        self.site = site
        self.web = web
        super().__init__(("127.0.0.1", port), _SiteHandler)


class _SiteHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Without it keep-alive responses stall on Nagle's algorithm (~23 req/s, see stack notes).
    disable_nagle_algorithm = True
    timeout = 15  # idle keep-alive connections end instead of holding a thread forever
    server_version = "netdir-sampleweb/1.0"
    server: _SiteServer

    def do_GET(self) -> None:
        self._answer(send_body=True)

    def do_HEAD(self) -> None:
        self._answer(send_body=False)

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: the request log is ``SampleWeb.requests``."""

    def _answer(self, *, send_body: bool) -> None:
        web = self.server.web
        version = web.version
        target = urlsplit(self.path)
        served = find_file(
            self.server.site, target.path, target.query, version, web.sites_dir, web.overlay_dir
        )
        if served is None:
            status = HTTPStatus.NOT_FOUND
        elif self._not_modified(served):
            status = HTTPStatus.NOT_MODIFIED
        else:
            status = HTTPStatus.OK
        # Logged before answering: once a client has its response, the log shows the request.
        web.log_request(
            RequestLogEntry(
                site=self.server.site,
                method=self.command,
                path=target.path,
                query=target.query,
                status=int(status),
                if_none_match=self.headers.get("If-None-Match"),
                if_modified_since=self.headers.get("If-Modified-Since"),
                user_agent=self.headers.get("User-Agent"),
                version=version,
            )
        )
        if served is None:
            self._send(status, _NOT_FOUND_PAGE, "text/html; charset=utf-8", {}, send_body)
            return
        validators = {"ETag": served.etag, "Last-Modified": served.last_modified}
        if status == HTTPStatus.NOT_MODIFIED:
            self.send_response(status)
            for name, value in validators.items():
                self.send_header(name, value)
            self.end_headers()
        else:
            self._send(status, served.body, served.content_type, validators, send_body)

    def _not_modified(self, served: ServedFile) -> bool:
        # RFC 9110 §13.2.2: If-None-Match, when present, decides alone.
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match is not None:
            tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
            return "*" in tags or served.etag in tags
        if_modified_since = self.headers.get("If-Modified-Since")
        if if_modified_since is None:
            return False
        try:
            since = parsedate_to_datetime(if_modified_since)
        except (TypeError, ValueError):
            return False  # an unparsable date is ignored, as the RFC says
        return parsedate_to_datetime(served.last_modified) <= since

    def _send(
        self,
        status: HTTPStatus,
        body: bytes,
        content_type: str,
        headers: dict[str, str],
        send_body: bool,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if send_body:
            self.wfile.write(body)


class SampleWeb:
    """Serves every site of the sample web on its own 127.0.0.1 port while the context is open.

    ``switch("v2")`` makes the web look like a week later (files of the overlay replace v1 files).
    ``requests`` logs every request; tests may ``clear()`` it between runs.
    ``base_port`` fixes the ports (sites in name order get ``base_port``, ``base_port + 1``, …):
    offering ids derive from URLs, so a warehouse kept between demo runs needs the same ports.
    """

    def __init__(
        self,
        sites_dir: Path | None = None,
        overlay_dir: Path | None = None,
        *,
        base_port: int | None = None,
    ) -> None:
        self.sites_dir = sites_dir or default_sites_dir()
        self.base_port = base_port
        self.overlay_dir = overlay_dir if overlay_dir is not None else default_overlay_dir()
        self.version = "v1"
        self.base_urls: dict[str, str] = {}
        self.requests: list[RequestLogEntry] = []
        self._log_lock = threading.Lock()
        self._servers: list[_SiteServer] = []
        self._threads: list[threading.Thread] = []
        if not self.sites_dir.is_dir():
            raise FileNotFoundError(f"sample web: sites directory {self.sites_dir} does not exist")

    @property
    def sites(self) -> list[str]:
        return sorted(
            entry.name
            for entry in self.sites_dir.iterdir()
            if entry.is_dir() and not entry.name.startswith((".", "_"))
        )

    def __enter__(self) -> SampleWeb:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def start(self) -> None:
        try:
            for index, site in enumerate(self.sites):
                server = self._bind(site, index)
                thread = threading.Thread(
                    target=server.serve_forever,
                    kwargs={"poll_interval": 0.05},
                    name=f"sampleweb-{site}",
                    daemon=True,
                )
                thread.start()
                self._servers.append(server)
                self._threads.append(thread)
                port = server.server_address[1]
                self.base_urls[site] = f"http://127.0.0.1:{port}"
        except BaseException:
            self.stop()
            raise

    def _bind(self, site: str, index: int) -> _SiteServer:
        port = 0 if self.base_port is None else self.base_port + index
        try:
            return _SiteServer(site, self, port)
        except OSError as exc:
            raise OSError(
                exc.errno,
                f"sample web: cannot serve site {site!r} on 127.0.0.1:{port}: {exc.strerror}; "
                "choose another base port, or none for free ports",
            ) from exc

    def stop(self) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()
        for thread in self._threads:
            thread.join(timeout=5)
        self._servers.clear()
        self._threads.clear()
        self.base_urls.clear()

    def switch(self, version: str) -> None:
        """Serve ``v1`` (as crawled first) or ``v2`` (a week later: overlay files win)."""
        if version not in VERSIONS:
            raise ValueError(f"sample web: unknown version {version!r}; expected one of {VERSIONS}")
        if version != "v1" and not self.overlay_dir.is_dir():
            raise FileNotFoundError(
                f"sample web: overlay directory {self.overlay_dir} for {version} does not exist"
            )
        self.version = version

    def log_request(self, entry: RequestLogEntry) -> None:
        with self._log_lock:
            self.requests.append(entry)

    def catalog_text(self, catalog_path: Path | None = None) -> str:
        """The demo catalog with ``{site:NAME}`` placeholders replaced by the running base URLs."""
        if not self.base_urls:
            raise RuntimeError("sample web: not running; use 'with SampleWeb() as web:' first")
        path = catalog_path or default_catalog_path()
        text = path.read_text(encoding="utf-8")

        def base_url(match: re.Match[str]) -> str:
            site = match.group(1)
            if site not in self.base_urls:
                known = ", ".join(sorted(self.base_urls))
                raise KeyError(
                    f"{path}: placeholder {{site:{site}}} names no site of {self.sites_dir}; "
                    f"known sites: {known}"
                )
            return self.base_urls[site]

        return _PLACEHOLDER.sub(base_url, text)

    def catalog(self, catalog_path: Path | None = None) -> Catalog:
        """The demo catalog, validated, pointing at the running servers."""
        origin = str(catalog_path or default_catalog_path())
        return parse_catalog(yaml.safe_load(self.catalog_text(catalog_path)), origin=origin)


def serve_forever(
    sites_dir: Path | None = None,
    overlay_dir: Path | None = None,
    version: str = "v1",
    catalog_out: Path | None = None,
    base_port: int | None = None,
) -> None:
    """Serve the sample web until Ctrl-C, printing each site's base URL."""
    with SampleWeb(sites_dir, overlay_dir, base_port=base_port) as web:
        web.switch(version)
        print(f"Sample web ({version}, fictional content) on 127.0.0.1:")
        for site, url in web.base_urls.items():
            print(f"  {site:16} {url}/")
        if catalog_out is not None:
            catalog_out.write_text(web.catalog_text(), encoding="utf-8")
            print(f"Catalog for these ports written to {catalog_out}")
        print("Ctrl-C stops.")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            print("\nStopped.")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m netdir.demo.server", description="Serve netdir's fictional sample web."
    )
    parser.add_argument("--state", choices=VERSIONS, default="v1", help="v2: a week later")
    parser.add_argument(
        "--catalog-out", type=Path, help="also write the demo catalog for these ports here"
    )
    parser.add_argument(
        "--base-port",
        type=int,
        help="serve the sites on this port and the next ones (default: free ports)",
    )
    args = parser.parse_args(argv)
    serve_forever(version=args.state, catalog_out=args.catalog_out, base_port=args.base_port)


if __name__ == "__main__":
    main()

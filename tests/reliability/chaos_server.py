"""A chaos web on 127.0.0.1: one host name per source, each with its own kind of trouble.

``ChaosWeb.day`` switches what the sites serve (day 1: all well; later days: the faults), and
``faults`` counts every fault answer served. Host names resolve through ``resolve`` (the tests
patch netdir's resolver with it): ``ausfall.chaos.test`` does not resolve at all.
"""

from __future__ import annotations

import gzip
import json
import random
import socket
import struct
import threading
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType

#: source id → how many offerings it lists on a good day.
SOURCES = {
    "stabil": 3,
    "wackelig": 2,  # random 5xx/429 bursts
    "abgeschnitten": 2,  # later: truncated bodies
    "falle": 1,  # a pagination trap: every page links to one more
    "umbau": 2,  # later: the page turns empty (a redesign)
    "bombe": 2,  # later: a stacked gzip bomb
    "tief": 2,  # later: 100k nested divs and nothing else
    "abbruch": 2,  # later: the connection resets in mid-body
    "ausfall": 0,  # DNS never resolves
}
UNRESOLVABLE = "ausfall.chaos.test"


@cache
def _gzip_bomb() -> bytes:
    """32 MiB of zeros gzipped twice (~1 KB on the wire). Built once, before the server
    starts: compressing it in the request handler took seconds on a loaded machine, and the
    crawler's 3 s timeout then reported a slow server instead of the bomb."""
    return gzip.compress(gzip.compress(b"\0" * (32 * 2**20), 9), 9)


def host_of(source_id: str) -> str:
    return f"{source_id}.chaos.test"


def event_titles(source_id: str) -> list[str]:
    return [f"{source_id.title()} Fachtag {n}" for n in range(1, SOURCES[source_id] + 1)]


def _listing(source_id: str, next_href: str | None = None) -> bytes:
    events = [
        {"@type": "Event", "name": title, "startDate": f"2027-0{n}-1{n}",
         "url": f"http://{host_of(source_id)}/termine/{n}"}
        for n, title in enumerate(event_titles(source_id), start=1)
    ]  # fmt: skip
    scripts = "".join(
        f'<script type="application/ld+json">{json.dumps(e)}</script>' for e in events
    )
    pager = f'<a rel="next" href="{next_href}">Weiter</a>' if next_href else ""
    return f"<html><head>{scripts}</head><body><h1>Termine</h1>{pager}</body></html>".encode()


class ChaosWeb:
    def __init__(self, seed: int = 13) -> None:
        self.day = 1
        self.faults = 0
        self._random = random.Random(seed)
        self._lock = threading.Lock()
        handler = self._handler_class()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def url(self, source_id: str, path: str = "/termine/") -> str:
        return f"http://{host_of(source_id)}:{self.port}{path}"

    async def resolve(self, host: str, _port: int) -> list[str]:
        if host == UNRESOLVABLE or not host.endswith(".chaos.test"):
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return ["127.0.0.1"]

    def catalog_data(self) -> dict[str, object]:
        return {
            "settings": {
                "delay_seconds": 0,
                "retries": 1,
                "timeout_seconds": 3,
                "max_pages": 4,
                "extract_deadline_seconds": 5,
            },
            "sources": [
                {
                    "id": source_id,
                    "name": source_id.title(),
                    "kind": "event",
                    "start_urls": [self.url(source_id)],
                    "extract": "jsonld",
                }
                for source_id in SOURCES
            ],
        }

    def __enter__(self) -> ChaosWeb:
        _gzip_bomb()  # before serving: two handler threads must not both build it, late
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _fault(self) -> None:
        with self._lock:
            self.faults += 1

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        web = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                source_id = (self.headers.get("Host") or "").split(".", 1)[0]
                if self.path == "/robots.txt":
                    return self._send(404, b"")
                if source_id not in SOURCES:
                    return self._send(404, b"unknown host")
                getattr(self, f"_serve_{source_id}", self._serve_plain)(source_id)

            def _send(self, status: int, body: bytes, **headers: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                for name, value in headers.items():
                    self.send_header(name.replace("_", "-"), value)
                if "Content_Length" not in headers:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def _serve_plain(self, source_id: str) -> None:
                if self.path.startswith("/termine/") and self.path != "/termine/":
                    return self._send(200, b"<p>Detail</p>")
                self._send(200, _listing(source_id))

            def _serve_wackelig(self, source_id: str) -> None:
                with web._lock:
                    roll = web._random.random()
                if roll < 0.5:
                    web._fault()
                    status = 429 if roll < 0.2 else 503
                    return self._send(status, b"busy", Retry_After="0")
                self._serve_plain(source_id)

            def _serve_abgeschnitten(self, source_id: str) -> None:
                if web.day == 1:
                    return self._serve_plain(source_id)
                web._fault()
                body = _listing(source_id)
                self._send(200, body[: len(body) // 3], Content_Length=str(len(body)))
                self.close_connection = True

            def _serve_falle(self, source_id: str) -> None:
                page = int(self.path.rsplit("=", 1)[1]) if "?p=" in self.path else 1
                if page > 1:
                    web._fault()
                self._send(200, _listing(source_id, next_href=f"/termine/?p={page + 1}"))

            def _serve_umbau(self, source_id: str) -> None:
                if web.day == 1:
                    return self._serve_plain(source_id)
                web._fault()
                self._send(200, b"<html><body><h1>Unsere neue Website</h1></body></html>")

            def _serve_bombe(self, source_id: str) -> None:
                if web.day == 1:
                    return self._serve_plain(source_id)
                web._fault()
                self._send(200, _gzip_bomb(), Content_Encoding="gzip, gzip")

            def _serve_tief(self, source_id: str) -> None:
                if web.day == 1:
                    return self._serve_plain(source_id)
                web._fault()
                self._send(200, b"<div>" * 100_000 + b"</div>" * 100_000)

            def _serve_abbruch(self, source_id: str) -> None:
                if web.day == 1:
                    return self._serve_plain(source_id)
                web._fault()
                body = _listing(source_id)
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body[:200])
                self.wfile.flush()
                self.connection.setsockopt(
                    socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                )
                self.close_connection = True

        return Handler

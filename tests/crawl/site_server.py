"""A local site on 127.0.0.1 that counts and times every request it gets."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds the server waits before answering


@dataclass
class Hit:
    """One request as the server saw it (recorded on arrival, completed when answered)."""

    path: str
    headers: dict[str, str]
    started: float  # time.monotonic() when the request arrived
    status: int
    body_bytes: int  # bytes of body sent back
    finished: float = float("inf")  # time.monotonic() just before the answer's last write


#: A route answers either always the same, or per call: handler(hit_number, request_headers).
Route = Reply | Callable[[int, dict[str, str]], Reply]


def html(text: str, *, charset: str = "utf-8", declare: bool = True, **headers: str) -> Reply:
    content_type = f"text/html; charset={charset}" if declare else "text/html"
    merged = {"Content-Type": content_type, **{k.replace("_", "-"): v for k, v in headers.items()}}
    return Reply(body=text.encode(charset), headers=merged)


class _Server(ThreadingHTTPServer):
    request_queue_size = 128
    daemon_threads = True


class SiteServer:
    """``with SiteServer({"/": html("…")}) as site: site.url("/")``; ``site.hits("/")``."""

    def __init__(self, routes: dict[str, Route] | None = None) -> None:
        self.routes: dict[str, Route] = dict(routes or {})
        self._hits: list[Hit] = []
        self._calls: dict[str, int] = {}
        self._lock = threading.Lock()
        self._server = _Server(("127.0.0.1", 0), self._handler_class())
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def __enter__(self) -> SiteServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self._server.shutdown()
        self._server.server_close()

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def hits(self, path: str | None = None) -> list[Hit]:
        with self._lock:
            return [hit for hit in self._hits if path is None or hit.path == path]

    def page_hits(self) -> list[Hit]:
        return [hit for hit in self.hits() if hit.path != "/robots.txt"]

    def _answer(self, path: str, headers: dict[str, str]) -> Reply:
        route = self.routes.get(path) or self.routes.get(path.split("?", 1)[0])
        if route is None:
            return Reply(404, b"not found", {"Content-Type": "text/plain"})
        if callable(route):
            with self._lock:
                number = self._calls.get(path, 0)
                self._calls[path] = number + 1
            return route(number, headers)
        return route

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def do_GET(self) -> None:
                started = time.monotonic()
                headers = {key.lower(): value for key, value in self.headers.items()}
                reply = site._answer(self.path, headers)
                body = b"" if reply.status == 304 else reply.body
                hit = Hit(self.path, headers, started, reply.status, len(body))
                with site._lock:
                    site._hits.append(hit)
                try:
                    if reply.delay:
                        time.sleep(reply.delay)
                    self.send_response(reply.status)
                    for key, value in reply.headers.items():
                        self.send_header(key, value)
                    if reply.status != 304:
                        self.send_header("Content-Length", str(len(body)))
                    # Stamped before the last write: once it is on the wire the client may send
                    # its next request, which must not look like it overlapped with this one.
                    if not body:
                        hit.finished = time.monotonic()
                    self.end_headers()
                    if body:
                        hit.finished = time.monotonic()
                        self.wfile.write(body)
                    self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True  # the client gave up (a timeout test)
                finally:
                    hit.finished = min(hit.finished, time.monotonic())

            def log_message(self, format: str, *args: Any) -> None:
                pass  # keep test output clean

        return Handler


def max_overlap(hits: list[Hit]) -> int:
    """The most requests the server was working on at the same moment."""
    events = sorted([(hit.started, 1) for hit in hits] + [(hit.finished, -1) for hit in hits])
    current = peak = 0
    for _, step in events:
        current += step
        peak = max(peak, current)
    return peak


def start_gaps(hits: list[Hit]) -> list[float]:
    """Seconds between consecutive request arrivals."""
    starts = sorted(hit.started for hit in hits)
    return [later - earlier for earlier, later in itertools.pairwise(starts)]

"""A local site on 127.0.0.1 that counts and times every request it gets."""

from __future__ import annotations

import itertools
import socket
import struct
import sys
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
    """One request as the server saw it (recorded on arrival, completed when answered).

    Times are on the wall clock (``time.time()``), the clock the kernel stamps arrivals with."""

    path: str
    headers: dict[str, str]
    started: float  # when the request's bytes arrived (the kernel's stamp where it gives one)
    status: int
    body_bytes: int  # bytes of body sent back
    finished: float = float("inf")  # just before the answer's last write


#: A route answers either always the same, or per call: handler(hit_number, request_headers).
Route = Reply | Callable[[int, dict[str, str]], Reply]


def html(text: str, *, charset: str = "utf-8", declare: bool = True, **headers: str) -> Reply:
    content_type = f"text/html; charset={charset}" if declare else "text/html"
    merged = {"Content-Type": content_type, **{k.replace("_", "-"): v for k, v in headers.items()}}
    return Reply(body=text.encode(charset), headers=merged)


# The server runs in the test's process: its threads wait for the GIL the crawler holds, so a time
# taken in do_GET can be late by tens of ms on a busy machine (CI: 0.13 s measured between two
# requests the crawler sent 0.25 s apart). The kernel stamps each segment on arrival instead.
# Python's socket module does not name the option; 35 is Linux's SO_TIMESTAMPNS (timespec stamps).
SO_TIMESTAMPNS: int | None = 35 if sys.platform == "linux" else None


def stamp_arrivals(listener: socket.socket, *, seconds: float = 2.0) -> None:
    """Have the kernel stamp each segment arriving on ``listener``'s connections (on Linux).

    The kernel switches its stamps on a moment after the first socket asks (deferred work, late
    on a busy machine), so ``listener`` is probed until a probe comes back stamped: the test's
    first request (robots.txt, whose gap to the next one is asserted) is not the one left out."""
    if SO_TIMESTAMPNS is None:
        return
    listener.setsockopt(socket.SOL_SOCKET, SO_TIMESTAMPNS, 1)  # accepted sockets inherit it
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.create_connection(listener.getsockname()) as probe:
            accepted, _ = listener.accept()
            with accepted:
                probe.sendall(b".")
                if arrival_of_next_bytes(accepted) is not None:
                    return
        time.sleep(0.01)


def arrival_of_next_bytes(connection: socket.socket) -> float | None:
    """When the next bytes on ``connection`` arrived, by the kernel's stamp (waits for them,
    leaves them to be read); None if none come or there is no stamp.

    A request is stamped here before it is read, so nothing of it may wait in the handler's
    read buffer: true of clients that send a request only once the last one was answered
    (httpx does not pipeline)."""
    try:
        _, ancillary, _, _ = connection.recvmsg(1, socket.CMSG_SPACE(16), socket.MSG_PEEK)
    except OSError:
        return None  # reset or timed out: handle_one_request finds out and gives up
    for level, kind, data in ancillary:
        if level == socket.SOL_SOCKET and kind == SO_TIMESTAMPNS and len(data) >= 16:
            seconds, nanoseconds = struct.unpack("qq", data[:16])
            return float(seconds) + nanoseconds / 1e9
    return None


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
        stamp_arrivals(self._server.socket)
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
            arrived = 0.0

            def handle_one_request(self) -> None:
                self.arrived = arrival_of_next_bytes(self.connection) or time.time()
                super().handle_one_request()

            def do_GET(self) -> None:
                started = self.arrived
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
                        hit.finished = time.time()
                    self.end_headers()
                    if body:
                        hit.finished = time.time()
                        self.wfile.write(body)
                    self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True  # the client gave up (a timeout test)
                finally:
                    hit.finished = min(hit.finished, time.time())

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

"""Plain http:// GETs driven with h11 (netdir.crawl.lean), as ``DirectSender`` sends them:
keep-alive, connections the server dropped, a body left unread, timeouts and the errors httpx
maps, against a scripted keep-alive server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

import httpx
import pytest

from netdir.crawl import lean
from netdir.crawl.direct import DirectSender, plain_target
from netdir.crawl.lean import LeanPool
from netdir.crawl.network import AsyncioBackend, on_asyncio_sockets
from netdir.crawl.transport import PerOriginTransport

T = TypeVar("T")

#: What the server does with the n-th request (counted over all connections) of a connection:
#: the bytes to send (None: close without answering) and whether to close after them.
Script = Callable[[int, bytes], tuple[bytes | None, bool]]


class KeepAliveServer:
    """Answers request after request on each connection as ``script`` says; counts both."""

    def __init__(self, script: Script) -> None:
        self._script = script
        self._socket = socket.create_server(("127.0.0.1", 0))
        self.port = self._socket.getsockname()[1]
        self.connections = 0
        self.requests = 0
        self._lock = threading.Lock()
        threading.Thread(target=self._serve, daemon=True).start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def close(self) -> None:
        self._socket.close()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self._socket.accept()
            except OSError:
                return
            with self._lock:
                self.connections += 1
            threading.Thread(target=self._answer, args=(connection,), daemon=True).start()

    def _answer(self, connection: socket.socket) -> None:
        with connection:
            pending = b""
            while True:
                while b"\r\n\r\n" not in pending:
                    try:
                        chunk = connection.recv(65536)
                    except OSError:  # the client reset it (a body it left unread)
                        return
                    if not chunk:
                        return
                    pending += chunk
                request, _, pending = pending.partition(b"\r\n\r\n")
                with self._lock:
                    self.requests += 1
                    number = self.requests
                answer, close = self._script(number, request)
                if answer is None:
                    return
                try:
                    connection.sendall(answer)
                except OSError:
                    return
                if close:
                    return


@contextmanager
def server(script: Script) -> Iterator[KeepAliveServer]:
    running = KeepAliveServer(script)
    try:
        yield running
    finally:
        running.close()


def ok(body: bytes = b"hello", **headers: str) -> bytes:
    """A keep-alive answer (``raw_server.http_answer`` says ``Connection: close``)."""
    head = "".join(f"{name.replace('_', '-')}: {value}\r\n" for name, value in headers.items())
    return f"HTTP/1.1 200 OK\r\n{head}Content-Length: {len(body)}\r\n\r\n".encode() + body


async def _get(sender: DirectSender, url: str, timeout: float = 5.0) -> tuple[int, bytes]:
    target = plain_target(url)
    assert target is not None
    response = await sender.get(url, target, {"Accept": "*/*"}, timeout)
    try:
        body = b"".join([chunk async for chunk in response.aiter_raw()])
    finally:
        await response.aclose()
    return response.status, body


async def _with_sender(work: Callable[[DirectSender], Awaitable[T]]) -> T:
    transport = PerOriginTransport(lambda scheme: on_asyncio_sockets(httpx.AsyncHTTPTransport()))
    pool = LeanPool(AsyncioBackend())
    async with httpx.AsyncClient(transport=transport) as client:
        try:
            return await work(DirectSender(client, transport, pool))
        finally:
            await pool.aclose()


def run_with_sender(work: Callable[[DirectSender], Awaitable[T]]) -> T:
    return asyncio.run(_with_sender(work))


def test_keep_alive_reuses_one_connection_for_a_chain_of_requests() -> None:
    with server(lambda n, request: (ok(b"page %d" % n), False)) as site:

        async def three(sender: DirectSender) -> list[tuple[int, bytes]]:
            return [await _get(sender, site.url(f"/{n}")) for n in range(3)]

        answers = run_with_sender(three)
    assert answers == [(200, b"page 1"), (200, b"page 2"), (200, b"page 3")]
    assert site.connections == 1


def test_a_connection_the_server_closed_while_idle_is_not_reused() -> None:
    with server(lambda n, request: (ok(), True)) as site:  # closes after every answer

        async def two(sender: DirectSender) -> list[tuple[int, bytes]]:
            first = await _get(sender, site.url("/a"))
            await asyncio.sleep(0.1)  # the server's close arrives meanwhile
            return [first, await _get(sender, site.url("/b"))]

        answers = run_with_sender(two)
    assert answers == [(200, b"hello")] * 2
    assert (site.connections, site.requests) == (2, 2)


def test_a_request_the_server_drops_on_a_kept_connection_goes_again_on_a_new_one() -> None:
    # The server takes the second request on the kept-alive connection and closes it without
    # answering (its idle timeout struck as the request arrived): a GET may be sent again.
    with server(lambda n, request: (None, False) if n == 2 else (ok(b"%d" % n), False)) as site:

        async def two(sender: DirectSender) -> list[tuple[int, bytes]]:
            return [await _get(sender, site.url("/a")), await _get(sender, site.url("/b"))]

        answers = run_with_sender(two)
    assert answers == [(200, b"1"), (200, b"3")]
    assert (site.connections, site.requests) == (2, 3)


def test_a_new_connection_closed_without_an_answer_is_a_protocol_error_not_retried() -> None:
    with (
        server(lambda n, request: (None, False)) as site,
        pytest.raises(httpx.RemoteProtocolError, match="without sending a response"),
    ):
        run_with_sender(lambda sender: _get(sender, site.url("/a")))
    assert site.requests == 1


def test_a_body_cut_off_is_a_transport_error_and_its_connection_is_gone() -> None:
    cut = b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly part"
    with server(lambda n, request: (cut, True) if n == 1 else (ok(), False)) as site:

        async def cut_then_whole(sender: DirectSender) -> tuple[str, tuple[int, bytes]]:
            with pytest.raises(httpx.TransportError) as caught:
                await _get(sender, site.url("/a"))
            return type(caught.value).__name__, await _get(sender, site.url("/b"))

        error, answer = run_with_sender(cut_then_whole)
    assert error == "RemoteProtocolError"
    assert answer == (200, b"hello")
    assert (site.connections, site.requests) == (2, 2)


def test_a_body_left_unread_closes_its_connection() -> None:
    big = ok(b"x" * 300_000)
    with server(lambda n, request: (big, False)) as site:

        async def partial_then_whole(sender: DirectSender) -> int:
            target = plain_target(site.url("/a"))
            assert target is not None
            response = await sender.get(site.url("/a"), target, {}, 5.0)
            async for _ in response.aiter_raw():
                break  # the fetcher's size limit: the rest is not read
            await response.aclose()
            status, body = await _get(sender, site.url("/b"))
            assert status == 200
            return len(body)

        assert run_with_sender(partial_then_whole) == 300_000
    assert site.connections == 2


def test_an_idle_connection_past_its_keep_alive_expiry_is_not_reused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(lean, "KEEPALIVE_EXPIRY", 0.05)
    with server(lambda n, request: (ok(), False)) as site:

        async def two(sender: DirectSender) -> None:
            await _get(sender, site.url("/a"))
            await asyncio.sleep(0.1)
            await _get(sender, site.url("/b"))

        run_with_sender(two)
    assert site.connections == 2


def test_a_silent_server_times_out_and_a_closed_port_refuses() -> None:
    stalled = threading.Event()

    def hang(n: int, request: bytes) -> tuple[bytes | None, bool]:
        stalled.wait(5)
        return None, False

    with server(hang) as site:
        with pytest.raises(httpx.ReadTimeout):
            run_with_sender(lambda sender: _get(sender, site.url("/a"), timeout=0.2))
        stalled.set()
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))  # bound, never listening: every connection is refused
        url = f"http://127.0.0.1:{unused.getsockname()[1]}/"
        with pytest.raises(httpx.ConnectError):
            run_with_sender(lambda sender: _get(sender, url))


def test_answers_keep_their_header_names_and_skip_informational_ones() -> None:
    informational = b"HTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\n"
    answer = informational + ok(b"{}", Content_Type="application/json", ETag='"v1"')
    with server(lambda n, request: (answer, False)) as site:

        async def one(sender: DirectSender) -> tuple[int, list[tuple[str, str]]]:
            target = plain_target(site.url("/a"))
            assert target is not None
            response = await sender.get(site.url("/a"), target, {}, 5.0)
            await response.aclose()
            return response.status, list(response.headers.multi_items())

        status, headers = run_with_sender(one)
    assert status == 200
    assert ("etag", '"v1"') in headers and ("content-type", "application/json") in headers

"""httpcore's network layer on plain asyncio: sockets read by a protocol, no anyio in between.

httpcore talks to the network through ``AnyIOBackend`` under asyncio: every read and write opens
an anyio cancel scope (``fail_after``), checks which async library runs (sniffio) and passes
through anyio's stream classes, and every idle-connection check builds anyio's table of socket
attributes (a ``getpeername`` call among them). On the generated bench web that was ~15 % of the
crawler's CPU time for the same bytes (py-spy). ``AsyncioBackend`` keeps httpcore (HTTP/1.1
parsing, pooling, keep-alive) and httpx (the API, timeouts, exceptions) and replaces only that
layer: the event loop delivers data to a protocol as it arrives, a read returns what is there
without arming a timer, and a timer is armed only when a read has to wait.

httpcore's locks choose their implementation lazily, and under asyncio pick anyio's, whose
``acquire`` always yields to the event loop once and opens a cancel scope: ~21 µs per
acquisition against ~1 µs for ``asyncio.Lock`` (measured), three acquisitions per request (the
connection's request lock, the HTTP/1.1 state lock on sending and on closing). ``AsyncioPool``
sets those locks up as ``asyncio.Lock``: same mutual exclusion, no forced turn of the loop.

Exceptions are httpcore's own (``ConnectError``, ``ReadTimeout``, ...), which httpx maps to its
``httpx.ConnectError``, ``httpx.ReadTimeout`` and so on, exactly as with the anyio backend.
"""

from __future__ import annotations

import asyncio
import ssl
from collections import deque
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx
from httpcore._synchronization import AsyncLock
from httpcore._utils import is_socket_readable

#: Above this many unread bytes the socket is not read further until the reader catches up
#: (a body the fetcher has stopped reading at ``max_bytes`` must not pile up here).
_HIGH_WATER = 256 * 1024
# anyio's happy-eyeballs delay: the next address is tried after this long without a connection.
_HAPPY_EYEBALLS_DELAY = 0.25


class _Reception(asyncio.Protocol):
    """What the event loop delivers for one connection, until a reader takes it."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.chunks: deque[bytes] = deque()
        self.buffered = 0
        self.eof = False
        self.error: BaseException | None = None
        self.reader: asyncio.Future[None] | None = None  # a read waiting for data
        self.writer: asyncio.Future[None] | None = None  # a write waiting for the send buffer
        self.paused = False  # the transport asked us to stop writing (its buffer is full)

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.chunks.append(data)
        self.buffered += len(data)
        if self.buffered > _HIGH_WATER and self.transport is not None:
            self.transport.pause_reading()
        self._wake_reader()

    def eof_received(self) -> bool:
        self.eof = True
        self._wake_reader()
        return False  # close the transport

    def connection_lost(self, exc: Exception | None) -> None:
        self.eof = True
        self.error = exc
        self._wake_reader()
        if self.writer is not None and not self.writer.done():
            self.writer.set_result(None)

    def pause_writing(self) -> None:
        self.paused = True

    def resume_writing(self) -> None:
        self.paused = False
        if self.writer is not None and not self.writer.done():
            self.writer.set_result(None)

    def _wake_reader(self) -> None:
        if self.reader is not None and not self.reader.done():
            self.reader.set_result(None)

    def take(self, max_bytes: int) -> bytes:
        chunk = self.chunks.popleft()
        if len(chunk) > max_bytes:
            self.chunks.appendleft(chunk[max_bytes:])
            chunk = chunk[:max_bytes]
        self.buffered -= len(chunk)
        if self.buffered <= _HIGH_WATER // 2 and self.transport is not None:
            self.transport.resume_reading()  # a no-op unless reading was paused
        return chunk


def _expire(waiter: asyncio.Future[None], error: Exception) -> None:
    if not waiter.done():
        waiter.set_exception(error)


async def _wait(waiter: asyncio.Future[None], timeout: float | None, error: Exception) -> None:
    """Await ``waiter``; ``error`` is raised if it is not done within ``timeout`` seconds."""
    if timeout is None:
        await waiter
        return
    timer = asyncio.get_running_loop().call_later(timeout, _expire, waiter, error)
    try:
        await waiter
    finally:
        timer.cancel()


class AsyncioStream(httpcore.AsyncNetworkStream):
    """One TCP (or TLS) connection as httpcore reads and writes it."""

    def __init__(self, transport: asyncio.Transport, reception: _Reception) -> None:
        self._transport = transport
        self._reception = reception

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        reception = self._reception
        if not reception.chunks and not reception.eof:
            reception.reader = asyncio.get_running_loop().create_future()
            try:
                await _wait(reception.reader, timeout, httpcore.ReadTimeout("timed out"))
            finally:
                reception.reader = None
        if reception.chunks:
            return reception.take(max_bytes)
        if reception.error is not None:
            raise httpcore.ReadError(str(reception.error) or type(reception.error).__name__)
        return b""  # the other side closed the connection

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        reception = self._reception
        if self._transport.is_closing():
            message = str(reception.error) if reception.error else "the connection is closed"
            raise httpcore.WriteError(message)
        self._transport.write(buffer)
        if reception.paused:
            reception.writer = asyncio.get_running_loop().create_future()
            try:
                await _wait(reception.writer, timeout, httpcore.WriteTimeout("timed out"))
            finally:
                reception.writer = None
            if reception.error is not None:
                raise httpcore.WriteError(str(reception.error))

    async def aclose(self) -> None:
        self._transport.close()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(timeout):
                transport = await loop.start_tls(
                    self._transport,
                    self._reception,
                    ssl_context,
                    server_hostname=server_hostname,
                    ssl_handshake_timeout=timeout,
                )
        except TimeoutError as exc:
            self._transport.abort()
            raise httpcore.ConnectTimeout("TLS handshake timed out") from exc
        except (OSError, ssl.SSLError, ConnectionError) as exc:
            self._transport.abort()
            raise httpcore.ConnectError(str(exc)) from exc
        if transport is None:  # the connection closed during the handshake
            raise httpcore.ConnectError("the connection closed during the TLS handshake")
        assert isinstance(transport, asyncio.Transport)
        self._reception.transport = transport
        return AsyncioStream(transport, self._reception)

    def get_extra_info(self, info: str) -> Any:
        if info == "ssl_object":
            return self._transport.get_extra_info("ssl_object")
        if info == "client_addr":
            return self._transport.get_extra_info("sockname")
        if info == "server_addr":
            return self._transport.get_extra_info("peername")
        if info == "socket":
            return self._transport.get_extra_info("socket")
        if info == "is_readable":
            # An idle keep-alive connection with something to read has been closed (or is
            # about to be) by the server: delivered already, or still in the kernel.
            reception = self._reception
            if reception.chunks or reception.eof:
                return True
            return is_socket_readable(self._transport.get_extra_info("socket"))
        return None


class TcpOnlyBackend(httpcore.AsyncNetworkBackend):
    """A backend that refuses unix sockets (catalog URLs are http(s) only) and sleeps with asyncio."""

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("netdir does not connect to unix sockets")

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


class AsyncioBackend(TcpOnlyBackend):
    """Opens connections for httpcore with the running asyncio loop itself."""

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(timeout):
                transport, reception = await loop.create_connection(
                    _Reception,
                    host,
                    port,
                    local_addr=(local_address, 0) if local_address else None,
                    happy_eyeballs_delay=_HAPPY_EYEBALLS_DELAY,
                )
        except TimeoutError as exc:
            raise httpcore.ConnectTimeout(f"no connection to {host}:{port} in time") from exc
        except OSError as exc:
            raise httpcore.ConnectError(str(exc) or type(exc).__name__) from exc
        sock = transport.get_extra_info("socket")
        for option in socket_options or ():
            sock.setsockopt(*option)  # asyncio already sets TCP_NODELAY
        assert isinstance(transport, asyncio.Transport)
        return AsyncioStream(transport, reception)


def _on_asyncio_lock(lock: AsyncLock) -> None:
    """Set ``lock`` up as an ``asyncio.Lock``: what ``AsyncLock.setup`` would choose is anyio's."""
    lock._backend = "asyncio"
    lock._anyio_lock = asyncio.Lock()  # type: ignore[assignment]  # has acquire() and release()


class _AsyncioConnection(httpcore.AsyncHTTPConnection):
    """``AsyncHTTPConnection`` whose locks, and its HTTP/1.1 connection's, are asyncio's."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _on_asyncio_lock(self._request_lock)
        self._http11_lock_set_up = False

    async def handle_async_request(self, request: httpcore.Request) -> httpcore.Response:
        response = await super().handle_async_request(request)
        if not self._http11_lock_set_up:
            # The HTTP/1.1 connection is made by the first request and its state lock set up
            # (as anyio's) in it; that request released it already and holds the connection
            # until its response closes, so no one else holds or waits for it now.
            state_lock = getattr(self._connection, "_state_lock", None)
            if isinstance(state_lock, AsyncLock) and not _held(state_lock):
                _on_asyncio_lock(state_lock)
            self._http11_lock_set_up = True
        return response


def _held(lock: AsyncLock) -> bool:
    inner = getattr(lock, "_anyio_lock", None)
    return inner is not None and inner.locked()


class AsyncioPool(httpcore.AsyncConnectionPool):
    """httpcore's pool, making ``_AsyncioConnection``s (plain connections: netdir uses no proxy)."""

    def create_connection(self, origin: httpcore.Origin) -> httpcore.AsyncConnectionInterface:
        if self._proxy is not None:
            return super().create_connection(origin)
        return _AsyncioConnection(
            origin=origin,
            ssl_context=self._ssl_context,
            keepalive_expiry=self._keepalive_expiry,
            http1=self._http1,
            http2=self._http2,
            retries=self._retries,
            local_address=self._local_address,
            uds=self._uds,
            network_backend=self._network_backend,
            socket_options=self._socket_options,
        )


def connection_pool(transport: httpx.AsyncHTTPTransport) -> httpcore.AsyncConnectionPool:
    """The httpcore pool behind ``transport``, whose network backend netdir chooses."""
    pool = transport._pool  # httpx exposes no other way to choose httpcore's network backend
    if not isinstance(pool, httpcore.AsyncConnectionPool) or isinstance(
        pool, httpcore.AsyncHTTPProxy | httpcore.AsyncSOCKSProxy
    ):
        raise TypeError(f"cannot choose the network backend of {type(pool).__name__}")
    return pool


def on_asyncio_sockets(transport: httpx.AsyncHTTPTransport) -> httpx.AsyncHTTPTransport:
    """``transport`` with its connection pool on ``AsyncioBackend`` and asyncio's locks."""
    pool = connection_pool(transport)
    pool._network_backend = AsyncioBackend()
    if type(pool) is httpcore.AsyncConnectionPool:
        # The pool httpx made, with all its settings, now making ``_AsyncioConnection``s: the
        # subclass adds no state, so only the class changes.
        pool.__class__ = AsyncioPool
    return transport

"""Plain ``http://`` GETs driven with h11 on netdir's sockets, without httpcore's pool.

What ``netdir.crawl.direct`` hands to an origin's httpcore pool costs the crawl's event loop
~1 CPU-ms per request on the generated bench web (Fetcher.get, 1,020 GETs: 1.07-1.47 ms each),
while the same GETs driven with h11 on keep-alive sockets cost 0.33-0.37 ms (bare loop, same
web; /tmp measurement scripts in the commit message). Between the two: httpcore's pool
(connection selection, its request queue and status objects), its connection and HTTP/1.1
layers (three locks, trace contexts, exception maps per call) and the coroutine layers around
each read. This module keeps what those layers do for netdir's requests and nothing else:

* one list of idle keep-alive connections per origin; a connection idle for longer than
  ``KEEPALIVE_EXPIRY`` seconds (httpx's default) or that the server closed meanwhile (readable
  while idle: ``is_readable``) is dropped, not reused;
* a reused connection that fails before any byte of the answer arrived (the server closed it
  just as the request went out) is replaced by a new one once: a GET is safe to send again;
* the connections are made by the crawler's network backend (``AsyncioBackend``, pinned to the
  guard's checked addresses unless private hosts are allowed), so connect and read timeouts and
  the error types are httpcore's, which ``map_httpcore_exceptions`` turns into httpx's as before;
* h11's protocol errors become httpcore's (``RemoteProtocolError``), as httpcore maps them, and a
  server that closes before its answer is "Server disconnected without sending a response.";
* a body not read to its end (the fetcher's size limit) closes its connection.

``https://`` (TLS, the TLS context and its fallbacks) stays with httpcore's pool.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, field

import h11
import httpcore

from netdir.crawl.politeness import request_sent

#: httpx's default: an idle keep-alive connection older than this is not reused.
KEEPALIVE_EXPIRY = 5.0
#: Bytes asked of the socket at a time (httpcore's ``READ_NUM_BYTES``).
READ_BYTES = 64 * 1024
#: The largest response head accepted (httpcore's ``MAX_INCOMPLETE_EVENT_SIZE``).
MAX_HEAD_BYTES = 100 * 1024

Origin = tuple[bytes, bytes, int]  # scheme, host, port


@dataclass(slots=True, eq=False)
class _Connection:
    stream: httpcore.AsyncNetworkStream
    state: h11.Connection = field(
        default_factory=lambda: h11.Connection(h11.CLIENT, max_incomplete_event_size=MAX_HEAD_BYTES)
    )
    idle_since: float = 0.0
    closed: bool = False

    async def close(self) -> None:
        if not self.closed:
            self.closed = True
            await self.stream.aclose()

    def reusable(self, now: float) -> bool:
        return (
            not self.closed
            and now - self.idle_since <= KEEPALIVE_EXPIRY
            and not self.stream.get_extra_info("is_readable")
        )

    async def next_event(self, timeout: float) -> h11.Event | type[h11.PAUSED]:
        state = self.state
        while True:
            try:
                event = state.next_event()
            except h11.RemoteProtocolError as exc:
                raise httpcore.RemoteProtocolError(str(exc)) from exc
            if event is not h11.NEED_DATA:
                return event  # type: ignore[return-value]  # mypy does not narrow the sentinel
            data = await self.stream.read(READ_BYTES, timeout=timeout)
            if not data and state.their_state is h11.SEND_RESPONSE:
                raise httpcore.RemoteProtocolError(
                    "Server disconnected without sending a response."
                )
            try:
                state.receive_data(data)
            except h11.RemoteProtocolError as exc:
                raise httpcore.RemoteProtocolError(str(exc)) from exc


class LeanResponse:
    """Status and raw headers of one answer; ``aiter_raw`` its body, ``aclose`` ends it."""

    __slots__ = ("_connection", "_done", "_finished", "_pool", "_timeout", "headers", "status")

    def __init__(
        self,
        pool: LeanPool,
        connection: _Connection,
        status: int,
        headers: list[tuple[bytes, bytes]],
        timeout: float,
        done: Callable[[_Connection, bool], None],
    ) -> None:
        self._pool = pool
        self._connection = connection
        self.status = status
        self.headers = headers
        self._timeout = timeout
        self._done = done
        self._finished = False  # the body was read to its end

    async def aiter_raw(self) -> AsyncIterator[bytes]:
        connection = self._connection
        while not self._finished:
            event = await connection.next_event(self._timeout)
            if type(event) is h11.Data:
                yield bytes(event.data)
            else:  # EndOfMessage (ConnectionClosed after a body delimited by the close)
                self._finished = True

    async def aclose(self) -> None:
        connection, self._connection = self._connection, None  # type: ignore[assignment]
        if connection is None:
            return
        state = connection.state
        keep = self._finished and state.our_state is h11.DONE and state.their_state is h11.DONE
        if keep:
            state.start_next_cycle()
            connection.idle_since = time.monotonic()
        else:
            await connection.close()
        self._done(connection, keep)


class LeanPool:
    """Idle keep-alive connections per origin, for ``get``; see the module doc."""

    def __init__(self, backend: httpcore.AsyncNetworkBackend, *, max_origins: int = 64) -> None:
        self._backend = backend
        self._max_origins = max_origins
        self._idle: OrderedDict[Origin, list[_Connection]] = OrderedDict()
        self._busy: set[_Connection] = set()

    async def get(
        self,
        origin: Origin,
        target: bytes,
        headers: Sequence[tuple[bytes, bytes]],
        timeout: float,
    ) -> LeanResponse:
        """Send ``GET target`` with exactly ``headers`` and return once the answer's head is in;
        httpcore's exceptions are raised (connect, read, write, protocol)."""
        request = h11.Request(method=b"GET", target=target, headers=list(headers))
        connection = await self._idle_connection(origin)
        if connection is not None:
            try:
                return await self._exchange(origin, connection, request, timeout)
            except (httpcore.ReadError, httpcore.WriteError, httpcore.RemoteProtocolError):
                if connection.state.their_state is not h11.SEND_RESPONSE:
                    raise  # the answer had begun: not a connection closed while it was idle
            # The server closed the idle connection as the request went out: a new one.
        connection = await self._connect(origin, timeout)
        return await self._exchange(origin, connection, request, timeout)

    async def _exchange(
        self, origin: Origin, connection: _Connection, request: h11.Request, timeout: float
    ) -> LeanResponse:
        self._busy.add(connection)
        try:
            try:
                state = connection.state
                await connection.stream.write(
                    state.send(request) + state.send(h11.EndOfMessage()),  # type: ignore[operator]
                    timeout=timeout,
                )
            except httpcore.WriteError:
                # As httpcore: a server may close early and still answer (an error status):
                # read what it said.
                pass
            request_sent()
            while True:
                event = await connection.next_event(timeout)
                if type(event) is h11.Response:
                    break
                if type(event) is not h11.InformationalResponse:  # 1xx are skipped
                    raise httpcore.RemoteProtocolError(f"unexpected {type(event).__name__}")
        except BaseException:
            self._busy.discard(connection)
            await connection.close()
            raise
        return LeanResponse(
            self,
            connection,
            event.status_code,
            event.headers.raw_items(),
            timeout,
            lambda done, keep: self._release(origin, done, keep),
        )

    def _release(self, origin: Origin, connection: _Connection, keep: bool) -> None:
        self._busy.discard(connection)
        if keep:
            self._idle.setdefault(origin, []).append(connection)
            self._idle.move_to_end(origin)

    async def _idle_connection(self, origin: Origin) -> _Connection | None:
        idle = self._idle.get(origin)
        now = time.monotonic()
        while idle:
            connection = idle.pop()  # the most recently used: the least likely to be expired
            if not idle:
                del self._idle[origin]  # counted against ``max_origins`` only while it has some
            if connection.reusable(now):
                return connection
            await connection.close()
        return None

    async def _connect(self, origin: Origin, timeout: float) -> _Connection:
        await self._close_least_recent()
        _, host, port = origin
        stream = await self._backend.connect_tcp(host.decode("ascii"), port, timeout=timeout)
        return _Connection(stream)

    async def _close_least_recent(self) -> None:
        """Keep idle connections of at most ``max_origins`` origins (a run over many hosts
        keeps a bounded number of sockets): the least recently used go first."""
        while len(self._idle) >= self._max_origins:
            _, connections = self._idle.popitem(last=False)
            for connection in connections:
                await connection.close()

    async def aclose(self) -> None:
        connections = [c for idle in self._idle.values() for c in idle]
        connections.extend(self._busy)
        self._idle.clear()
        self._busy.clear()
        for connection in connections:
            await connection.close()

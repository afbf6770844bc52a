"""One small connection pool per origin instead of one big pool for the whole run.

httpcore's pool walks *all* its connections on every request and on every response close
(expiry check with a ``getpeername`` syscall per idle connection, an idle count per
connection): with 20 hosts crawled at once that was 24,000 expiry checks and 540,000
``is_idle`` calls for 1,020 requests, the largest share of the crawl's CPU time
(tests/bench, cProfile). A pool per origin holds only that host's few connections, so each
request looks at one or two; keep-alive reuse is unchanged.

Idle pools of hosts the run has finished with are closed once more than ``max_origins``
pools are open, so a run over many hosts keeps a bounded number of sockets.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import AsyncIterator, Callable
from types import TracebackType

import httpcore
import httpx

from netdir.crawl.network import connection_pool

#: Makes the pool of one origin, given its scheme (the crawler pins it to the SSRF guard's
#: addresses and shares one TLS context among them).
PoolFactory = Callable[[bytes], httpx.AsyncHTTPTransport]
#: Called once a response handed out by ``PerOriginTransport.handle_core_request`` is closed.
Release = Callable[[], None]


class PerOriginTransport(httpx.AsyncBaseTransport):
    """Routes each request to its origin's own ``AsyncHTTPTransport``."""

    def __init__(self, make_pool: PoolFactory, *, max_origins: int = 64) -> None:
        self._make_pool = make_pool
        self._max_origins = max_origins
        self._pools: OrderedDict[tuple[bytes, bytes, int | None], httpx.AsyncHTTPTransport] = (
            OrderedDict()
        )
        self._in_flight: dict[tuple[bytes, bytes, int | None], int] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        origin = (url.raw_scheme, url.raw_host, url.port)
        pool = await self._pool_of(origin)
        self._in_flight[origin] = self._in_flight.get(origin, 0) + 1
        try:
            response = await pool.handle_async_request(request)
        except BaseException:
            self._done(origin)
            raise
        response.stream = _CountedStream(response.stream, lambda: self._done(origin))
        return response

    async def handle_core_request(
        self, origin: tuple[bytes, bytes, int | None], request: httpcore.Request
    ) -> tuple[httpcore.Response, Release]:
        """``request`` sent by the origin's httpcore pool itself (``netdir.crawl.direct``);
        httpcore's exceptions pass through. Call the release once the response is closed."""
        pool = connection_pool(await self._pool_of(origin))
        self._in_flight[origin] = self._in_flight.get(origin, 0) + 1
        try:
            response = await pool.handle_async_request(request)
        except BaseException:
            self._done(origin)
            raise
        released = False

        def release() -> None:
            nonlocal released
            if not released:
                released = True
                self._done(origin)

        return response, release

    async def _pool_of(self, origin: tuple[bytes, bytes, int | None]) -> httpx.AsyncHTTPTransport:
        pool = self._pools.get(origin)
        if pool is None:
            await self._close_idle_pools()
            pool = self._pools[origin] = self._make_pool(origin[0])
        else:
            self._pools.move_to_end(origin)
        return pool

    def _done(self, origin: tuple[bytes, bytes, int | None]) -> None:
        self._in_flight[origin] -= 1

    async def _close_idle_pools(self) -> None:
        """Close the least recently used pools without a request in flight, down to the cap."""
        if len(self._pools) < self._max_origins:
            return
        for origin in list(self._pools):
            if len(self._pools) < self._max_origins:
                return
            if self._in_flight.get(origin, 0) == 0:
                pool = self._pools.pop(origin)
                self._in_flight.pop(origin, None)
                await pool.aclose()

    async def aclose(self) -> None:
        pools = list(self._pools.values())
        self._pools.clear()
        for pool in pools:
            await pool.aclose()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        await self.aclose()


class _CountedStream(httpx.AsyncByteStream):
    """A response body that tells its transport when it is closed (the request is over)."""

    def __init__(
        self, inner: httpx.AsyncByteStream | httpx.SyncByteStream, done: Callable[[], None]
    ):
        assert isinstance(inner, httpx.AsyncByteStream)
        self._inner = inner
        self._done: Callable[[], None] | None = done

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._inner:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._inner.aclose()
        finally:
            if self._done is not None:
                done, self._done = self._done, None
                done()

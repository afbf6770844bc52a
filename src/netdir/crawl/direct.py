"""Plain GETs handed straight to the origin's httpcore pool, without httpx's client around them.

Per request httpx's ``AsyncClient`` builds a ``Request`` (URL parsing and quoting, header merging
and normalizing), runs its auth and redirect machinery (netdir follows redirects itself), wraps
the response stream in three layers and reads the cookie jar through urllib's request shims —
even when no cookie was ever set. On the generated bench web that was ~30 % of the crawl
process's CPU time for its HTTP exchanges (cProfile, 1,020 requests). The pool, HTTP/1.1 parsing,
keep-alive, timeouts and the error types (httpcore's, mapped to httpx's by httpx's own mapping)
stay the same; a request goes this way only when it is exactly what httpx would send:

* the URL is plain (``plain_target``): ASCII, lower-case host, no userinfo, no fragment, no dot
  segments, nothing httpx would quote — anything else goes through httpx as before;
* the client's cookie jar is empty and the header values are ASCII; cookies a server sets
  (``Set-Cookie``) are stored in that same jar, so the next request to any host goes through httpx
  with them, exactly as before.

The header list is the one ``AsyncClient.build_request`` makes: ``Host``, its default
``Connection: keep-alive``, then netdir's headers in their order (they replace httpx's other
defaults). ``tests/crawl/test_direct.py`` holds the two equal.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

import httpcore
import httpx
from httpx._transports.default import map_httpcore_exceptions

from netdir import lazy_re
from netdir.crawl.lean import LeanPool, LeanResponse
from netdir.crawl.politeness import trace_request_sent
from netdir.crawl.transport import PerOriginTransport, Release

_DEFAULT_PORTS = {"http": 80, "https": 443}
# What httpx leaves as written (checked character by character against httpx.URL in the tests).
_PLAIN_URL = lazy_re.compile(
    r"(?P<scheme>https?)://(?P<host>[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?)(?::(?P<port>[1-9][0-9]{0,4}))?"
    r"(?P<path>/[A-Za-z0-9\-._~!$&'()*+,;=:@/%]*)?(?P<query>\?[A-Za-z0-9\-._~!$&'()*+,;=:@/?%]*)?"
)


@dataclass(frozen=True, slots=True)
class PlainTarget:
    """A URL as httpcore takes it, with the ``Host`` header httpx would send."""

    scheme: bytes
    host: bytes
    port: int | None  # None: the scheme's default port (httpx's ``URL.port``)
    target: bytes  # path and query
    host_header: bytes


def plain_target(url: str) -> PlainTarget | None:
    """``url`` split for httpcore, or None if httpx would rewrite any part of it."""
    match = _PLAIN_URL.fullmatch(url)
    if match is None:
        return None
    path = match["path"] or "/"
    if "/." in path:  # dot segments: httpx resolves them
        return None
    scheme, host = match["scheme"], match["host"]
    port = int(match["port"]) if match["port"] else None
    if port is not None and port > 65535:
        return None
    if port == _DEFAULT_PORTS[scheme]:
        port = None  # httpx drops it, from the URL and the Host header
    host_header = host if port is None else f"{host}:{port}"
    return PlainTarget(
        scheme=scheme.encode(),
        host=host.encode(),
        port=port,
        target=(path + (match["query"] or "")).encode(),
        host_header=host_header.encode(),
    )


def request_headers(target: PlainTarget, headers: dict[str, str]) -> list[tuple[bytes, bytes]]:
    """The header list ``AsyncClient.build_request`` makes for ``headers`` (ASCII values)."""
    raw = [(b"Host", target.host_header), (b"Connection", b"keep-alive")]
    raw.extend((name.encode(), value.encode()) for name, value in headers.items())
    return raw


@dataclass(slots=True)
class DirectResponse:
    """Status, headers and the raw body stream of one exchange; ``aclose`` ends it."""

    status: int
    headers: httpx.Headers
    _response: httpcore.Response | LeanResponse
    _done: Release

    async def aiter_raw(self) -> AsyncIterator[bytes]:
        response = self._response
        if isinstance(response, LeanResponse):
            chunks = response.aiter_raw()
        else:
            assert hasattr(response.stream, "__aiter__")
            chunks = response.stream.__aiter__()
        with map_httpcore_exceptions():
            async for chunk in chunks:
                yield chunk

    async def aclose(self) -> None:
        try:
            with map_httpcore_exceptions():
                await self._response.aclose()
        finally:
            self._done()


def _nothing_to_release() -> None:
    return None


class DirectSender:
    """Sends plain GETs through ``transport``'s per-origin pools; see the module doc for when."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        transport: PerOriginTransport,
        lean: LeanPool | None = None,
    ) -> None:
        self._client = client
        self._transport = transport
        # Plain http:// exchanges are driven with h11 here (netdir.crawl.lean); https:// and
        # everything without ``lean`` go to the origin's httpcore pool.
        self._lean = lean

    def target(self, url: str, headers: dict[str, str]) -> PlainTarget | None:
        """Where to send ``url`` directly, or None when it must go through httpx."""
        if self._client.cookies.jar or not all(value.isascii() for value in headers.values()):
            return None
        return plain_target(url)

    async def get(
        self, url: str, target: PlainTarget, headers: dict[str, str], timeout: float
    ) -> DirectResponse:
        response: httpcore.Response | LeanResponse
        if self._lean is not None and target.scheme == b"http":
            with map_httpcore_exceptions():
                response = await self._lean.get(
                    (target.scheme, target.host, target.port or _DEFAULT_PORTS["http"]),
                    target.target,
                    request_headers(target, headers),
                    timeout,
                )
            done: Release = _nothing_to_release
        else:
            response, done = await self._through_pool(target, headers, timeout)
        answer_headers = httpx.Headers(response.headers)
        if "set-cookie" in answer_headers:
            # Into the client's jar, as httpx would: the next requests go through httpx with them.
            self._client.cookies.extract_cookies(
                httpx.Response(
                    response.status,
                    headers=answer_headers,
                    request=httpx.Request("GET", url, headers=headers),
                )
            )
        return DirectResponse(response.status, answer_headers, response, done)

    async def _through_pool(
        self, target: PlainTarget, headers: dict[str, str], timeout: float
    ) -> tuple[httpcore.Response, Release]:
        request = httpcore.Request(
            b"GET",
            httpcore.URL(
                scheme=target.scheme, host=target.host, port=target.port, target=target.target
            ),
            headers=request_headers(target, headers),
            extensions={
                "timeout": {"connect": timeout, "read": timeout, "write": timeout, "pool": timeout},
                "trace": trace_request_sent,
            },
        )
        with map_httpcore_exceptions():
            return await self._transport.handle_core_request(
                (target.scheme, target.host, target.port), request
            )

"""DNS rebinding: a host that answers public first and 127.0.0.1 next reaches only the first.

Two servers share one port: the "public" one on 127.0.0.2 (declared public for this test)
and the "internal" one on 127.0.0.1. The host name is ``localhost``, which the system resolver
maps to 127.0.0.1 — what a client that resolves again at connect time would reach.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from netdir.catalog.model import CrawlSettings
from netdir.crawl import Crawler, safety
from netdir.records import CrawlResult
from tests.crawl.helpers import make_source, run
from tests.crawl.raw_server import RawServer, http_answer

PUBLIC, INTERNAL = "127.0.0.2", "127.0.0.1"


def serving(host: str, body: bytes, port: int = 0) -> RawServer:
    def script(request: bytes) -> tuple[bytes, bool]:
        if request.startswith(b"GET /robots.txt "):
            return http_answer(b"", status=404), False
        host_header = [line for line in request.split(b"\r\n") if line.lower().startswith(b"host:")]
        return http_answer(body + b" " + host_header[0], Content_Type="text/plain"), False

    return RawServer(script, host=host, port=port)


@pytest.fixture
def two_servers_one_port() -> Iterator[tuple[RawServer, RawServer]]:
    try:
        public = serving(PUBLIC, b"public page")
    except OSError as exc:  # pragma: no cover - loopback aliases are standard on Linux
        pytest.skip(f"cannot bind {PUBLIC}: {exc}")
    internal = serving(INTERNAL, b"internal secret", port=public.port)
    with public, internal:
        yield public, internal


def test_the_connection_goes_to_the_address_that_was_checked(
    two_servers_one_port: tuple[RawServer, RawServer],
    fast_settings: CrawlSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    public, internal = two_servers_one_port
    monkeypatch.setattr(safety, "is_public_address", lambda address: address == PUBLIC)
    answers = iter([[PUBLIC], [INTERNAL], [INTERNAL], [INTERNAL]])
    lookups: list[str] = []

    async def rebinding_resolver(host: str, _port: int) -> list[str]:
        lookups.append(host)
        return next(answers)

    async def crawl() -> CrawlResult:
        async with Crawler(fast_settings, resolver=rebinding_resolver) as crawler:
            url = f"http://localhost:{public.port}/termine"
            return await crawler.crawl_source(make_source("rebind", url), {})

    result = run(crawl())
    [page] = result.pages
    assert page.text == f"public page Host: localhost:{public.port}"  # Host header keeps the name
    assert internal.requests == 0
    assert lookups == ["localhost"]  # resolved once, checked once, connected to that


def test_a_host_with_no_checked_address_is_never_connected(fast_settings: CrawlSettings) -> None:
    async def private_resolver(_host: str, _port: int) -> list[str]:
        return [INTERNAL]

    with serving(INTERNAL, b"internal secret") as internal:

        async def crawl() -> CrawlResult:
            async with Crawler(fast_settings, resolver=private_resolver) as crawler:
                url = f"http://localhost:{internal.port}/"
                return await crawler.crawl_source(make_source("rebind", url), {})

        result = run(crawl())
    assert result.pages == [] and internal.requests == 0
    assert "non-public" in result.issues[0].message


def test_the_backend_refuses_a_private_ip_literal_before_connecting() -> None:
    import httpcore

    backend = safety.GuardedNetworkBackend(
        safety.HostGuard(allow_private_hosts=False), inner=httpcore.AsyncNetworkBackend()
    )
    with pytest.raises(httpcore.ConnectError, match="non-public"):
        run(backend.connect_tcp(INTERNAL, 80))  # the inner backend would raise NotImplemented

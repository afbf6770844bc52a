"""SSRF guard: a catalog entry (or a redirect) must not make netdir call into private networks.

The guard resolves a host once per run and checks every address; the crawler's connections then
go to exactly those addresses (``GuardedNetworkBackend``), never to a second DNS answer. A host
that answers a public address first and 127.0.0.1 on the next lookup (DNS rebinding) therefore
reaches only the public one. TLS still names the host (SNI) and so does the Host header: only
the TCP connect target is pinned.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable, Iterable

import httpcore
import httpx

from netdir.crawl.exceptions import BlockedHostError, CrawlError
from netdir.crawl.network import TcpOnlyBackend, connection_pool

#: Resolves (host, port) to IP address strings. Injectable so tests can play DNS offline.
Resolver = Callable[[str, int], Awaitable[list[str]]]

_ALLOW_HINT = "pass --allow-private-hosts only for hosts you run yourself (in Python: allow_private_hosts=True)"


async def resolve_with_event_loop(host: str, port: int) -> list[str]:
    """All addresses the system resolver gives for ``host`` (no connection is opened)."""
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})


def is_public_address(address: str) -> bool:
    """False for loopback, private, link-local, multicast, reserved and unspecified addresses."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone id
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


class HostGuard:
    """Checks every host before the crawler connects; resolutions are cached for one run."""

    def __init__(self, *, allow_private_hosts: bool, resolver: Resolver | None = None) -> None:
        self.allow_private_hosts = allow_private_hosts
        self._resolve = resolver or resolve_with_event_loop
        self._verdicts: dict[str, asyncio.Future[None]] = {}
        self._addresses: dict[str, list[str]] = {}  # host -> the addresses that were checked

    async def check(self, url: str, host: str, port: int) -> None:
        """Raise ``BlockedHostError`` for a non-public host, ``CrawlError`` when DNS fails."""
        if self.allow_private_hosts:
            return
        if host not in self._verdicts:
            future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            self._verdicts[host] = future
            try:
                await self._judge(url, host, port)
                future.set_result(None)
            except Exception as exc:
                future.set_exception(exc)
                # Retrieved here so asyncio does not warn when no other caller awaits it.
                future.exception()
                raise
            return
        await asyncio.shield(self._verdicts[host])

    async def checked_addresses(self, host: str, port: int) -> list[str]:
        """The addresses ``host`` was checked with (checking it now if it was not yet)."""
        await self.check(f"{host}:{port}", host, port)
        return self._addresses[host]

    async def _judge(self, url: str, host: str, port: int) -> None:
        try:
            addresses = [str(ipaddress.ip_address(host.strip("[]")))]
        except ValueError:
            try:
                addresses = await self._resolve(host, port)
            except OSError as exc:
                raise CrawlError(
                    f"host {host!r} could not be resolved ({exc})",
                    url=url,
                    hint="check the host name in the catalog and the network/DNS of this machine",
                ) from exc
        self._addresses[host] = addresses
        blocked = [address for address in addresses if not is_public_address(address)]
        if blocked or not addresses:
            raise BlockedHostError(
                f"refused: host {host!r} resolves to non-public address(es) "
                f"{', '.join(blocked) or 'none'}",
                url=url,
                hint=_ALLOW_HINT,
            )


class GuardedNetworkBackend(TcpOnlyBackend):
    """Connects to the addresses the guard checked instead of resolving the host again."""

    def __init__(self, guard: HostGuard, inner: httpcore.AsyncNetworkBackend) -> None:
        self._guard = guard
        self._inner = inner

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        try:
            addresses = await self._guard.checked_addresses(host, port)
        except CrawlError as exc:  # BlockedHostError included; httpx maps httpcore errors only
            raise httpcore.ConnectError(str(exc)) from exc
        failure: Exception = httpcore.ConnectError(f"no address to connect to for {host!r}")
        for address in addresses:
            try:
                return await self._inner.connect_tcp(
                    address, port, timeout, local_address, socket_options
                )
            except httpcore.ConnectError as exc:
                failure = exc
        raise failure


def pin_connections_to_checked_addresses(
    transport: httpx.AsyncHTTPTransport, guard: HostGuard
) -> httpx.AsyncHTTPTransport:
    """``transport`` with its connection pool connecting through ``GuardedNetworkBackend``."""
    pool = connection_pool(transport)
    pool._network_backend = GuardedNetworkBackend(guard, pool._network_backend)
    return transport

"""SSRF guard: a catalog entry (or a redirect) must not make netdir call into private networks."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable

from netdir.crawl.exceptions import BlockedHostError, CrawlError

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
        blocked = [address for address in addresses if not is_public_address(address)]
        if blocked or not addresses:
            raise BlockedHostError(
                f"refused: host {host!r} resolves to non-public address(es) "
                f"{', '.join(blocked) or 'none'}",
                url=url,
                hint=_ALLOW_HINT,
            )

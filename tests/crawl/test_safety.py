"""Which addresses count as public: everything else is refused unless allow_private_hosts."""

from __future__ import annotations

import pytest

from netdir.crawl.exceptions import BlockedHostError, CrawlError
from netdir.crawl.safety import HostGuard, is_public_address
from tests.crawl.helpers import run


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.178.1",
        "169.254.169.254",  # cloud metadata service
        "100.64.0.1",  # carrier-grade NAT
        "0.0.0.0",
        "224.0.0.251",
        "240.0.0.1",
        "::1",
        "fe80::1%eth0",
        "fd12:3456::1",
        "ff02::1",
        "::ffff:127.0.0.1",
    ],
)
def test_non_public_addresses(address: str) -> None:
    assert not is_public_address(address)


@pytest.mark.parametrize("address", ["93.184.216.34", "194.95.1.1", "2a00:1450:4001:82b::2003"])
def test_public_addresses(address: str) -> None:
    assert is_public_address(address)


def test_ip_literal_hosts_are_judged_without_dns() -> None:
    async def no_dns(host: str, port: int) -> list[str]:
        raise AssertionError("an IP literal must not be resolved")

    guard = HostGuard(allow_private_hosts=False, resolver=no_dns)
    with pytest.raises(BlockedHostError):
        run(guard.check("http://[::1]:8080/", "::1", 8080))


def test_dns_failure_is_a_crawl_error_naming_host_and_hint() -> None:
    async def failing(host: str, port: int) -> list[str]:
        raise OSError("Name or service not known")

    guard = HostGuard(allow_private_hosts=False, resolver=failing)
    with pytest.raises(CrawlError, match=r"gibt-es-nicht\.example") as caught:
        run(guard.check("https://gibt-es-nicht.example/", "gibt-es-nicht.example", 443))
    assert not isinstance(caught.value, BlockedHostError)
    assert "DNS" in (caught.value.hint or "")

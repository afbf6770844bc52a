"""The per-host delay counts from the moment a request is written, not only from its slot."""

from __future__ import annotations

import asyncio

from netdir.crawl.politeness import PolitenessGate, request_sent, trace_request_sent
from tests.crawl.test_clock_and_details import VirtualClock


async def _two_requests(write_lag: float, *, tell_gate: bool) -> list[float]:
    clock = VirtualClock()
    gate = PolitenessGate(16, clock)
    starts: list[float] = []

    async def one(first: bool) -> None:
        async with gate.slot("h", limit=4, delay=0.25):
            starts.append(clock.now)
            if first:
                clock.now += write_lag  # a new connection on a busy machine: written late
                if tell_gate:
                    request_sent()
            await asyncio.sleep(0)

    await asyncio.gather(one(True), one(False))
    return starts


def test_a_request_written_late_pushes_the_next_start_back() -> None:
    first, second = asyncio.run(_two_requests(0.12, tell_gate=True))
    assert round(second - first, 6) == 0.37  # 0.12 until it was written, then the full delay


def test_without_the_news_the_delay_counts_from_the_slot() -> None:
    first, second = asyncio.run(_two_requests(0.12, tell_gate=False))
    assert round(second - first, 6) == 0.25


def test_a_write_within_the_delay_of_a_later_start_never_moves_it_back() -> None:
    async def scenario() -> float:
        clock = VirtualClock()
        gate = PolitenessGate(16, clock)
        async with gate.slot("h", limit=4, delay=0.25):
            pass
        clock.now += 5
        async with gate.slot("h", limit=4, delay=0.25):
            start = clock.now
            clock.now -= 3  # a stale report cannot make the host's last start earlier
            request_sent()
            clock.now += 3
        async with gate.slot("h", limit=4, delay=0.25):
            return clock.now - start

    assert round(asyncio.run(scenario()), 6) == 0.25


def test_outside_a_slot_the_news_is_ignored() -> None:
    request_sent()  # no slot in this task: nothing to tell, nothing raised
    asyncio.run(trace_request_sent("http11.send_request_headers.complete", {}))


def test_httpcore_trace_tells_the_gate_when_the_headers_are_out() -> None:
    async def scenario(event: str) -> float:
        clock = VirtualClock()
        gate = PolitenessGate(16, clock)
        async with gate.slot("h", limit=4, delay=0.25):
            first = clock.now
            clock.now += 0.1
            await trace_request_sent(event, {})
        async with gate.slot("h", limit=4, delay=0.25):
            return clock.now - first

    assert round(asyncio.run(scenario("http11.send_request_headers.complete")), 6) == 0.35
    assert round(asyncio.run(scenario("connection.connect_tcp.complete")), 6) == 0.25

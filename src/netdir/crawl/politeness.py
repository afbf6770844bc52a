"""Per-host politeness shared by every source of a run: concurrency, spacing, server pauses."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Protocol


class Clock(Protocol):
    """Time as the crawler sees it; tests inject a fast or fake one."""

    def monotonic(self) -> float: ...

    async def sleep(self, seconds: float) -> None: ...


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


@dataclass
class _HostState:
    active: int = 0
    changed: asyncio.Condition = field(default_factory=asyncio.Condition)
    # Held while a request waits for its start time, so starts on one host keep their spacing.
    start_order: asyncio.Lock = field(default_factory=asyncio.Lock)
    last_start: float = float("-inf")
    not_before: float = float("-inf")  # set by Retry-After: no request to this host before it


class PolitenessGate:
    """Admits a request when its host and the whole run have room for it.

    ``limit`` and ``delay`` come with each request because sources on the same host may have
    different settings; the stricter one applies to that source's own requests, and every
    request counts against the host for everybody.
    """

    def __init__(self, concurrency: int, clock: Clock) -> None:
        self._overall = asyncio.Semaphore(concurrency)
        self._hosts: dict[str, _HostState] = {}
        self._clock = clock
        self.in_flight = 0  # requests admitted and not yet finished

    def _state(self, host: str) -> _HostState:
        if host not in self._hosts:
            self._hosts[host] = _HostState()
        return self._hosts[host]

    def pause_host(self, host: str, seconds: float) -> None:
        """The server asked us to wait (Retry-After): hold every request to it until then."""
        state = self._state(host)
        state.not_before = max(state.not_before, self._clock.monotonic() + seconds)

    @asynccontextmanager
    async def slot(self, host: str, *, limit: int, delay: float) -> AsyncIterator[None]:
        state = self._state(host)
        async with state.changed:
            await state.changed.wait_for(lambda: state.active < limit)
            state.active += 1
        try:
            async with state.start_order:
                while True:
                    ready_at = max(state.last_start + delay, state.not_before)
                    wait = ready_at - self._clock.monotonic()
                    if wait <= 0:
                        break
                    await self._clock.sleep(wait)
                await self._overall.acquire()
                state.last_start = self._clock.monotonic()
            self.in_flight += 1
            try:
                yield
            finally:
                self.in_flight -= 1
                self._overall.release()
        finally:
            async with state.changed:
                state.active -= 1
                state.changed.notify_all()

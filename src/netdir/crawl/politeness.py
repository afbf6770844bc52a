"""Per-host politeness shared by every source of a run: concurrency, spacing, server pauses."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from contextvars import ContextVar
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


# The slot's "the request is on the wire now" callback for the task that holds the slot. A
# context variable because the moment is known only deep in the sender (after the connection is
# open and the request written), several calls below the slot.
_ON_SENT: ContextVar[Callable[[], None] | None] = ContextVar("netdir_on_request_sent", default=None)


def request_sent() -> None:
    """Tell the politeness gate that this task's request has just been written to the server."""
    on_sent = _ON_SENT.get()
    if on_sent is not None:
        on_sent()


async def trace_request_sent(event_name: str, info: dict[str, object]) -> None:
    """httpcore's ``trace`` extension: the request is written once its headers are sent."""
    if event_name.endswith("send_request_headers.complete"):
        request_sent()


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

            def sent() -> None:
                # The server sees the request when it is written, which on a busy machine or a
                # new connection can be well after the slot's start: the next start keeps its
                # delay from that moment too, so the spacing holds as the server sees it.
                state.last_start = max(state.last_start, self._clock.monotonic())

            reset = _ON_SENT.set(sent)
            self.in_flight += 1
            try:
                yield
            finally:
                _ON_SENT.reset(reset)
                self.in_flight -= 1
                self._overall.release()
        finally:
            async with state.changed:
                state.active -= 1
                state.changed.notify_all()

"""The extraction pool's worker slots, handed out to urgent jobs first.

A page whose next-page link its host's crawl awaits (the worker finds it, see
``ExtractionPool.read``) is urgent: until its answer, that host sends no request. Pages whose
link the crawl found itself are not. At a first run's start every page crawled while the
extractors were imported (~1 s) queues at once; in arrival order each awaited link came after
that backlog, and every host's crawl stood still meanwhile. Same work, another order."""

from __future__ import annotations

import asyncio
from collections import deque


class JobSlots:
    """``count`` slots; a waiting urgent job gets the next free one before any other."""

    def __init__(self, count: int) -> None:
        self._free = count
        self._urgent: deque[asyncio.Future[None]] = deque()
        self._other: deque[asyncio.Future[None]] = deque()

    def locked(self) -> bool:
        """Whether a job asking now would wait."""
        return self._free == 0 or bool(self._urgent or self._other)

    async def acquire(self, *, urgent: bool = False) -> None:
        if not self.locked():
            self._free -= 1
            return
        waiting = self._urgent if urgent else self._other
        granted: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        waiting.append(granted)
        try:
            await granted
        except asyncio.CancelledError:
            if granted.done() and not granted.cancelled():
                self.release()  # given a slot as it was cancelled: the next job takes it
            elif granted in waiting:  # release() may have dropped it as done already
                waiting.remove(granted)
            raise

    def release(self) -> None:
        for waiting in (self._urgent, self._other):
            while waiting:
                granted = waiting.popleft()
                if not granted.done():
                    granted.set_result(None)
                    return
        self._free += 1

"""Closing the extraction pool: idle workers leave on the hang-up, none is killed after a wait."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from netdir.catalog.model import Source
from netdir.extract.isolation import ExtractionPool
from netdir.records import Page

SOURCE = Source(id="quiet", name="Quiet", start_urls=["http://127.0.0.1/"])


def test_idle_workers_exit_on_their_own_when_the_pool_closes() -> None:
    url = "http://127.0.0.1/termine/"
    listing = Page(SOURCE.id, url, url, 200, datetime.now(UTC), content_type="text/html", text="")

    async def use_and_close() -> list[int | None]:
        pool = ExtractionPool(deadline_seconds=10, workers=2)
        async with pool:
            await asyncio.gather(*(pool.extract(listing, SOURCE) for _ in range(4)))
            workers = list(pool._idle)
        assert len(workers) == 2  # both forked: the younger holds a copy of the elder's pipe
        return [worker.process.exitcode for worker in workers]

    # 0: each returned from its loop on EOF; -9 would be a SIGKILL after the join timed out
    # (the worker's inherited copy of its own pipe's parent end kept EOF away: ~2 s a worker).
    assert asyncio.run(use_and_close()) == [0, 0]

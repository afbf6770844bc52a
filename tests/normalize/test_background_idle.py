"""BackgroundNormalizer.idle: while the caller is idle (a polite crawl waiting out its delays),
submitted records go to the worker at once instead of waiting for a full batch."""

from __future__ import annotations

import asyncio

from netdir.normalize import normalize_all
from netdir.normalize.background import BATCH_RECORDS, BackgroundNormalizer
from netdir.normalize.stage import Prepared
from netdir.records import RawRecord
from tests.normalize.conftest import TODAY
from tests.normalize.dedup_set_large import LARGE_DEDUP_SET, LARGE_DEDUP_SOURCES

RECORDS = [item.record for item in LARGE_DEDUP_SET][:30]


async def _submitted(records: list[RawRecord], *, idle: bool) -> tuple[Prepared, int]:
    """What the worker did of ``records`` (submitted a page of 10 at a time) once it finished
    what it was sent, and how many were normalized here instead."""
    async with BackgroundNormalizer(TODAY, LARGE_DEDUP_SOURCES) as normalizer:
        normalizer.idle = lambda: idle
        normalizer.start()
        for first in range(0, len(records), 10):
            normalizer.submit(records[first : first + 10])
        for _, _, future in normalizer._batches:
            future.result(timeout=60)
        return normalizer.prepared(TODAY), normalizer.taken_over


def test_an_idle_caller_sends_each_page_to_the_worker_at_once() -> None:
    assert len(RECORDS) < BATCH_RECORDS
    prepared, here = asyncio.run(_submitted(RECORDS, idle=True))
    assert here == 0
    assert all(isinstance(prepared(raw), int) for raw in RECORDS)  # held by the worker
    assert normalize_all(
        RECORDS, today=TODAY, sources=LARGE_DEDUP_SOURCES, prepared=prepared
    ) == normalize_all(RECORDS, today=TODAY, sources=LARGE_DEDUP_SOURCES)


def test_a_busy_caller_gathers_a_batch_first() -> None:
    prepared, here = asyncio.run(_submitted(RECORDS, idle=False))
    assert here == len(RECORDS)  # fewer than a batch: normalized here after the crawl
    prepared.release()

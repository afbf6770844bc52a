"""The extraction pool's slots: a page whose next link the crawl awaits goes before the backlog
of pages whose links the crawl found itself (issue #12: at a first run's start every host's crawl
stood still while the workers read the pages queued during the imports)."""

from __future__ import annotations

import asyncio

from netdir.extract.job_slots import JobSlots


async def _order(jobs: list[tuple[str, bool]]) -> list[str]:
    """Queue ``jobs`` (name, urgent) behind one held slot, free it, and note who ran in turn."""
    slots = JobSlots(1)
    await slots.acquire()
    ran: list[str] = []

    async def job(name: str, urgent: bool) -> None:
        await slots.acquire(urgent=urgent)
        ran.append(name)
        await asyncio.sleep(0)
        slots.release()

    tasks = [asyncio.ensure_future(job(name, urgent)) for name, urgent in jobs]
    await asyncio.sleep(0)  # all waiting now
    assert slots.locked()
    slots.release()
    await asyncio.gather(*tasks)
    assert not slots.locked()
    return ran


def test_an_awaited_link_jumps_the_backlog_and_the_rest_keep_their_order() -> None:
    jobs = [("page 1", False), ("page 2", False), ("link a", True), ("page 3", False)]
    jobs.append(("link b", True))
    assert asyncio.run(_order(jobs)) == ["link a", "link b", "page 1", "page 2", "page 3"]


def test_a_job_cancelled_while_waiting_or_once_granted_leaves_no_slot_taken() -> None:
    async def run() -> list[str]:
        slots = JobSlots(1)
        await slots.acquire()
        waiting = asyncio.ensure_future(slots.acquire())
        granted = asyncio.ensure_future(slots.acquire(urgent=True))
        after = asyncio.ensure_future(slots.acquire())
        await asyncio.sleep(0)
        waiting.cancel()  # cancelled while waiting: dropped from the queue
        await asyncio.sleep(0)
        slots.release()  # the urgent one is granted ...
        granted.cancel()  # ... and cancelled before it ran: the slot passes on
        await asyncio.gather(waiting, granted, return_exceptions=True)
        await asyncio.wait_for(after, 1)
        slots.release()
        return ["free" if not slots.locked() else "held"]

    assert asyncio.run(run()) == ["free"]

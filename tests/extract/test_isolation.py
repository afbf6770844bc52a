"""Extraction in worker processes: same records as in-process, a deadline, crashes contained."""

from __future__ import annotations

import asyncio
import os
import time
from datetime import UTC, datetime
from typing import Any

import pytest

from netdir.catalog.model import Source
from netdir.extract import extract_page, isolation
from netdir.extract.isolation import ExtractionPool
from netdir.records import Page, RawRecord

SOURCE = Source(id="hostile", name="Hostile", start_urls=["http://127.0.0.1/"])
EVENT_JSONLD = (
    '<script type="application/ld+json">'
    '{"@type": "Event", "name": "Fachtag Digitale Verwaltung", "startDate": "2027-03-12"}'
    "</script>"
)


def page(html: str, url: str = "http://127.0.0.1/termine/") -> Page:
    return Page(SOURCE.id, url, url, 200, datetime.now(UTC), content_type="text/html", text=html)


def run(coroutine: Any) -> Any:
    return asyncio.run(coroutine)


def test_the_pool_yields_the_same_records_as_extracting_in_process() -> None:
    listing = page(f"<html><head>{EVENT_JSONLD}</head><body></body></html>")

    async def both() -> list[RawRecord]:
        async with ExtractionPool(deadline_seconds=10, workers=2) as pool:
            return (await pool.extract(listing, SOURCE)).records

    assert run(both()) == extract_page(listing, SOURCE).records


def test_a_page_over_the_deadline_becomes_an_issue_and_the_pool_goes_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real_job = isolation._run_job

    def job_that_hangs_on_trap_pages(job: tuple[str, tuple[Any, ...]]) -> Any:
        if "trap" in job[1][0].url:
            time.sleep(60)
        return real_job(job)

    # Workers are forked on first use, so they run the patched function.
    monkeypatch.setattr(isolation, "_run_job", job_that_hangs_on_trap_pages)
    trap = page("<p>x</p>", url="http://127.0.0.1/trap/")
    good = page(EVENT_JSONLD)

    async def scenario() -> tuple[Any, Any, float, isolation.PoolStats, int]:
        async with ExtractionPool(deadline_seconds=0.5, workers=1) as pool:
            # A worker that forks and takes its first job is runnable, not asleep: on a loaded
            # CI host that start alone was stretched twice. A warm worker sleeps on the trap.
            await pool.extract(good, SOURCE)
            stretched_before = pool.stats.deadlines_stretched
            started = time.perf_counter()
            trapped = await pool.extract(trap, SOURCE)
            elapsed = time.perf_counter() - started
            stretched_on_trap = pool.stats.deadlines_stretched - stretched_before
            after = await pool.extract(good, SOURCE)
            return trapped, after, elapsed, pool.stats, stretched_on_trap

    trapped, after, elapsed, stats, stretched_on_trap = run(scenario())
    assert elapsed < 5  # the worker was killed at the deadline, not waited for
    assert trapped.records == []
    [issue] = trapped.issues
    assert (issue.source_id, issue.url, issue.stage) == ("hostile", trap.url, "extract")
    assert "did not finish within 0.5 s" in issue.message
    assert "extract_deadline_seconds" in (issue.hint or "")
    assert [record.title for record in after.records] == ["Fachtag Digitale Verwaltung"]
    assert stats.deadlines_hit == 1
    assert stretched_on_trap == 0  # asleep, not waiting for a CPU: no extra time


def _slow_job(seconds: float, real_job: Any) -> Any:
    def job(job: tuple[str, tuple[Any, ...]]) -> Any:
        if "slow" in job[1][0].url:
            time.sleep(seconds)
        return real_job(job)

    return job


def test_a_page_starved_of_cpu_by_a_busy_machine_is_given_more_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A loaded machine, as the scheduler reports it: the worker is runnable and got no CPU.
    monkeypatch.setattr(isolation, "_run_job", _slow_job(1.0, isolation._run_job))
    monkeypatch.setattr(isolation, "_process_stat", lambda pid: ("R", 0.0))
    slow = page(EVENT_JSONLD, url="http://127.0.0.1/slow/")

    async def scenario() -> tuple[Any, isolation.PoolStats]:
        async with ExtractionPool(deadline_seconds=0.5, workers=1) as pool:
            return await pool.extract(slow, SOURCE), pool.stats

    outcome, stats = run(scenario())
    assert [record.title for record in outcome.records] == ["Fachtag Digitale Verwaltung"]
    assert outcome.issues == []
    assert stats.deadlines_hit == 0 and stats.deadlines_stretched >= 1


def test_a_starved_page_still_stops_at_four_times_its_deadline(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(isolation, "_run_job", _slow_job(60, isolation._run_job))
    monkeypatch.setattr(isolation, "_process_stat", lambda pid: ("R", 0.0))
    slow = page(EVENT_JSONLD, url="http://127.0.0.1/slow/")

    async def scenario() -> tuple[Any, float, isolation.PoolStats]:
        async with ExtractionPool(deadline_seconds=0.4, workers=1) as pool:
            started = time.perf_counter()
            outcome = await pool.extract(slow, SOURCE)
            return outcome, time.perf_counter() - started, pool.stats

    outcome, elapsed, stats = run(scenario())
    assert outcome.records == []
    assert "did not finish within 0.4 s" in outcome.issues[0].message
    assert 1.5 <= elapsed < 10  # 4 x 0.4 s, not the 60 s the page would take
    assert stats.deadlines_hit == 1


def test_a_page_that_burns_its_cpu_is_not_given_more_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Runnable, but it had the CPU: that is the page's own cost, not the machine's load.
    monkeypatch.setattr(isolation, "_run_job", _slow_job(60, isolation._run_job))
    monkeypatch.setattr(isolation, "_process_stat", lambda pid: ("R", 10.0))
    slow = page(EVENT_JSONLD, url="http://127.0.0.1/slow/")

    async def scenario() -> tuple[Any, isolation.PoolStats]:
        async with ExtractionPool(deadline_seconds=0.4, workers=1) as pool:
            return await pool.extract(slow, SOURCE), pool.stats

    outcome, stats = run(scenario())
    assert outcome.records == []
    assert stats.deadlines_hit == 1 and stats.deadlines_stretched == 0


def test_a_worker_that_dies_costs_only_its_page(monkeypatch: pytest.MonkeyPatch) -> None:
    real_job = isolation._run_job

    def job_that_dies_on_crash_pages(job: tuple[str, tuple[Any, ...]]) -> Any:
        if "crash" in job[1][0].url:
            os._exit(9)  # what the kernel's OOM killer or a segfault in C code looks like
        return real_job(job)

    monkeypatch.setattr(isolation, "_run_job", job_that_dies_on_crash_pages)

    async def scenario() -> tuple[Any, Any]:
        async with ExtractionPool(deadline_seconds=10, workers=1) as pool:
            crashed = await pool.extract(page("<p/>", url="http://127.0.0.1/crash/"), SOURCE)
            return crashed, await pool.extract(page(EVENT_JSONLD), SOURCE)

    crashed, after = run(scenario())
    [issue] = crashed.issues
    assert "worker died" in issue.message and issue.url == "http://127.0.0.1/crash/"
    assert len(after.records) == 1


def test_enrichment_failures_leave_the_record_as_it_was(monkeypatch: pytest.MonkeyPatch) -> None:
    def failing_job(job: tuple[str, tuple[Any, ...]]) -> Any:
        raise RuntimeError("parser exploded")

    monkeypatch.setattr(isolation, "_run_job", failing_job)
    record = RawRecord(SOURCE.id, "http://127.0.0.1/termine/", "listing", "Fachtag")

    async def scenario() -> Any:
        async with ExtractionPool(deadline_seconds=10, workers=1) as pool:
            return await pool.enrich(record, page("<p/>", url="http://127.0.0.1/d/"), SOURCE)

    enriched, issue = run(scenario())
    assert enriched is record
    assert issue is not None and "RuntimeError: parser exploded" in issue.message


def test_a_page_that_needs_more_than_its_memory_budget_is_an_issue_naming_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real_job = isolation._run_job

    def job_that_hoards_on_bomb_pages(job: tuple[str, tuple[Any, ...]]) -> Any:
        if "bomb" in job[1][0].url:
            hoard = bytearray(300 * 2**20)  # what a decompressed or expanded page might need
            return len(hoard)
        return real_job(job)

    monkeypatch.setattr(isolation, "_run_job", job_that_hoards_on_bomb_pages)
    bomb = page("<p/>", url="http://127.0.0.1/bomb/")

    async def scenario() -> tuple[Any, Any, isolation.PoolStats]:
        async with ExtractionPool(deadline_seconds=30, workers=1, memory_limit_mb=200) as pool:
            hoarded = await pool.extract(bomb, SOURCE)
            return hoarded, await pool.extract(page(EVENT_JSONLD), SOURCE), pool.stats

    hoarded, after, stats = run(scenario())
    [issue] = hoarded.issues
    assert (issue.source_id, issue.url, issue.stage) == ("hostile", bomb.url, "extract")
    assert "more than the 200 MB of memory" in issue.message
    assert stats.memory_limits_hit == 1 and stats.crashes == 0
    assert len(after.records) == 1, "the same worker reads the next page"


def test_a_page_over_its_cpu_budget_is_stopped_even_under_a_longer_deadline(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real_job = isolation._run_job

    def job_that_spins_on_trap_pages(job: tuple[str, tuple[Any, ...]]) -> Any:
        if "trap" in job[1][0].url:
            while True:  # CPU, not sleep: a regex trap or a quadratic parser
                pass
        return real_job(job)

    monkeypatch.setattr(isolation, "_run_job", job_that_spins_on_trap_pages)
    trap = page("<p/>", url="http://127.0.0.1/trap/")

    async def scenario() -> tuple[Any, Any, float, isolation.PoolStats]:
        # A source whose deadline was raised (a slow legitimate site) still has a CPU budget.
        async with ExtractionPool(deadline_seconds=120, workers=1, cpu_limit_seconds=1) as pool:
            started = time.perf_counter()
            trapped = await pool.extract(trap, SOURCE)
            elapsed = time.perf_counter() - started
            return trapped, await pool.extract(page(EVENT_JSONLD), SOURCE), elapsed, pool.stats

    trapped, after, elapsed, stats = run(scenario())
    [issue] = trapped.issues
    assert issue.url == trap.url and "used up its 1 s of CPU time" in issue.message
    assert stats.cpu_limits_hit == 1 and stats.deadlines_hit == 0
    assert elapsed < 60, "stopped by its CPU budget, long before the wall deadline"
    assert len(after.records) == 1


def test_records_of_different_pages_share_their_provenance_strings() -> None:
    """Records are held until the run is loaded: "jsonld:Event.name" is kept once, not per record;
    so are the extra fields and the texts that repeat (a day, a town), but not the titles."""
    placed = EVENT_JSONLD.replace(
        '"startDate"', '"location": {"name": "Rathaus", "address": "Köln"}, "startDate"'
    )
    first, second = (
        page(placed, "http://127.0.0.1/a/"),
        page(placed, "http://127.0.0.1/b/"),
    )

    async def both() -> list[RawRecord]:
        async with ExtractionPool(deadline_seconds=10, workers=1) as pool:
            return [(await pool.read(one, SOURCE)).result.records[0] for one in (first, second)]

    a, b = run(both())
    assert a == extract_page(first, SOURCE).records[0]
    assert b == extract_page(second, SOURCE).records[0]
    assert a.field_sources is b.field_sources
    assert a.extra is b.extra
    assert a.start is b.start and a.start == "2027-03-12"
    assert a.venue is b.venue and a.venue == "Rathaus"
    assert a.page_url != b.page_url

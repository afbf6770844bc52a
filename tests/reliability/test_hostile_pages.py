"""Every hostile page goes through extraction (worker pool, deadline) and normalization within
5 s of CPU and 200 MB of memory, and never takes the run down."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, date, datetime

import pytest

from netdir.catalog.model import Source
from netdir.extract.isolation import STARVED_DEADLINE_FACTOR, ExtractionPool
from netdir.normalize import normalize_all
from netdir.records import Page
from tests.reliability.hostile_pages import hostile_pages
from tests.reliability.tally import TALLY

SOURCE = Source(id="hostile", name="Hostile", start_urls=["http://127.0.0.1/"])
PAGES = hostile_pages()
CPU_LIMIT_SECONDS = 5.0
MEMORY_LIMIT_MB = 200.0


@pytest.fixture(scope="module", autouse=True)
def gazetteer_loaded() -> None:
    """The place gazetteer loads once per process (seconds): not a cost of any one page."""
    from netdir.normalize.place import parse_place

    parse_place("Berlin")


@pytest.mark.parametrize("name", list(PAGES))
def test_a_hostile_page_costs_bounded_cpu_and_memory(name: str) -> None:
    page = Page(SOURCE.id, "http://127.0.0.1/", "http://127.0.0.1/", 200, datetime.now(UTC),
                content_type="text/html", text=PAGES[name])  # fmt: skip

    async def extract() -> tuple[list[object], list[object], float, float, float, int]:
        async with ExtractionPool(deadline_seconds=CPU_LIMIT_SECONDS, workers=1) as pool:
            started = time.perf_counter()
            result = await pool.extract(page, SOURCE)
            seconds = time.perf_counter() - started
            stats = pool.stats
            return (
                result.records, result.issues, seconds, stats.max_cpu_seconds,
                stats.max_rss_mb, stats.deadlines_stretched,
            )  # fmt: skip

    records, issues, seconds, cpu, rss_mb, stretched = asyncio.run(extract())
    cpu_before = time.process_time()
    normalize_all(records, today=date(2026, 11, 27), sources={SOURCE.id: SOURCE})  # type: ignore[arg-type]
    normalize_cpu = time.process_time() - cpu_before

    TALLY.faults_injected += 1
    TALLY.max_seconds_per_hostile_page = max(TALLY.max_seconds_per_hostile_page, seconds)
    TALLY.max_cpu_seconds_per_hostile_page = max(
        TALLY.max_cpu_seconds_per_hostile_page, cpu + normalize_cpu
    )
    TALLY.max_mb_per_hostile_page = max(TALLY.max_mb_per_hostile_page, rss_mb)
    # Either it finished within the limits, or the deadline killed its worker at 5 s.
    killed = any("did not finish" in str(issue) for issue in issues)
    TALLY.deadline_kills += int(killed)
    # A worker still waiting for a CPU at the deadline (a loaded machine, not a slow page) gets
    # a bounded stretch; a page that burns CPU is stopped at the deadline itself.
    wall_limit = CPU_LIMIT_SECONDS * (STARVED_DEADLINE_FACTOR if stretched else 1)
    assert seconds < wall_limit + 1.5
    assert killed or cpu + normalize_cpu < CPU_LIMIT_SECONDS
    assert rss_mb < MEMORY_LIMIT_MB

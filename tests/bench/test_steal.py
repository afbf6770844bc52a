"""The bench's CPU-steal figures (tests/bench/run.py): a run on a contended host says so."""

from __future__ import annotations

import sys

import pytest

from tests.bench.run import cpu_ticks, row_times, steal_share, steal_text


def test_steal_share_is_the_stolen_part_of_the_ticks_between_two_readings() -> None:
    assert steal_share((1000, 10), (3000, 510)) == pytest.approx(0.25)
    assert steal_share((1000, 10), (1000, 10)) is None  # no time passed: no share
    assert steal_share(None, (3000, 510)) is None  # no /proc/stat


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc/stat is Linux's")
def test_cpu_ticks_read_proc_stat() -> None:
    ticks = cpu_ticks()
    assert ticks is not None
    total, steal = ticks
    assert 0 <= steal <= total


def test_the_machine_line_names_the_bench_steal_and_the_row_that_lost_most() -> None:
    results = {
        "steal": {"bench": 0.07, "rows": {"setup": 0.0, "crawl 5000 pages": 0.21, "x": None}},
        "row_seconds": {"setup": 3.0, "crawl 5000 pages": 200.0, "x": 1.0},
        "bench_seconds": 204.0,
    }
    assert steal_text(results) == ", CPU steal 7.0% over the bench (crawl 5000 pages: 21.0%)"
    assert row_times(results) == (
        "Bench time by row: setup 3 s (steal 0.0%), crawl 5000 pages 200 s (steal 21.0%), x 1 s;"
        " 204 s in all."
    )


def test_results_without_steal_render_as_before() -> None:
    results = {"row_seconds": {"setup": 3.0}, "bench_seconds": 3.0}
    assert steal_text(results) == ""
    assert row_times(results) == "Bench time by row: setup 3 s; 3 s in all."

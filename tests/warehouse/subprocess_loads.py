"""Entry points the concurrency and crash tests run in a separate process.

``python -m tests.warehouse.subprocess_loads hold DB``: open DB for writing, say "holding", wait
for stdin to close. ``… big-load DB N``: load a run of N synthetic offerings and stop inside the
transaction (after every row is written, before COMMIT) saying "inside-transaction", so the test
can kill -9 it there.
"""

from __future__ import annotations

import sys
import time
from datetime import timedelta
from pathlib import Path

from netdir.records import Offering
from netdir.warehouse import Warehouse, load
from tests.warehouse.factories import RUN2_AT, offering, result, run_input
from tests.warehouse.scenario import SOURCES


def big_run_offerings(n: int) -> list[Offering]:
    return [
        offering(
            f"nd-synthetic-{i:06d}",
            f"Fachveranstaltung Nr. {i} zur Verwaltungsdigitalisierung",
            ["kongresse-bund"],
            kind="conference",
            start=f"2027-{i % 12 + 1:02d}-{i % 28 + 1:02d}",
            city="Erfurt",
            state="Thüringen",
            topics=["OZG", "KI"],
            description="Ein Austausch für Beschäftigte aus Bund, Ländern und Kommunen. " * 3,
        )
        for i in range(n)
    ]


def _hold(db: Path) -> None:
    with Warehouse.open(db):
        print("holding", flush=True)
        sys.stdin.read()


def _big_load(db: Path, n: int) -> None:
    write_current = load._write_current

    def write_then_stall(con):  # type: ignore[no-untyped-def]
        write_current(con)
        print("inside-transaction", flush=True)
        time.sleep(120)

    load._write_current = write_then_stall  # type: ignore[assignment]
    with Warehouse.open(db) as warehouse:
        run = run_input(
            "run-killed",
            RUN2_AT + timedelta(days=30),
            SOURCES,
            [result(source.id) for source in SOURCES],
            big_run_offerings(n),
        )
        print("loading", flush=True)
        warehouse.load_run(run)
    print("committed", flush=True)


if __name__ == "__main__":
    command, db_arg, *rest = sys.argv[1:]
    if command == "hold":
        _hold(Path(db_arg))
    else:
        _big_load(Path(db_arg), int(rest[0]))

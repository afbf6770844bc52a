"""Warehouse load throughput: 100k synthetic offerings through ``Warehouse.load_run``.

Compared against the floor: DuckDB reading the same rows from a Parquet file into a table of a
fresh database file. Run: ``.venv/bin/python tests/bench/bench_warehouse.py [N]``.

Rows: the first load (every offering new: history version 1 for each), a second run with the
same content (the common nightly case: diff only, last_seen moves) and a third run where 10 %
moved (diff + history versions).
"""

from __future__ import annotations

import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import duckdb
import pyarrow.parquet as pq

from netdir.catalog.model import Source
from netdir.records import Offering, SourceRef, SourceResult
from netdir.warehouse import RunInput, Warehouse
from netdir.warehouse.arrow_tables import gc_paused, offerings_table

CITIES = [("Berlin", "Berlin"), ("München", "Bayern"), ("Köln", "Nordrhein-Westfalen"),
          ("Leipzig", "Sachsen"), ("Erfurt", "Thüringen"), ("Kiel", "Schleswig-Holstein")]  # fmt: skip
TOPICS = ["KI", "OZG", "Registermodernisierung", "Open Data", "Agilität", "Führung"]
SOURCE_IDS = [f"quelle-{i:02d}" for i in range(20)]


def synthetic_offerings(n: int) -> list[Offering]:
    offerings = []
    for i in range(n):
        city, state = CITIES[i % len(CITIES)]
        source_id = SOURCE_IDS[i % len(SOURCE_IDS)]
        offerings.append(
            Offering(
                id=f"nd-{i:08x}",
                title=f"Fachkongress Digitale Verwaltung {i} – Austausch für Kommunen",
                kind="conference" if i % 3 else "community_of_practice",
                url=f"https://{source_id}.example.org/veranstaltungen/{i}/",
                start=f"2027-{i % 12 + 1:02d}-{i % 28 + 1:02d}T09:30:00+01:00",
                end=f"2027-{i % 12 + 1:02d}-{i % 28 + 1:02d}",
                date_precision="minute",
                date_text=f"{i % 28 + 1}. {i % 12 + 1}. 2027, 9:30 Uhr",
                format=("in_person", "online", "hybrid")[i % 3],
                venue="Rathaus, Großer Saal",
                city=city,
                state=state,
                organizer="Netzwerk Digitale Verwaltung e.V.",
                audience=["Bund", "Land", "Kommune"][: i % 3 + 1],
                topics=TOPICS[i % 4 : i % 4 + 2],
                cost="kostenfrei" if i % 2 else "ab 290 €",
                free=bool(i % 2),
                description="Zwei Tage Vorträge, Werkstätten und Austausch über Verwaltungsdigitalisierung.",
                confidence=0.9,
                sources=[SourceRef(source_id, f"https://{source_id}.example.org/{i}/", "jsonld")],
                field_provenance={"start": source_id, "title": source_id},
            )
        )
    return offerings


def run_of(run_id: str, at: datetime, offerings: list[Offering]) -> RunInput:
    sources = [
        Source(id=sid, name=sid, start_urls=[f"https://{sid}.example.org/"]) for sid in SOURCE_IDS
    ]
    results = [SourceResult(source_id=sid, status="ok", healthy=True) for sid in SOURCE_IDS]
    return RunInput(
        run_id, at, at + timedelta(minutes=5), sources, results, offerings, date(2026, 11, 27)
    )


def _build_without_gc(offerings: list[Offering]) -> None:
    with gc_paused():
        offerings_table(offerings)


def timed(action) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def main(n: int) -> None:
    with gc_paused():
        offerings = synthetic_offerings(n)
    moved = [
        replace(o, start=o.start.replace("T09:30", "T10:00") if o.start else None)
        if i % 10 == 0
        else o
        for i, o in enumerate(offerings)
    ]
    at = datetime(2026, 11, 27, 5, 30, tzinfo=UTC)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        parquet = folder / "offerings.parquet"
        pq.write_table(offerings_table(offerings), parquet)

        def parquet_floor() -> None:
            with duckdb.connect(str(folder / "floor.duckdb")) as con:
                con.execute(f"CREATE TABLE offerings AS SELECT * FROM read_parquet('{parquet}')")

        floor = timed(parquet_floor)
        arrow_build = timed(lambda: _build_without_gc(offerings))

        timings: dict[str, float] = {}
        with Warehouse.open(folder / "netdir.duckdb") as warehouse:
            warehouse.migrate()
            timings["load_run, all new"] = timed(
                lambda: warehouse.load_run(run_of("r1", at, offerings))
            )
            timings["load_run, unchanged"] = timed(
                lambda: warehouse.load_run(run_of("r2", at + timedelta(days=1), offerings))
            )
            timings["load_run, 10 % moved"] = timed(
                lambda: warehouse.load_run(run_of("r3", at + timedelta(days=2), moved))
            )
            _, rows = warehouse.query("SELECT count(*) FROM core.offering_history")
            assert rows[0][0] == n + n // 10, rows

    print(f"warehouse load, {n:,} offerings (duckdb {duckdb.__version__})")
    print(f"{'variant':<34}{'seconds':>9}{'offerings/s':>14}{'× floor':>9}")
    print(f"{'parquet → duckdb table (floor)':<34}{floor:>9.2f}{n / floor:>14,.0f}{1:>9.1f}")
    for name, seconds in timings.items():
        print(f"{name:<34}{seconds:>9.2f}{n / seconds:>14,.0f}{seconds / floor:>9.1f}")
    share = (
        f"{arrow_build:.2f} s ({arrow_build / timings['load_run, all new']:.0%} of the first load)"
    )
    print(f"Python part of each load (offerings → Arrow table): {share}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)

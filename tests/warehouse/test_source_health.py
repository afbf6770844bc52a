"""mart.source_health: last success, records per run and their trend, runs since success."""

from __future__ import annotations

from datetime import timedelta

from netdir.warehouse import Warehouse
from tests.warehouse.factories import RUN1_AT, record, result, run_input, source

LISTING = "https://wp.example.org/termine/"


def _load(warehouse: Warehouse, day: int, records: int, *, status: str = "ok") -> None:
    healthy = status == "ok"
    warehouse.load_run(
        run_input(
            f"run-{day:02d}",
            RUN1_AT + timedelta(days=day),
            [source("wp")],
            [
                result(
                    "wp",
                    status=status,
                    healthy=healthy,
                    records=[record("wp", LISTING, f"Termin {i}") for i in range(records)],
                )
            ],
            [],
        )
    )


def _health(warehouse: Warehouse) -> dict[str, object]:
    columns, rows = warehouse.query("SELECT * FROM mart.source_health WHERE source_id = 'wp'")
    return dict(zip(columns, rows[0], strict=True))


def test_a_source_that_lists_far_fewer_records_trends_down(
    migrated_warehouse: Warehouse,
) -> None:
    for day, records in enumerate([10, 11, 9, 10]):
        _load(migrated_warehouse, day, records)
    assert _health(migrated_warehouse)["trend"] == "flat"

    _load(migrated_warehouse, 4, 4)
    health = _health(migrated_warehouse)
    assert health["trend"] == "down"
    assert (health["records"], health["records_previous"], health["records_change"]) == (4, 10, -6)
    assert health["runs"] == 5 and health["runs_since_success"] == 0


def test_a_failing_source_counts_the_runs_since_it_last_worked(
    migrated_warehouse: Warehouse,
) -> None:
    _load(migrated_warehouse, 0, 5)
    _load(migrated_warehouse, 1, 5, status="failed")
    _load(migrated_warehouse, 2, 0, status="unreachable")
    health = _health(migrated_warehouse)
    assert health["status"] == "unreachable" and health["healthy"] is False
    assert health["last_success"] == RUN1_AT
    assert health["runs_since_success"] == 2 and health["failed_runs"] == 2

"""A failing source's carried offerings: last_seen stays honest, stale_since says since when,
and after retire_after_days they are retired with a history version — never silently."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from netdir.warehouse import Warehouse
from tests.warehouse.factories import offering, result, run_input, source

DAY1 = datetime(2026, 11, 1, 5, 30, tzinfo=UTC)
SOURCES = [source("kongresse"), source("netzwerke")]
CONGRESS = offering("o-kongress", "Kongress Verwaltung Digital", ["kongresse"], status="scheduled")
NETWORK = offering("o-netz", "Netzwerk Digitale Verwaltung", ["netzwerke"], status="scheduled")


def load_day(
    warehouse: Warehouse, day: int, *, kongresse: str, retire_after_days: int = 14
) -> None:
    """One nightly run: ``netzwerke`` always answers; ``kongresse`` answers or fails, and its
    failing run still carries its offering (as the pipeline does)."""
    at = DAY1 + timedelta(days=day)
    results = [
        result("kongresse", status=kongresse, healthy=kongresse == "ok"),
        result("netzwerke"),
    ]
    run = replace(
        run_input(f"run-{day:02d}", at, SOURCES, results, [CONGRESS, NETWORK]),
        retire_after_days=retire_after_days,
    )
    warehouse.load_run(run)


def overview(warehouse: Warehouse) -> dict[str, dict[str, Any]]:
    return {row["id"]: row for row in warehouse.overview_rows()}


def test_carried_offerings_keep_last_seen_and_say_since_when_they_are_stale(
    migrated_warehouse: Warehouse,
) -> None:
    load_day(migrated_warehouse, 0, kongresse="ok")
    load_day(migrated_warehouse, 1, kongresse="failed")
    load_day(migrated_warehouse, 2, kongresse="unreachable")
    rows = overview(migrated_warehouse)
    assert rows["o-kongress"]["last_seen"] == DAY1.isoformat()  # not moved by carrying
    assert rows["o-kongress"]["stale_since"] == (DAY1 + timedelta(days=1)).isoformat()
    assert rows["o-netz"]["last_seen"] == (DAY1 + timedelta(days=2)).isoformat()
    assert rows["o-netz"]["stale_since"] is None

    load_day(migrated_warehouse, 3, kongresse="ok")  # the source is back
    rows = overview(migrated_warehouse)
    assert rows["o-kongress"]["last_seen"] == (DAY1 + timedelta(days=3)).isoformat()
    assert rows["o-kongress"]["stale_since"] is None


def test_after_retire_after_days_a_stale_offering_is_retired_with_a_history_version(
    migrated_warehouse: Warehouse,
) -> None:
    load_day(migrated_warehouse, 0, kongresse="ok")
    for day in range(1, 4):
        load_day(migrated_warehouse, day, kongresse="failed", retire_after_days=3)
    assert "o-kongress" in overview(migrated_warehouse)  # days 1-3: stale, still listed
    load_day(migrated_warehouse, 4, kongresse="failed", retire_after_days=3)  # 3 days stale

    rows = overview(migrated_warehouse)
    assert "o-kongress" not in rows and "o-netz" in rows
    _, [(status,)] = migrated_warehouse.query(
        "SELECT status FROM core.offerings WHERE id = 'o-kongress'"
    )
    assert status == "retired"
    _, changes = migrated_warehouse.query(
        "SELECT change, run_id FROM mart.changes WHERE offering_id = 'o-kongress' ORDER BY version"
    )
    assert changes == [("added", "run-00"), ("retired", "run-04")]

    load_day(migrated_warehouse, 5, kongresse="failed", retire_after_days=3)  # still failing
    _, versions = migrated_warehouse.query(
        "SELECT count(*) FROM core.offering_history WHERE offering_id = 'o-kongress'"
    )
    assert versions == [(2,)]  # retired once, not again every night

    load_day(migrated_warehouse, 6, kongresse="ok", retire_after_days=3)  # back: reappears
    rows = overview(migrated_warehouse)
    assert rows["o-kongress"]["stale_since"] is None
    _, [(last_change,)] = migrated_warehouse.query(
        "SELECT change FROM mart.changes WHERE offering_id = 'o-kongress' "
        "ORDER BY version DESC LIMIT 1"
    )
    assert last_change == "reappeared"


def test_history_intervals_stay_gapless_through_stale_and_retired(
    migrated_warehouse: Warehouse,
) -> None:
    load_day(migrated_warehouse, 0, kongresse="ok")
    for day in range(1, 4):
        load_day(migrated_warehouse, day, kongresse="failed", retire_after_days=2)
    load_day(migrated_warehouse, 4, kongresse="ok", retire_after_days=2)
    _, intervals = migrated_warehouse.query(
        "SELECT valid_from, valid_to FROM core.offering_history "
        "WHERE offering_id = 'o-kongress' ORDER BY version"
    )
    for (_, valid_to), (next_from, _) in itertools.pairwise(intervals):
        assert valid_to == next_from
    assert intervals[-1][1] is None


def test_a_refresh_of_other_sources_neither_confirms_nor_stales(
    migrated_warehouse: Warehouse,
) -> None:
    load_day(migrated_warehouse, 0, kongresse="ok")
    at = DAY1 + timedelta(days=1)
    only_networks = run_input(
        "run-only-netz", at, SOURCES, [result("netzwerke")], [CONGRESS, NETWORK]
    )
    migrated_warehouse.load_run(only_networks)  # refresh --source netzwerke
    rows = overview(migrated_warehouse)
    assert rows["o-kongress"]["last_seen"] == DAY1.isoformat()
    assert rows["o-kongress"]["stale_since"] is None

"""Fixtures: warehouse files in tmp_path, empty, migrated, or loaded with the two-run scenario."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from netdir.warehouse import Warehouse
from tests.warehouse.scenario import Scenario, build_scenario


@pytest.fixture
def scenario() -> Scenario:
    return build_scenario()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "warehouse" / "netdir.duckdb"


@pytest.fixture
def migrated_warehouse(db_path: Path) -> Iterator[Warehouse]:
    with Warehouse.open(db_path) as warehouse:
        warehouse.migrate()
        yield warehouse


@pytest.fixture
def warehouse_after_two_runs(migrated_warehouse: Warehouse, scenario: Scenario) -> Warehouse:
    migrated_warehouse.load_run(scenario.run1)
    migrated_warehouse.load_run(scenario.run2)
    return migrated_warehouse


def count(warehouse: Warehouse, sql: str, params: list[object] | None = None) -> int:
    _, rows = warehouse.query(sql, params)
    return int(rows[0][0])

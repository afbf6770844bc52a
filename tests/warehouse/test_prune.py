"""Retention: old page bodies go, validators, records and offering history stay."""

from __future__ import annotations

import pytest

from netdir.warehouse import Warehouse, WarehouseError
from tests.warehouse.conftest import count
from tests.warehouse.scenario import LISTING, Scenario


def test_prune_drops_only_bodies_older_than_the_kept_runs(
    warehouse_after_two_runs: Warehouse, scenario: Scenario
) -> None:
    history = count(warehouse_after_two_runs, "SELECT count(*) FROM core.offering_history")
    records = count(warehouse_after_two_runs, "SELECT count(*) FROM raw.records")
    run1_bodies = sum(1 for r in scenario.run1.results for p in r.pages if p.body)

    assert warehouse_after_two_runs.prune(keep_runs=1) == run1_bodies

    assert (
        count(
            warehouse_after_two_runs,
            "SELECT count(*) FROM raw.pages WHERE run_id = ? AND body IS NOT NULL",
            [scenario.run1.run_id],
        )
        == 0
    )
    assert (
        count(
            warehouse_after_two_runs,
            "SELECT count(*) FROM raw.pages WHERE run_id = ? AND body IS NOT NULL",
            [scenario.run2.run_id],
        )
        == 1
    )  # the changed conference page; the 304 and the 503 never had one
    assert (
        count(
            warehouse_after_two_runs,
            "SELECT count(*) FROM raw.pages WHERE pruned_at IS NOT NULL",
        )
        == run1_bodies
    )
    assert count(warehouse_after_two_runs, "SELECT count(*) FROM core.offering_history") == history
    assert count(warehouse_after_two_runs, "SELECT count(*) FROM raw.records") == records
    validators = warehouse_after_two_runs.prior_state("kongresse-bund").validators[LISTING]
    assert validators.etag and validators.content_hash
    assert warehouse_after_two_runs.prune(keep_runs=1) == 0


def test_prune_keeping_every_run_drops_nothing(warehouse_after_two_runs: Warehouse) -> None:
    assert warehouse_after_two_runs.prune(keep_runs=2) == 0


def test_prune_refuses_to_keep_no_run(warehouse_after_two_runs: Warehouse) -> None:
    with pytest.raises(WarehouseError, match="at least 1"):
        warehouse_after_two_runs.prune(keep_runs=0)

"""A load that fails part-way leaves no trace, and says which source and page broke it."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from netdir.warehouse import Warehouse, WarehouseError
from tests.warehouse.conftest import count
from tests.warehouse.factories import RUN2_AT, page, result, run_input, source
from tests.warehouse.scenario import KONGRESS, Scenario


def test_a_page_without_time_zone_fails_the_load_and_rolls_back_the_catalog_rows(
    warehouse_after_two_runs: Warehouse,
) -> None:
    naive = page("neue-quelle", "https://neu.example.org/", "<html/>", RUN2_AT.replace(tzinfo=None))
    broken = run_input(
        "run-naive",
        RUN2_AT + timedelta(days=1),
        [source("neue-quelle")],  # written before the pages: must vanish with the rollback
        [result("neue-quelle", pages=[naive])],
        [],
    )
    with pytest.raises(WarehouseError) as error:
        warehouse_after_two_runs.load_run(broken)
    assert "[neue-quelle] https://neu.example.org/" in str(error.value)
    assert "time zone" in str(error.value)
    assert (
        count(
            warehouse_after_two_runs,
            "SELECT count(*) FROM core.sources WHERE source_id = 'neue-quelle'",
        )
        == 0
    )
    assert count(warehouse_after_two_runs, "SELECT count(*) FROM core.runs") == 2


def test_duplicate_offering_ids_are_refused_naming_one(
    warehouse_after_two_runs: Warehouse, scenario: Scenario
) -> None:
    doubled = replace(
        scenario.run2,
        run_id="run-doubled",
        offerings=[*scenario.run2.offerings, KONGRESS],
    )
    with pytest.raises(WarehouseError, match=KONGRESS.id):
        warehouse_after_two_runs.load_run(doubled)
    assert count(warehouse_after_two_runs, "SELECT count(*) FROM core.runs") == 2
    # The warehouse is still usable after the refused load.
    again = warehouse_after_two_runs.load_run(scenario.run2)
    assert again.added == 0

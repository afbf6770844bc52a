"""The merged offerings handed to the load as an Arrow IPC file (netdir.warehouse.offerings_file):
the load reads from it what it reads from the list of offerings, and refuses the same things."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from netdir.warehouse import Warehouse, WarehouseError
from netdir.warehouse.offerings_file import offerings_path, write_offerings_file
from tests.warehouse.conftest import count
from tests.warehouse.factories import RUN1_AT, offering, run_input, source

SOURCES = [source("alpha"), source("beta")]
OFFERINGS = [
    offering(f"o-{n}", f"Fachtag Registermodernisierung {n}", ["alpha", "beta"][: 1 + n % 2])
    for n in range(12)
]
READ_BACK = (
    "SELECT id, title, kind, url, start_iso, sources, field_provenance, status "
    "FROM core.offerings ORDER BY id"
)


def test_a_load_from_the_file_holds_what_a_load_from_the_list_holds(
    migrated_warehouse: Warehouse, tmp_path: Path
) -> None:
    with offerings_path(tmp_path) as path:
        written = write_offerings_file(OFFERINGS, path)
        assert len(written) == 12 and written.duplicate_ids == ()
        summary = migrated_warehouse.load_run(
            replace(run_input("run-1", RUN1_AT, SOURCES, [], []), offerings=written)
        )
    assert not path.exists()  # removed at the block's end
    _, from_file = migrated_warehouse.query(READ_BACK)

    again = tmp_path / "again.duckdb"
    with Warehouse.open(again) as other:
        other.migrate()
        other.load_run(run_input("run-1", RUN1_AT, SOURCES, [], OFFERINGS))
        _, from_list = other.query(READ_BACK)
    assert summary.added == 12
    assert from_file == from_list
    assert count(migrated_warehouse, "SELECT count(*) FROM core.offering_history") == 12


def test_duplicate_ids_in_the_file_are_refused_as_in_a_list(
    migrated_warehouse: Warehouse, tmp_path: Path
) -> None:
    twice = [*OFFERINGS, replace(OFFERINGS[0], title="Fachtag Registermodernisierung again")]
    written = write_offerings_file(twice, tmp_path / "offerings.arrows")
    assert written.duplicate_ids == ("o-0",)
    with pytest.raises(WarehouseError, match="offering ids must be unique per run"):
        migrated_warehouse.load_run(
            replace(run_input("run-1", RUN1_AT, SOURCES, [], []), offerings=written)
        )

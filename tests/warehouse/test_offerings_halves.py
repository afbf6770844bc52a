"""The merged offerings' file written by two processes (netdir.warehouse.offerings_halves): the
same bytes as one process writes, whether the forked child makes its half or fails to."""

from __future__ import annotations

import os
from copy import deepcopy
from pathlib import Path

import pytest

from netdir.records import Offering
from netdir.warehouse import arrow_tables, offerings_halves
from netdir.warehouse.offerings_file import write_offerings_file
from netdir.warehouse.offerings_halves import write_offerings_halves
from tests.warehouse.factories import offering

OFFERINGS = [
    offering(f"o-{n}", f"Fachtag Registermodernisierung {n}", ["alpha", "beta"][: 1 + n % 2])
    for n in range(23)
]


@pytest.fixture(autouse=True)
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches of 4 and a fork from 8 offerings on: the bench's sizes, scaled down."""
    monkeypatch.setattr(arrow_tables, "BATCH_ROWS", 4)
    monkeypatch.setattr(offerings_halves, "MIN_FORKED_OFFERINGS", 8)


def _marked(offering: Offering) -> Offering:
    offering.title = f"{offering.title} (finished)"
    return offering


def _one_process(tmp_path: Path) -> bytes:
    finished = [_marked(o) for o in deepcopy(OFFERINGS)]
    write_offerings_file(finished, tmp_path / "one.arrows")
    return (tmp_path / "one.arrows").read_bytes()


def test_two_processes_write_the_bytes_one_writes(tmp_path: Path) -> None:
    written = write_offerings_halves(deepcopy(OFFERINGS), tmp_path / "two.arrows", _marked)
    assert (tmp_path / "two.arrows").read_bytes() == _one_process(tmp_path)
    assert written.count == 23 and written.duplicate_ids == ()
    # the child's file is gone
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one.arrows", "two.arrows"]


def test_a_failing_child_leaves_its_half_to_the_parent(tmp_path: Path) -> None:
    parent = os.getpid()

    def fails_in_the_child(offering: Offering) -> Offering:
        if os.getpid() != parent:
            raise RuntimeError("child fails")
        return _marked(offering)

    write_offerings_halves(deepcopy(OFFERINGS), tmp_path / "two.arrows", fails_in_the_child)
    assert (tmp_path / "two.arrows").read_bytes() == _one_process(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one.arrows", "two.arrows"]


def test_a_hanging_child_is_ended_and_its_half_made_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(offerings_halves, "CHILD_DEADLINE_SECONDS", 0.2)
    monkeypatch.setattr(offerings_halves, "CHILD_DEADLINE_FACTOR", 0.0)
    parent = os.getpid()

    def hangs_in_the_child(offering: Offering) -> Offering:
        if os.getpid() != parent:
            import time

            time.sleep(60)
        return _marked(offering)

    write_offerings_halves(deepcopy(OFFERINGS), tmp_path / "two.arrows", hangs_in_the_child)
    assert (tmp_path / "two.arrows").read_bytes() == _one_process(tmp_path)


def test_few_offerings_are_written_without_a_fork(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_fork() -> int:
        raise AssertionError("forked")

    monkeypatch.setattr(os, "fork", no_fork)
    few = deepcopy(OFFERINGS[:7])
    write_offerings_halves(few, tmp_path / "two.arrows", _marked)
    finished = [_marked(o) for o in deepcopy(OFFERINGS[:7])]
    write_offerings_file(finished, tmp_path / "one.arrows")
    assert (tmp_path / "two.arrows").read_bytes() == (tmp_path / "one.arrows").read_bytes()

"""Page bodies set aside on disk during the crawl come back byte for byte at the load, and a
body that cannot be written stays in memory (issue #12: memory flat in pages)."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from netdir.warehouse import Warehouse
from netdir.warehouse import body_spool as body_spool_module
from netdir.warehouse.body_spool import BodySpool
from tests.warehouse.conftest import count
from tests.warehouse.factories import RUN1_AT, page, result, run_input, source


def test_a_body_set_aside_leaves_memory_and_reads_back_identical(tmp_path: Path) -> None:
    spool = BodySpool(tmp_path)
    pages = [
        page("alpha", f"https://a.example/{n}", f"<p>Seite {n} äöü</p>" * n, RUN1_AT)
        for n in (1, 2, 3)
    ]
    originals = [p.body for p in pages]
    for p in pages:
        spool.set_aside(p)

    assert [p.body for p in pages] == [None, None, None]
    assert [p.stored_body() for p in pages] == originals
    assert spool.size == sum(map(len, originals))  # type: ignore[arg-type]
    assert os.listdir(tmp_path) == []  # unlinked at once: nothing left behind, even on a crash


def test_a_page_sent_to_another_process_carries_its_bytes(tmp_path: Path) -> None:
    spool = BodySpool(tmp_path)
    sent = page("alpha", "https://a.example/", "<p>Fachtag</p>", RUN1_AT)
    spool.set_aside(sent)
    spool_gone = pickle.loads(pickle.dumps(sent))
    spool.close()

    assert spool_gone.body is None
    assert spool_gone.stored_body() == b"<p>Fachtag</p>"


def test_a_body_that_cannot_be_written_stays_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(fd: int, data: object, offset: int) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(body_spool_module.os, "pwrite", disk_full)
    kept = page("alpha", "https://a.example/", "<p>Fachtag</p>", RUN1_AT)
    BodySpool(tmp_path).set_aside(kept)

    assert kept.body == b"<p>Fachtag</p>"
    assert kept.body_aside is None


def test_the_load_stores_bodies_read_back_from_the_spool(
    migrated_warehouse: Warehouse, tmp_path: Path
) -> None:
    spool = BodySpool(tmp_path)
    pages = [
        page("alpha", f"https://a.example/{n}", f"<html>Seite {n}</html>", RUN1_AT)
        for n in range(5)
    ]
    for p in pages:
        spool.set_aside(p)
    migrated_warehouse.load_run(
        run_input("run-1", RUN1_AT, [source("alpha")], [result("alpha", pages=pages)], [])
    )

    _, stored = migrated_warehouse.query("SELECT decode(body) FROM raw.pages ORDER BY url")
    assert [body for (body,) in stored] == [f"<html>Seite {n}</html>" for n in range(5)]
    assert count(migrated_warehouse, "SELECT count(*) FROM raw.pages WHERE body IS NULL") == 0

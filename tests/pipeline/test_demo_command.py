"""`netdir demo`: the first thing a new user runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from netdir.cli.main import main
from tests.pipeline.conftest import free_port_block


def test_demo_twice_into_one_warehouse_keeps_every_offering_id(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "200")
    args = ["demo", "--today", "2026-11-27", "--base-port", str(free_port_block())]

    assert main(args) == 0
    first = capsys.readouterr().out
    overview_path = tmp_path / "warehouse" / "demo-publish" / "overview.json"
    ids_first = {
        o["id"] for o in json.loads(overview_path.read_text(encoding="utf-8"))["offerings"]
    }
    assert main(args) == 0
    second = capsys.readouterr().out
    ids_second = {
        o["id"] for o in json.loads(overview_path.read_text(encoding="utf-8"))["offerings"]
    }

    assert "warehouse/demo.duckdb" in first and "netdir query" in first
    # The demo catalog's publish: block reaches the metadata through the pipeline.
    dcat = (overview_path.parent / "dcat.jsonld").read_text(encoding="utf-8")
    assert "https://netdir.example/demo/overview.json" in dcat and "file:" not in dcat
    assert ids_first == ids_second
    assert "(+0 new, 0 changed, 0 removed)" in second


def test_the_example_queries_the_demo_prints_answer_with_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from netdir.cli.demo_cmd import EXAMPLE_QUERIES
    from netdir.warehouse import Warehouse

    monkeypatch.chdir(tmp_path)
    assert main(["demo", "--today", "2026-11-27", "--base-port", "0"]) == 0
    capsys.readouterr()
    with Warehouse.open(tmp_path / "warehouse" / "demo.duckdb", read_only=True) as warehouse:
        for title, sql in EXAMPLE_QUERIES:
            _, rows = warehouse.query(sql)
            assert rows, f"the demo's example {title!r} returns nothing"

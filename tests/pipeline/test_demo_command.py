"""`netdir demo`: the first thing a new user runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from netdir.cli.main import main
from tests.ports import free_port_block


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


def test_demo_on_other_ports_refuses_to_touch_a_warehouse_filled_on_the_first_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    first_block = free_port_block()
    assert main(["demo", "--today", "2026-11-27", "--base-port", str(first_block)]) == 0
    overview = tmp_path / "warehouse" / "demo-publish" / "overview.json"
    before = overview.read_bytes()
    capsys.readouterr()

    code = main(["demo", "--today", "2026-11-27", "--base-port", "0"])  # any other free ports

    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert len(err) == 1 and f"--base-port {first_block}" in err[0], err
    assert overview.read_bytes() == before  # no "+32 new, 32 removed"


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


def test_the_catalog_written_while_serving_works_with_sources_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from netdir.cli.demo_cmd import write_served_catalog
    from netdir.demo.server import SampleWeb

    with SampleWeb() as web:
        path = write_served_catalog(web, tmp_path / "warehouse" / "demo.duckdb")
        code = main(["sources", "check", "--catalog", str(path), "--allow-private-hosts"])
        out = capsys.readouterr().out

    assert path == tmp_path / "warehouse" / "demo-catalog.yaml"
    assert 'start_urls:\n      - "{site:' not in path.read_text(encoding="utf-8")
    assert code in (0, 1)  # a verdict per source, not a catalog error (2)
    assert "wp-events" in out and "UNREACHABLE" not in out.upper().replace("NOT UNREACHABLE", "")

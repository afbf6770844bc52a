"""The command-line contract, run as a user runs it: the installed ``netdir`` in a subprocess."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

from netdir.demo.server import SampleWeb

NETDIR = [sys.executable, "-m", "netdir.cli.main"]


def netdir(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
    env.pop("PREFECT_API_URL", None)
    return subprocess.run(
        [*NETDIR, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=240
    )


def test_refresh_query_and_inspect_from_the_command_line(tmp_path: Path) -> None:
    with SampleWeb() as web:
        catalog = tmp_path / "catalog.yaml"
        catalog.write_text(web.catalog_text(), encoding="utf-8")
        db, out = tmp_path / "w.duckdb", tmp_path / "out"

        refreshed = netdir(
            "refresh",
            "--catalog",
            str(catalog),
            "--db",
            str(db),
            "--out",
            str(out),
            "--allow-private-hosts",
            "--today",
            "2026-11-27",
            cwd=tmp_path,
        )
        assert refreshed.returncode == 0, refreshed.stderr
        for source in web.catalog().sources:
            assert source.id in refreshed.stdout, f"summary names {source.id}"
        overview = json.loads((out / "overview.json").read_text(encoding="utf-8"))
        assert overview["count"] > 0

        queried = netdir(
            "query",
            "SELECT count(*) AS n FROM mart.overview",
            "--db",
            str(db),
            "--format",
            "csv",
            cwd=tmp_path,
        )
        assert queried.returncode == 0, queried.stderr
        rows = list(csv.DictReader(io.StringIO(queried.stdout)))
        assert int(rows[0]["n"]) == overview["count"]

        page_url = str(web.catalog().sources[0].start_urls[0])
        inspected = netdir(
            "inspect",
            page_url,
            "--json",
            "--allow-private-hosts",
            "--today",
            "2026-11-27",
            cwd=tmp_path,
        )
        assert inspected.returncode == 0, inspected.stderr
        lines = [json.loads(line) for line in inspected.stdout.splitlines() if line.strip()]
        assert lines
        for record in lines:
            assert {"title", "start", "end", "url", "location", "extractor"} <= set(record)


def test_refresh_rejects_a_bad_catalog_naming_source_and_field(tmp_path: Path) -> None:
    catalog = tmp_path / "bad.yaml"
    catalog.write_text(
        "sources:\n  - id: kaputt\n    name: Kaputt\n    start_urls: [nicht-eine-url]\n",
        encoding="utf-8",
    )
    result = netdir(
        "refresh", "--catalog", str(catalog), "--db", str(tmp_path / "w.duckdb"), cwd=tmp_path
    )
    assert result.returncode == 2
    assert "kaputt" in result.stderr and "start_urls" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_second_refresh_on_a_busy_warehouse_fails_at_once_with_a_clear_message(
    tmp_path: Path,
) -> None:
    from netdir.warehouse import Warehouse

    db = tmp_path / "w.duckdb"
    catalog = tmp_path / "catalog.yaml"
    catalog.write_text(
        "sources:\n  - id: one\n    name: One\n    start_urls: ['http://127.0.0.1:9/']\n",
        encoding="utf-8",
    )
    with Warehouse.open(db) as warehouse:
        warehouse.migrate()
        result = netdir("refresh", "--catalog", str(catalog), "--db", str(db), cwd=tmp_path)
    assert result.returncode == 2
    assert "in use" in result.stderr and "Traceback" not in result.stderr


def test_query_piped_into_head_stops_quietly(tmp_path: Path) -> None:
    from netdir.warehouse import Warehouse

    db = tmp_path / "w.duckdb"
    with Warehouse.open(db) as warehouse:
        warehouse.migrate()
    command = " ".join(
        [*NETDIR, "query", "'SELECT * FROM range(200000)'", "--db", str(db), "--format", "csv"]
    )
    result = subprocess.run(
        f"{command} | head -2", shell=True, capture_output=True, text=True, timeout=120
    )
    assert result.stdout.splitlines() == ["range", "0"]
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr

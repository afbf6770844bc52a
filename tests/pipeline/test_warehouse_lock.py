"""The warehouse is held only while reading the last run and while loading: analysts can query
during a crawl, and a refresh waits (--wait) for another holder instead of failing."""

from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from netdir.cli.main import main
from netdir.demo.server import SampleWeb
from netdir.pipeline import RefreshOptions, refresh

READ_RUNS = (
    "import sys, duckdb; con = duckdb.connect(sys.argv[1], read_only=True); "
    "print(con.execute('SELECT count(*) FROM core.runs').fetchone()[0])"
)
HOLD = "import sys, time, duckdb; con = duckdb.connect(sys.argv[1]); print('held', flush=True); time.sleep(float(sys.argv[2]))"


def test_another_process_can_read_the_warehouse_while_sources_are_crawled(tmp_path: Path) -> None:
    # On a scheduled re-run, the situation analysts meet: the warehouse exists and holds the
    # last run. (A first run creates the file in a thread beside its first requests, so a
    # reader in that moment may meet the creator's lock; nothing is there to read yet.)
    db = tmp_path / "w.duckdb"
    answers: list[str] = []

    def during_crawl(source_id: str, url: str, status: int | None) -> None:
        if not answers:  # the first request: the crawl is under way
            read = subprocess.run(
                [sys.executable, "-c", READ_RUNS, str(db)], capture_output=True, text=True
            )
            answers.append(read.stdout.strip() or read.stderr.strip().splitlines()[-1])

    with SampleWeb() as web:
        options = RefreshOptions(
            catalog=web.catalog(), db_path=db, out=tmp_path / "out", allow_private_hosts=True
        )
        refresh(options)
        refresh(replace(options, progress=during_crawl))
    assert answers == ["1"], "a read-only open during the crawl works and sees the last run"


def test_refresh_waits_for_the_warehouse_with_wait_and_fails_at_once_without(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    db = tmp_path / "w.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db), "3"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with SampleWeb() as web:
            catalog = tmp_path / "catalog.yaml"
            catalog.write_text(web.catalog_text(), encoding="utf-8")
            args = ["refresh", "--catalog", str(catalog), "--db", str(db),
                    "--out", str(tmp_path / "out"), "--allow-private-hosts", "--no-progress"]  # fmt: skip
            started = time.monotonic()
            assert main(args) == 2
            refused_after = time.monotonic() - started
            assert "in use by another netdir process" in capsys.readouterr().err
            assert main([*args, "--wait", "60"]) == 0
    finally:
        holder.kill()
        holder.wait()
    assert refused_after < 2, "without --wait it does not wait"
    assert (tmp_path / "out" / "overview.json").is_file()

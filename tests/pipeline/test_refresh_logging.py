"""Log flags for cron and systemd, and a Prefect API that does not answer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from netdir.cli.main import main
from netdir.demo.server import SampleWeb
from tests.ports import refusing_port


def closed_port() -> int:
    return refusing_port()


@pytest.fixture
def catalog(tmp_path: Path) -> Path:
    return tmp_path / "catalog.yaml"


def test_json_logs_carry_each_request_and_each_source_and_prefect_down_runs_directly(
    tmp_path: Path,
    catalog: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("PREFECT_API_URL", f"http://127.0.0.1:{closed_port()}/api")
    with SampleWeb() as web:
        catalog.write_text(web.catalog_text(), encoding="utf-8")
        source_ids = {source.id for source in web.catalog().sources}
        code = main(
            ["refresh", "--catalog", str(catalog), "--db", str(tmp_path / "w.duckdb"),
             "--allow-private-hosts", "--no-progress", "--today", "2026-11-27",
             "--verbose", "--log-format", "json"]
        )  # fmt: skip
    captured = capsys.readouterr()
    assert code == 0
    err = captured.err.splitlines()
    unreachable = [line for line in err if "Prefect API" in line]
    assert len(unreachable) == 1 and "refreshing directly without Prefect" in unreachable[0]
    assert "Traceback" not in captured.err
    logs = [json.loads(line) for line in err if line.startswith("{")]
    requests = [log for log in logs if log["logger"] == "netdir.crawl"]
    assert requests and all({"source_id", "url", "status"} <= set(log) for log in requests)
    per_source = {log["source_id"] for log in logs if log["logger"] == "netdir.pipeline"}
    assert per_source == source_ids
    assert "wp-events" in captured.out, "the report still goes to stdout"


def test_quiet_prints_the_summary_line_only(
    tmp_path: Path,
    catalog: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    with SampleWeb() as web:
        catalog.write_text(web.catalog_text(), encoding="utf-8")
        code = main(
            ["refresh", "--catalog", str(catalog), "--db", str(tmp_path / "w.duckdb"),
             "--allow-private-hosts", "--today", "2026-11-27", "--quiet"]
        )  # fmt: skip
    captured = capsys.readouterr()
    assert code == 0
    assert captured.out.startswith("offerings: ") and len(captured.out.splitlines()) == 1
    assert captured.err == ""


def test_prefect_flag_with_the_api_down_is_one_clear_error(
    catalog: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    api = f"http://127.0.0.1:{closed_port()}/api"
    monkeypatch.setenv("PREFECT_API_URL", api)
    catalog.write_text("sources: []\n", encoding="utf-8")
    code = main(["refresh", "--prefect", "--catalog", str(catalog)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.strip().splitlines() == [
        f"netdir: Prefect API {api} is unreachable (ConnectError); start the server or unset "
        "PREFECT_API_URL"
    ]

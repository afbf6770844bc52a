"""A source that breaks is told apart: exit code 4, --strict for collapsed yields, one line each."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from netdir.cli.main import main
from netdir.demo.server import SampleWeb
from tests.ports import refusing_port

TODAY_ARGS = ["--today", "2026-11-27"]


def closed_port() -> int:
    return refusing_port()


def write_catalog(path: Path, text: str, **changes: dict[str, object]) -> Path:
    """The sample web's catalog with some sources' fields changed."""
    data = yaml.safe_load(text)
    for source in data["sources"]:
        source.update(changes.get(source["id"], {}))
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def refresh(catalog: Path, db: Path, *extra: str) -> int:
    return main(
        ["refresh", "--catalog", str(catalog), "--db", str(db), "--out", str(db.parent / "out"),
         "--allow-private-hosts", "--no-progress", *TODAY_ARGS, *extra]
    )  # fmt: skip


def test_unreachable_source_exits_4_and_a_collapsed_yield_only_under_strict(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    first_db = tmp_path / "first" / "w.duckdb"
    first_db.parent.mkdir()
    with SampleWeb() as web:
        text = web.catalog_text()
        down = text.replace(web.base_urls["rss-news"], f"http://127.0.0.1:{closed_port()}")
        code = refresh(write_catalog(tmp_path / "down.yaml", down), first_db)
        printed = capsys.readouterr().out
        assert code == 4, printed
        assert any(line.startswith("unreachable rss-news") for line in printed.splitlines()), (
            printed
        )
        assert "1 sources broken: rss-news" in printed
        assert (first_db.parent / "out" / "overview.json").is_file(), "overview published"

        # A week later the GSB site lists one page where it listed three: nothing "fails".
        shrunk = write_catalog(
            tmp_path / "shrunk.yaml", text, **{"gsb-aktuelles": {"follow": {"max_pages": 1}}}
        )
        runs = {}
        for mode in ("default", "strict"):
            db = tmp_path / mode / "w.duckdb"
            db.parent.mkdir()
            shutil.copy(first_db, db)
            runs[mode] = (
                refresh(shrunk, db, *(["--strict"] if mode == "strict" else [])),
                capsys.readouterr().out,
            )

    assert runs["default"][0] == 0, runs["default"][1]
    assert runs["strict"][0] == 4, runs["strict"][1]
    for _, printed in runs.values():
        low = [line for line in printed.splitlines() if line.startswith("low yield gsb-aktuelles")]
        assert low and "median of 10" in low[0], printed


def test_help_lists_every_exit_code(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["refresh", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    for code in ("0 refreshed", "2 usage error", "3 nothing could be refreshed", "4 some sources"):
        assert code in text
    assert "--strict" in text and "--wait SECONDS" in text and "--log-format" in text

"""Long runs show progress in a terminal, and stay quiet in logs and pipes."""

from __future__ import annotations

import io
import re
from pathlib import Path

from rich.console import Console

from netdir.cli.refresh_cmd import _progress_bar


def _plain(drawn: str) -> str:
    return re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", drawn)


def test_a_terminal_sees_sources_done_out_of_all_and_the_stage() -> None:
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=140)
    with _progress_bar(console, enabled=True) as hooks:
        assert hooks is not None
        hooks.on_stage("extract", 0, 32)
        hooks.on_request("negz-termine", "https://negz.org/termine/", 200)
        hooks.on_request("negz-termine", "https://negz.org/termine/page/2/", None)
        hooks.on_stage("extract", 12, 32)
        console.file.write("\n")  # keep this frame
        extract_frame = _plain(screen.getvalue())
        hooks.on_stage("load", 32, 32)
    drawn = _plain(screen.getvalue())
    assert "12/32 sources" in extract_frame and "extract" in extract_frame
    assert "negz-termine ERR https://negz.org/termine/page/2/" in extract_frame
    assert "requests" not in drawn and "12/?" not in drawn
    assert "load" in drawn and "32/32 sources" in drawn


def test_the_pipeline_reports_every_stage_with_source_counts(tmp_path: Path) -> None:
    from netdir.demo.server import SampleWeb
    from netdir.pipeline import RefreshOptions, refresh

    stages: list[tuple[str, int, int]] = []
    with SampleWeb() as web:
        refresh(
            RefreshOptions(
                catalog=web.catalog(),
                db_path=tmp_path / "w.duckdb",
                out=tmp_path / "out",
                allow_private_hosts=True,
                stage_progress=lambda *event: stages.append(event),
            )
        )
    crawled = len(web.sites)
    assert stages[0] == ("extract", 0, crawled)
    assert [s for s in stages if s[0] == "extract"][-1] == ("extract", crawled, crawled)
    assert [s[0] for s in stages[-3:]] == ["normalize", "load", "publish"]


def test_pipes_and_no_progress_get_no_bar() -> None:
    piped = Console(file=io.StringIO(), force_terminal=False)
    with _progress_bar(piped, enabled=True) as hooks:
        assert hooks is None
    terminal = Console(file=io.StringIO(), force_terminal=True)
    with _progress_bar(terminal, enabled=False) as hooks:
        assert hooks is None

"""Long runs show progress in a terminal, and stay quiet in logs and pipes."""

from __future__ import annotations

import io

from rich.console import Console

from netdir.cli.refresh_cmd import _progress_bar


def test_a_terminal_gets_a_progress_bar_that_counts_requests() -> None:
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=120)
    with _progress_bar(console, enabled=True) as on_request:
        assert on_request is not None
        on_request("negz-termine", "https://negz.org/termine/", 200)
        on_request("negz-termine", "https://negz.org/termine/page/2/", None)
    drawn = screen.getvalue()
    assert "2/?" in drawn, "two requests counted, total unknown while pages are discovered"
    assert "negz-termine ERR https://negz.org/termine/page/2/" in drawn, "the failed request shows"


def test_pipes_and_no_progress_get_no_bar() -> None:
    piped = Console(file=io.StringIO(), force_terminal=False)
    with _progress_bar(piped, enabled=True) as on_request:
        assert on_request is None
    terminal = Console(file=io.StringIO(), force_terminal=True)
    with _progress_bar(terminal, enabled=False) as on_request:
        assert on_request is None

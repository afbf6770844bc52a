"""The reliability suite prints its summary table once the session ends."""

from __future__ import annotations

import pytest

from tests.reliability.tally import TALLY, table


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if TALLY.touched():
        terminalreporter.section("reliability summary")
        terminalreporter.write_line(table())

"""Small helpers shared by the command modules: default paths, dates, error printing."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

from rich.console import Console

from netdir.paths import DEFAULT_DB, DEFAULT_OUT


def default_db() -> Path:
    return Path(os.environ.get("NETDIR_DB", str(DEFAULT_DB)))


def default_out(db: Path | None = None) -> str:
    """$NETDIR_OUT, else the publish folder that belongs to the warehouse ``db``.

    The default warehouse publishes to warehouse/publish/; any other one to ``<name>-publish/``
    beside it (warehouse/demo.duckdb → warehouse/demo-publish/), so exporting the demo warehouse
    never overwrites the real overview.
    """
    if "NETDIR_OUT" in os.environ:
        return os.environ["NETDIR_OUT"]
    if db is None or Path(db) == DEFAULT_DB:
        return str(DEFAULT_OUT)
    return str(Path(db).with_name(f"{Path(db).stem}-publish"))


def iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"expected a date like 2027-03-12, got {value!r}") from exc


def fail(message: str, code: int = 2) -> int:
    print(f"netdir: {message}", file=sys.stderr)
    return code


#: Width for output that goes to a pipe or a log (make, cron, CI): wide enough that tables keep
#: whole ids and URLs, and printed commands stay on one line to copy.
PIPE_WIDTH = 200


def output_console(*, stderr: bool = False) -> Console:
    """A rich console: the terminal's width when interactive, ``PIPE_WIDTH`` in pipes and logs."""
    console = Console(stderr=stderr)
    if console.is_terminal:
        return console
    return Console(stderr=stderr, width=PIPE_WIDTH)

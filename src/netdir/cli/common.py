"""Small helpers shared by the command modules: default paths, dates, error printing."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

from netdir.paths import DEFAULT_DB, DEFAULT_OUT


def default_db() -> Path:
    return Path(os.environ.get("NETDIR_DB", str(DEFAULT_DB)))


def default_out() -> str:
    return os.environ.get("NETDIR_OUT", str(DEFAULT_OUT))


def iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"expected a date like 2027-03-12, got {value!r}") from exc


def fail(message: str, code: int = 2) -> int:
    print(f"netdir: {message}", file=sys.stderr)
    return code

"""Log flags for commands that run unattended (cron, systemd): --verbose, --quiet, --log-format.

Logs go to stderr; the command's own output (tables, the summary line) stays on stdout.
``--log-format json`` writes one JSON object per line with the fields netdir attaches to its
records (source_id, url, status, elapsed_ms, attempt, verdict), for journald and log shippers.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

#: Fields netdir's loggers pass as ``extra=``; copied into JSON lines when present.
EXTRA_FIELDS = ("source_id", "url", "status", "elapsed_ms", "attempt", "verdict")


def add_logging_flags(parser: argparse.ArgumentParser) -> None:
    loudness = parser.add_mutually_exclusive_group()
    loudness.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="log every request and each source's result (INFO) to stderr",
    )
    loudness.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="only errors on stderr and the one-line summary on stdout (no table, no progress)",
    )
    parser.add_argument(
        "--log-format",
        choices=("text", "json"),
        default="text",
        help="stderr log lines as text (default) or one JSON object per line",
    )


@contextmanager
def logging_from_flags(args: argparse.Namespace) -> Iterator[None]:
    """Level and format of the ``netdir`` logger from the flags (default: warnings) while the
    command runs; the logger is as before afterwards (tests run many commands in one process)."""
    level = logging.WARNING
    if getattr(args, "verbose", False):
        level = logging.INFO
    elif getattr(args, "quiet", False):
        level = logging.ERROR
    handler = logging.StreamHandler(sys.stderr)
    # On the handler too: a Prefect flow raises the logger to INFO for its run logs, and the
    # terminal must still get only what was asked for.
    handler.setLevel(level)
    if getattr(args, "log_format", "text") == "json":
        handler.setFormatter(JsonLineFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("netdir")
    saved = (logger.level, logger.propagate)
    logger.addHandler(handler)
    logger.setLevel(level)
    # Our handler prints them; a root handler (Prefect's console) must not print them again.
    logger.propagate = False
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(saved[0])
        logger.propagate = saved[1]


class JsonLineFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for name in EXTRA_FIELDS:
            if name in record.__dict__:
                line[name] = record.__dict__[name]
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)

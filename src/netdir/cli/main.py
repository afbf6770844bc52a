"""Entry point of the ``netdir`` command: one module per command group registers itself here."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from netdir.cli import (
    demo_cmd,
    export_cmd,
    inspect_cmd,
    parse_cmd,
    refresh_cmd,
    runs_cmd,
    sources_cmd,
    warehouse_cmd,
)

COMMAND_MODULES = (
    refresh_cmd,
    inspect_cmd,
    demo_cmd,
    parse_cmd,
    export_cmd,
    sources_cmd,
    warehouse_cmd,
    runs_cmd,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="netdir",
        description="A live overview of networking offerings for German public administration.",
    )
    parser.add_argument("--version", action="version", version=f"netdir {_version()}")
    subcommands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(subcommands)
    return parser


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("netdir")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "unknown"


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except KeyboardInterrupt:
        print("netdir: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `netdir query ... | head`: the reader left; stop quietly like other Unix tools.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141


if __name__ == "__main__":
    sys.exit(main())

"""Entry point of the ``netdir`` command: one module per command group registers itself here."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from types import ModuleType

#: The command modules (in netdir.cli) by the commands each registers, in --help order. Only
#: the module of the command being run is imported: `netdir refresh` need not load what
#: `netdir sources` or `netdir demo` need (selectolax, the scout, the sample web).
COMMANDS: dict[str, str] = {
    "refresh": "refresh_cmd",
    "inspect": "inspect_cmd",
    "demo": "demo_cmd",
    "parse": "parse_cmd",
    "export": "export_cmd",
    "sources": "sources_cmd",
    "query": "warehouse_cmd",
    "prune": "warehouse_cmd",
    "runs": "runs_cmd",
}


def command_modules(argv: Sequence[str] | None = None) -> list[ModuleType]:
    """The module of the command in ``argv``; all of them for --help, --version or a typo."""
    args = list(sys.argv[1:] if argv is None else argv)
    command = next((arg for arg in args if not arg.startswith("-")), None)
    names = [COMMANDS[command]] if command in COMMANDS else list(dict.fromkeys(COMMANDS.values()))
    return [importlib.import_module(f"netdir.cli.{name}") for name in names]


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser for ``argv`` (default: every command, as ``netdir --help`` lists them)."""
    parser = argparse.ArgumentParser(
        prog="netdir",
        description="A live overview of networking offerings for German public administration.",
    )
    parser.add_argument("--version", action=_PrintVersion)
    subcommands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in command_modules(argv if argv is not None else ["--help"]):
        module.register(subcommands)
    return parser


class _PrintVersion(argparse.Action):
    """``--version``: the version is looked up only when asked for (importlib.metadata scans
    the installed packages, a noticeable part of a short command's start)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS) -> None:
        super().__init__(
            option_strings, dest=dest, default=argparse.SUPPRESS, nargs=0,
            help="show program's version number and exit",
        )  # fmt: skip

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        print(f"netdir {_version()}")
        parser.exit()


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("netdir")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "unknown"


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(arguments)
    args = parser.parse_args(arguments)
    try:
        code = int(args.handler(args) or 0)
    except KeyboardInterrupt:
        print("netdir: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `netdir query ... | head`: the reader left; stop quietly like other Unix tools.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    if argv is None and getattr(args, "exit_at_once", False):
        _exit_now(code)  # the `netdir` process itself (not a caller of main()): nothing left to do
    return code


def _exit_now(code: int) -> None:
    """End the process without the interpreter's teardown, once a command says all its work is
    done and saved: output flushed and logging shut down as at a normal exit."""
    import contextlib
    import logging

    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        # A closed pipe or stream: nothing more can be said there.
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)


if __name__ == "__main__":
    sys.exit(main())

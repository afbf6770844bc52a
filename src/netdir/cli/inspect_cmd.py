"""Placeholder until the owning stage lands its command."""

from __future__ import annotations

import argparse


def register(subcommands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this module's subcommand(s) to the netdir parser."""

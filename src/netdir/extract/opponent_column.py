"""A fixtures table's opponent column completes the row's name: "Team | Opponent | Date | Time"
(„Boys' Varsity Soccer“ | „vs. St. Andrew's Episcopal School“) is the game „Boys' Varsity Soccer
vs. St. Andrew's Episcopal School“ — the team alone names every game it plays."""

from __future__ import annotations

import re

from netdir import lazy_re

# The header of a fixtures table's column of opponents.
OPPONENT_COLUMN = lazy_re.compile(r"^(?:opponents?|vs\.?|versus)$", re.I)
# "vs. ", "at ", "@ ": the word a cell puts before the opponent (home or away game).
_LEAD = lazy_re.compile(r"^(?:vs\.?|v\.|versus|at|@)(?:\s+|$)", re.I)
_WORD = lazy_re.compile(r"[^\W\d_]")


def with_opponent(title: str, opponent: str) -> str:
    """The row's name with its opponent: "Team vs. Opponent" (the cell's own "vs."/"at" kept);
    the title unchanged when the cell names nobody ("vs." alone, empty)."""
    cell = " ".join(opponent.split())
    rest = _LEAD.sub("", cell, count=1).strip()
    if not _WORD.search(rest):
        return title
    if rest != cell:
        return f"{title} {cell}"
    return f"{title} vs. {rest}"

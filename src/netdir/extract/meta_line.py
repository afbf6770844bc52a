"""A meta line whose parts stand apart by " · ", " | " or " • " ("Sonntag, 15.02.2026 · 14:00 Uhr ·
Volkshaus Langenwang"): the day, its hours and its place, each a part of its own. Read as one
date phrase, the line gave only its day; the hours and the place beside it were lost."""

from __future__ import annotations

import re
from dataclasses import dataclass

from netdir.extract.date_cues import DATE_LIKE, TIME_LIKE
from netdir.extract.place_lines import names_a_place

_SEPARATOR = re.compile(r"\s[·|•]\s")
#: A meta line is short: a sentence that happens to hold a "|" is none.
_MAX_LINE = 120
_MAX_PARTS = 4


@dataclass(frozen=True)
class MetaParts:
    day: str
    time: str | None
    place: str | None


def line_parts(line: str) -> list[str]:
    """The parts of a line set apart by " · ", " | " or " • ", without empty ones."""
    return [part.strip() for part in _SEPARATOR.split(line) if part.strip()]


def meta_parts(line: str) -> MetaParts | None:
    """The day part, the part with its hours and the part that names a venue; None when the line
    is no such meta line (one part, several days, or too long)."""
    if len(line) > _MAX_LINE:
        return None
    parts = line_parts(line)
    if not 2 <= len(parts) <= _MAX_PARTS:
        return None
    days = [part for part in parts if DATE_LIKE.search(part)]
    if len(days) != 1:
        return None
    times = [part for part in parts if part not in days and TIME_LIKE.search(part)]
    places = [
        part for part in parts if part not in days and part not in times and names_a_place(part)
    ]
    return MetaParts(
        days[0],
        times[0] if len(times) == 1 else None,
        places[0] if len(places) == 1 else None,
    )

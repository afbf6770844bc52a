"""The hours a section heading states for every dated row below it.

A fellowship's schedule tables are headed by the kind of meeting with its weekday and hour —
„Bibelstunden (Mittwochs, 19:30 Uhr)“, „Frauenstunde (1. Mittwoch im Monat, 19:30 Uhr)“ — and
list below only the days and who leads („09.09.2026 | Otto, Markus“). A reader takes the hour
from the heading for each day; read row by row, the days stayed without their hours. Only a
short heading that names no day of its own and states one clock („19:30 Uhr“) times the rows.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.date_cues import search_date_like

_CLOCK = lazy_re.compile(r"\b(?:(?:ab|um)\s+)?(?:[01]?\d|2[0-3])[:.][0-5]\d\s*Uhr\b", re.IGNORECASE)
_MAX_HEADING = 80


def hours_of_the_heading(heading: str | None) -> str | None:
    """The one clock („19:30 Uhr“) a short heading without a day states; None otherwise."""
    if not heading or len(heading) > _MAX_HEADING or search_date_like(heading):
        return None
    clocks = _CLOCK.findall(heading)
    return clocks[0] if len(clocks) == 1 else None

"""The clock of a last admission is no start: „Letzte Einfahrt ist um 17 Uhr“.

„Unter Tage geht's an Fronleichnam im Kalkbergwerk in Wolfstein. Dabei erwartet die Besucher
eine spannende Bergwerksführung. Letzte Einfahrt ist um 17 Uhr.“ (round 287): the mine's tours
run all day, the only clock named is the last one in — the day's end for newcomers, not the
event's start. When that clock is the text's only one and the day was read with it, the day
stands alone (all day); a text with a start of its own („Führungen ab 10 Uhr, letzter Einlass
17 Uhr“) keeps its start.
"""

from __future__ import annotations

import re
from dataclasses import replace

from netdir import lazy_re
from netdir.normalize.when_value import When

_LAST_ENTRY = lazy_re.compile(
    r"\bletzte[rn]?\s+(?:einfahrt|einlass|zutritt|eintritt|aufstieg|auffahrt|führung|runde)\b"
    r"\s*(?:ist\s+|erfolgt\s+)?(?::\s*)?(?:um\s+|gegen\s+)?"
    r"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*uhr\b",
    re.IGNORECASE,
)
_CLOCK = lazy_re.compile(r"(?<![\d.:])\d{1,2}(?:[:.]\d{2})?\s*uhr\b", re.IGNORECASE)


def without_last_entry_clock(text: str, found: When) -> When:
    """``found`` with its start's clock dropped when that clock is a last admission's and the
    text's only one (see the module docstring)."""
    start = found.start
    if start is None or len(start) < 16 or found.end is not None or "letzte" not in text.lower():
        return found
    last = _LAST_ENTRY.search(text)
    if last is None or len(_CLOCK.findall(text)) != 1:
        return found
    if start[11:16] != f"{int(last['h']):02d}:{last['mi'] or '00'}":
        return found
    return replace(found, start=start[:10], all_day=True, precision="day")

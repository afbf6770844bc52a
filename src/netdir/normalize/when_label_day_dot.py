"""A labelled day written without its last dot before a dash and a clock: „tl;dr Wann: 13.10 - 18:00
Uhr Wo: Mainframe Oldenburg“ (a LAN party's summary, round 275) is the 13 October at 18:00. The
dash between day and clock read as a range from a day to a clock, which is nothing. Only after a
label of when („Wann:“, „Datum:“, „Termin:“, „Beginn:“) and only a valid day and month."""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS

_LABELLED_DAY = lazy_re.compile(
    r"\b(?P<label>wann|datum|termin|beginn|start)\s*:\s*"
    r"(?P<day>(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2]))(?=\s*[-–]\s*\d{1,2}:\d{2})",
    FLAGS,
)


def labelled_day_dotted(text: str) -> str:
    """The text with a labelled day's missing dot before „ - HH:MM“ written (see the module)."""
    if ":" not in text:
        return text
    return _LABELLED_DAY.sub(_dotted, text)


def _dotted(match: re.Match[str]) -> str:
    return match.group(0) + "."

"""A card that states its weekly session on labelled lines: which weekdays, then which hours.

A village sports club prints its training times as cards: „<p class="eyebrow">Fußball</p>
<h2>1. Männermannschaft</h2><p><strong>Wann:</strong> Dienstag &amp; Donnerstag</p><p><strong>
Uhrzeit:</strong> 18:30–20:00 Uhr</p><p><strong>Wo:</strong> Sportplatz Pölzig</p>“. Neither
line alone is a date (the weekdays have no clock, the clock no day), so the cards were passed
over. A „Wann:“ (or „Tag:“, „Tage:“, „Trainingstage:“) line that names only weekdays and an
„Uhrzeit:“ (or „Zeit:“) line that gives only hours say together the weekly line „Dienstag &
Donnerstag, 18:30–20:00 Uhr“ the normalizer reads as the rule and its next day.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import text_chunks
from netdir.extract.context import clean_text
from netdir.extract.weekday_lines import weekly_rule
from netdir.normalize.when_words import GERMAN_WEEKDAY_ALT

_WEEKDAY = (
    rf"(?:{GERMAN_WEEKDAY_ALT}|"
    r"mo|di|mi|do|fr|sa|so)\.?"
)
_DAYS_LABEL = lazy_re.compile(
    r"^(?:wann|tage?|wochentage?|trainingstage?|übungstage?)\s*:\s*"
    rf"(?P<days>{_WEEKDAY}(?:\s*(?:,|&|/|\+|und)\s*{_WEEKDAY})*)$",
    re.IGNORECASE,
)
_HOURS_LABEL = lazy_re.compile(
    r"^(?:uhrzeit|zeit|zeiten|trainingszeit|übungszeit)\s*:\s*"
    r"(?P<hours>(?:ab\s+|von\s+)?\d{1,2}[:.]\d{2}\s*(?:uhr)?"
    r"(?:\s*(?:[-–—]|bis)\s*\d{1,2}[:.]\d{2}\s*(?:uhr)?)?)$",
    re.IGNORECASE,
)
_SAYS_UHR = lazy_re.compile(r"uhr$", re.IGNORECASE)


def labelled_weekly_line(segment: list[LexborNode]) -> str | None:
    """„Dienstag & Donnerstag, 18:30–20:00 Uhr“ for a block with a „Wann:“ line of weekdays and
    an „Uhrzeit:“ line of hours; None for any other block."""
    days: str | None = None
    hours: str | None = None
    for chunk in text_chunks(segment):
        line = clean_text(chunk) or ""
        if days is None and (match := _DAYS_LABEL.match(line)) is not None:
            days = match["days"]
        elif hours is None and (match := _HOURS_LABEL.match(line)) is not None:
            hours = match["hours"]
    if days is None or hours is None:
        return None
    line = f"{days}, {hours}" + ("" if _SAYS_UHR.search(hours) else " Uhr")
    return line if weekly_rule(line) is not None else None

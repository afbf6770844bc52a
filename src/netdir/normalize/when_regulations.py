"""Rules of access that apply from a day on: „Die COVID-Regelungen des Landes sehen für die
Weihnachtsferien, ab 27.12.2021, für Schülerinnen und Schüler geänderte Zugangsregelungen vor.“
(round 243). A regulation's first day is when a rule starts to apply — no offering anyone attends
(as ``when._ALLOWED_FROM``: what is allowed from a day on). Only a regulation's name
(„Regelung“, „Verordnung“, „Vorschrift“, „Zugangsregeln“) and „ab“ before the day in the same
sentence count; an event held under the rules („Leider kann aufgrund der aktuellen Vorschriften
unser Wandertag am 03. Oktober nicht stattfinden“) keeps its day.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS

# The regulation named, then „ab“ and the day (with at most a few words and commas between).
_REGULATION_FROM = lazy_re.compile(
    r"\b[\w-]*(?:regelung(?:en)?|verordnung(?:en)?|vorschrift(?:en)?|zugangsregeln)\b"
    r"[^.!?]{0,100}?[\s,(]ab\s+(?:dem\s+)?(?:(?:0?[1-9]|[12]\d|3[01])\.|(?:Montag|Dienstag"
    r"|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b)",
    FLAGS,
)


def is_regulation_from(text: str) -> bool:
    """Whether the (cleaned) text tells from which day a regulation applies (see the module)."""
    return _REGULATION_FROM.search(text) is not None

"""A German weekly or monthly rule's hours written as two bare hours: „jeden ersten Sonntag im
Monat 14-17“ (a village museum's opening), „sonntags 10-12“, „jeden Mittwoch 15-18“. A bare
„14-17“ elsewhere may be days („14-17. Juni“), ages or counts, so ``when_times`` reads a range only
with its minutes or „Uhr“; right after the rule's weekday (or its „im Monat“) the hours are what
stands there, so the range gets its „Uhr“ (as ``when_clean`` mends „19 Uhr / 19:30 Uhr“).

Only the hours a place keeps are read (the first from 6, the end later and at most 24, twelve
hours apart at most), and never before a dot, a colon's minutes, a unit or a noun the numbers
count („Es treffen sich jeden Donnerstag 10-16 ESV-Mitglieder“, „sonntags 6-10 Jahre“)."""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.normalize.when_words import GERMAN_WEEKDAY_ALT

# „jeden (ersten|1.) Sonntag (im Monat)“, „sonntags“, „jeweils mittwochs“: the rule, then its hours.
_RULE_HOURS = lazy_re.compile(
    r"(?:\b(?:jede[nrs]?|jeweils|immer)\s+(?:(?:\d\.|[^\W\d]+e[nr]?)\s+)?"
    rf"(?:{GERMAN_WEEKDAY_ALT})\b|\b(?:{GERMAN_WEEKDAY_ALT})s\b)(?:\s+im\s+Monat\b)?"
    r"\s*:?\s*(?P<h1>\d{1,2})\s*-\s*(?P<h2>\d{1,2})"
    # (not "14-17. Juni", "10-12:30", "10-12 Uhr" already marked, "2-3 mal"; nor what bare
    # numbers count, a noun after them: "jeden Donnerstag 10-16 ESV-Mitglieder", "6-10 Jahre")
    r"(?![\d.:,/]|\s*(?:uhr|h\b|j\.|mal\b|€|euro|eur\b|%|min|std)|\s*(?-i:[A-ZÄÖÜ]))",
    re.IGNORECASE,
)
_GATE = ("tag", "woch", "abend")  # every weekday name holds one of these


def rule_hours_marked(text: str) -> str:
    """``text`` with „Uhr“ after a weekday rule's two bare hours („… im Monat 14-17 Uhr“)."""
    if "-" not in text or not any(piece in text.lower() for piece in _GATE):
        return text
    return _RULE_HOURS.sub(_marked, text)


def _marked(found: re.Match[str]) -> str:
    first, last = int(found["h1"]), int(found["h2"])
    if not 6 <= first < last <= 24 or last - first > 12:
        return found[0]
    return found[0] + " Uhr"

"""Rows of hours opening with their weekday: „Mo: von 15 Uhr bis 18 Uhr“, „Beratungszeiten: |
Dienstag: 18:00 - 20:00“, „Gruppe 1 | Mi, 10:15 - 11:45 Uhr | D320“, „G1: Mo, 11:30 - 13:00 Uhr“,
„2. Freitag 10:00 - 11:30“ (rounds 254-256: a counselling office's consultation hours, a lab
group's slot, a tutor's).

Before, a colon after the weekday hid the day („Mo: 15:00 - 18:00 Uhr“ read as none) and an
abbreviation with a comma was read as one coming day without its rule. A reader takes the row as a
weekly slot: the weekday, then a colon or comma (a space after a numbered item's weekday) and a span
of hours from … to. A one-off day names one clock („Samstag, 19 Uhr: Konzert“) or its date; a
text with a date keeps its own reading. Several such rows in cells („Di: von 15:00 bis 20:00 | Fr:
von 15:00 bis 20:00“) are one rule (``when_weekday_own_hours.next_of_hours_rows``).
"""

from __future__ import annotations

import re
from datetime import time

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, WEEKDAY_FULL_ALT
from netdir.normalize.when_words import WEEKDAY_ABBREVIATIONS

_CLOCK = r"(?P<{0}h>[01]?\d|2[0-{1}])(?:[:.](?P<{0}m>[0-5]\d))?"
# A cell opening with its weekday (its list number or a short label such as „G1:“ before it).
_ROW = lazy_re.compile(
    r"(?:^|\|)\s*(?:(?P<nr>\d{1,2}\.\s+)|[A-Za-zÄÖÜäöü][\w.]{0,11}:\s+)?"
    r"(?P<wd>" + WEEKDAY_FULL_ALT + r"|(?-i:Mo|Di|Mi|Do|Fr|Sa|So))\.?"
    # a colon or comma after it, or — a numbered item's („2. Freitag 10:00 - 11:30“; „Dienstag
    # 16:30 bis 18:30 Uhr Bonnstraße 32“ alone is one coming day) — a space before its clock;
    # or a short name's dot, a space and a clock with its minutes („Mo. 09:45-11:15 SR. 10“: a
    # lecture list's weekly slot, round 261; „Sa. 10-12 Uhr Flohmarkt“ stays one coming day)
    r"(?:\s*[:,]|(?(nr)\s(?=\d{1,2}[:.]\d{2})|(?!))"
    r"|(?<=(?-i:Mo|Di|Mi|Do|Fr|Sa|So)\.)\s(?=\d{1,2}[:.]\d{2}))"
    r"\s*(?:von\s+)?"
    + _CLOCK.format("a", "3")
    + r"(?:\s*uhr)?\s*(?:--?|–|bis)\s*"
    + _CLOCK.format("b", "4")
    # („17:00 - 18:30: Christos …“: a colon after the last clock opens the rest of the cell)
    + r"(?![\d.]|:\d)",
    FLAGS,
)
# a numbered item's short weekday and one clock in a cell („Studiengruppe IB 1 B | 1. Mi 15:15
# Valentin Schaeidt“, round 255: a tutor's weekly lab slot, the tutor's name after it; no span)
_NUMBERED_SLOT = lazy_re.compile(
    r"(?:^|\|)\s*\d{1,2}\.\s+(?P<wd>(?-i:Mo|Di|Mi|Do|Fr|Sa|So))\s+(?:[01]?\d|2[0-3])[:.][0-5]\d"
    r"\s+(?!uhr\b)(?-i:(?=[A-ZÄÖÜ]))",
    FLAGS,
)
# a day and month („12.05.“, „3. März“): a dated text keeps its own reading
_DATED = lazy_re.compile(
    r"\b\d{1,2}\.\s?(?:\d{1,2}\.|(?:jan|feb|mär|mar|apr|mai|jun|jul|aug|sep|okt|nov|dez)[a-zä]*\b)",
    FLAGS,
)


def is_dated(text: str) -> bool:
    """Whether ``text`` names a day and month („12.05.“, „3. März“)."""
    return _DATED.search(text) is not None


def _rows(text: str) -> list[re.Match[str]]:
    if ":" not in text and "," not in text and "." not in text:
        return []
    if is_dated(text):
        return []
    return list(_ROW.finditer(text))


def hours_row_weekday(text: str) -> tuple[int, int, int] | None:
    """The weekday (0 = Monday) the first row of hours opens with, with its span; else None."""
    rows = _rows(text)
    if not rows:
        slot = _NUMBERED_SLOT.search(text) if "|" in text and not is_dated(text) else None
        if slot is None:
            return None
        return WEEKDAY_ABBREVIATIONS[slot["wd"].lower()], slot.start("wd"), slot.end("wd")
    return WEEKDAY_ABBREVIATIONS[rows[0]["wd"].lower()], rows[0].start("wd"), rows[0].end("wd")


def hours_rows(text: str) -> list[tuple[int, time, time]]:
    """Each row of hours in ``text``: its weekday (0 = Monday), its start and its end („bis 24
    Uhr“ is 23:59 of the same day)."""
    found = []
    for row in _rows(text):
        hour_b = int(row["bh"])
        begin = time(int(row["ah"]), int(row["am"] or 0))
        finish = time(23, 59) if hour_b == 24 else time(hour_b, int(row["bm"] or 0))
        found.append((WEEKDAY_ABBREVIATIONS[row["wd"].lower()], begin, finish))
    return found

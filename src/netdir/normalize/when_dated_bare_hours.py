"""Two bare hours right after a dotted day or a German weekday: „Prüfungseinsicht Fr. 17.1.,
10--11“, „3. Prüfungstermin: Fr. 18.12.2015, 13-15.“, „1. Termin Fr. 31.10.2003 14--16 Hs. 1“,
„| Fr. 13.1.2012 | 14-16 |“, „Gruppe 1: Do. 11--13, D1.01“ (a university's exam and tutorial
lists, round 261). ``when_times`` reads a range only with its minutes or „Uhr“, as a bare „14-17“
may be days, ages or counts; standing right after the day it belongs to, the range is that day's
hours, so it gets its „Uhr“ (as ``when_rule_bare_hours`` does after a weekly rule).

Only hours a timetable keeps are read (the first from 7 — „27.9./28.9.2021 6-10“ is a holiday
camp's ages —, the end later and at most 24, twelve hours apart at most), and never before a
further day („Fr. 14-16.6.“, „Sa. 14-17. Juni“), a colon's minutes, a unit or a noun the numbers
count („am 12.5. 10-12 Jahre“, „Mi. 8-10 Teilnehmer“; after a weekday alone, no capital word at
all: „jeden Donnerstag 10-16 ESV-Mitglieder“). After a day the hours may stand before the room
(„14--16 Hs. 1“, „14-16 UZA II“)."""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.normalize.when_words import GERMAN_WEEKDAY_ALT

_MONTH_WORD = r"(?:jan|feb|mär|maer|apr|mai|jun|jul|aug|sep|okt|nov|dez)"
# The day („17.1.“, „31.10.2003“) or the weekday („Do.“, „Mittwoch“), a comma or a table's bar,
# then two bare hours, a hyphen or two apart.
_DATED_HOURS = lazy_re.compile(
    r"(?:(?P<day>(?<![\d.])[0-3]?\d\.[01]?\d\.(?:(?:19|20)?\d\d(?!\d))?)"
    rf"|\b(?:Mo|Di|Mi|Do|Fr|Sa|So)\.|\b(?:{GERMAN_WEEKDAY_ALT})\b)"
    r"[ \t]*[,|]?[ \t]*(?P<h1>\d{1,2})[ \t]*--?[ \t]*(?P<h2>\d{1,2})"
    # (not "14-16.6.", "14-17. Juni", "10-12:30", "10-12 Uhr", "6-10 Jahre", "8-10 Teilnehmer")
    rf"(?!\d|[:,/]\d|\.\s*(?:\d|{_MONTH_WORD})"
    r"|\s*(?:uhr|h\b|j\.|jahr|mal\b|€|euro|eur\b|%|min|std|teiln|pers|plätz|kind|stück))"
    # (after a weekday alone, nor before a noun the numbers count: "Donnerstag 10-16 ESV-Mitglieder")
    r"(?(day)|(?!\s*(?-i:[A-ZÄÖÜ])))",
    re.IGNORECASE,
)


def dated_hours_marked(text: str) -> str:
    """``text`` with „Uhr“ after the two bare hours that follow a dotted day or a weekday."""
    if "-" not in text or ("." not in text and "tag" not in text and "woch" not in text):
        return text
    return _DATED_HOURS.sub(_marked, text)


def _marked(found: re.Match[str]) -> str:
    first, last = int(found["h1"]), int(found["h2"])
    if not 7 <= first < last <= 24 or last - first > 12:
        return found[0]
    return found[0] + " Uhr"

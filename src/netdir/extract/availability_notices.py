"""A dated row that says from when something can be done is a notice, no event.

An election committee's timetable lists „10. November: Ab diesem Tag ist die Einsicht in das
Wähler:innenverzeichnis für eine Woche möglich“ — from that day on the register may be seen, at
the office, any time; nobody gathers. The row's words read as no name, so the heading above
named it and the sentence became its place. A row whose name or place opens with „ab diesem
Tag“, „ab dem genannten Tag“, „ab sofort“ or „ab heute“ says from when, not what happens on a
day („Ab 19 Uhr Grillen“ opens with an hour and stays).
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.records import RawRecord

_FROM_THIS_DAY = lazy_re.compile(
    r"^\W*ab\s+(?:(?:diesem|jenem|dem\s+(?:genannten|heutigen))\s+(?:tag|datum|zeitpunkt)"
    r"|sofort|heute)\b",
    re.IGNORECASE,
)


def says_from_when(text: str | None) -> bool:
    """Whether ``text`` opens with „ab diesem Tag“ or the like."""
    return bool(text) and _FROM_THIS_DAY.match(text or "") is not None


def is_availability_notice(record: RawRecord) -> bool:
    """A row named or placed by „Ab diesem Tag ist … möglich“."""
    return says_from_when(record.title) or says_from_when(record.location_text)

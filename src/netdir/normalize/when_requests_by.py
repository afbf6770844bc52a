"""A request to apply or send something by a day: that day is a deadline, no event's.

A students' union writes „Bald sind Gremienwahlen! Beantrage die Briefwahl bis zum 02.09.2020 um
14 Uhr hier“ and „Schicke den ausgefüllten Steckbrief bis zum 1. Juni an asta.htw.students@…“
(round 223): a clause opening with the imperative of applying for, sending or handing in
(„Beantrage“, „Schickt“, „Sendet“, „Reicht … ein“, „Meldet euch“), then „bis (zum)“ right before the
day. Read as the end of something open, the day became an event's last day.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS

_REQUEST_BY_BEFORE = lazy_re.compile(
    r"(?:^|[.!?;:]\s*|\n\s*)(?:bitte\s+)?(?=(?-i:[A-ZÄÖÜ]))(?:beantrag(?:e|t)|schick(?:e|t)|send(?:e|et)"
    r"|reich(?:e|t)|meld(?:e|et)\s+(?:dich|euch))\b[^.!?;\n]{0,100}?"
    r"\bbis\s+(?:spätestens\s+)?(?:zum\s+|am\s+)?$",
    FLAGS,
)
#: Lower-case pieces the cue needs (``when_roles.may_hold_roles`` asks for them).
REQUEST_HINTS = ("beantrag", "schick", "sende", "reich", "melde")


def requested_by(before: str) -> bool:
    """Whether the date after ``before`` ends a request to apply or send by it („Beantrage die
    Briefwahl bis zum …“)."""
    tail = before[-140:]
    return "bis" in tail[-24:].lower() and _REQUEST_BY_BEFORE.search(tail) is not None

"""A job offered from a day on: the day the post is to be filled, no event's.

A residence's news page advertises „Stellenausschreibung Chefköch*in ab 01.05.2025“ (round 222);
job boards write „Erzieher (m/w/d) ab 1. September gesucht“. The day is when the job begins — no
offering anyone attends — so ``when_roles.role_of_date`` reports it nowhere, as it does a day an
office is held since. Only the words of a job advertisement count („Stellenausschreibung“,
„Stellenangebot“, the gender marker „(m/w/d)“), never „wir suchen Helfer ab …“ for a fair.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS

_JOB_BEFORE = lazy_re.compile(
    r"(?:\bstellen(?:ausschreibung|angebot|anzeige)(?:en)?\b|\([mwd]\s*/\s*[mwd]\s*/\s*[mwd]\))"
    r"[^.!?\n]{0,80}?\bab\s+(?:dem\s+|sofort\s+oder\s+(?:ab\s+)?)?$",
    FLAGS,
)
#: Lower-case pieces one of the cues needs (a cheap gate before the pattern).
JOB_HINTS = ("stellenaus", "stellenang", "stellenanz", "/d)", "d/")


def job_offered_from(before: str) -> bool:
    """Whether the date after ``before`` is when an advertised job begins („Stellenausschreibung
    Chefköch*in ab 01.05.2025“)."""
    tail = before[-120:]
    lowered = tail.lower()
    return any(map(lowered.__contains__, JOB_HINTS)) and _JOB_BEFORE.search(tail) is not None

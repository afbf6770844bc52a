"""A job offered from a day on: the day the post is to be filled, no event's.

A residence's news page advertises „Stellenausschreibung Chefköch*in ab 01.05.2025“ (round 222);
job boards write „Erzieher (m/w/d) ab 1. September gesucht“. The day is when the job begins — no
offering anyone attends — so ``when_roles.role_of_date`` reports it nowhere, as it does a day an
office is held since. Only the words of a job advertisement count („Stellenausschreibung“,
„Stellenangebot“, the gender marker „(m/w/d)“), never „wir suchen Helfer ab …“ for a fair.

So are a post's terms in a job offer (round 254): its contract's end („zunächst bis 31.12.2023
befristet“, „befristet bis zum 31.12.2024“), its first day („ab 01.04.2024 in Teilzeit“, „Ab
01.02.2024 suchen wir Projektkoordinator:in“, „Arbeitsbeginn / Einstellung | ab 01. Oktober“) and
the day it may be taken up by („kann am oder vor dem 1. April 2022 angetreten werden“).
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS

_JOB_BEFORE = lazy_re.compile(
    r"(?:\bstellen(?:ausschreibung|angebot|anzeige)(?:en)?\b|\([mwd]\s*/\s*[mwd]\s*/\s*[mwd]\))"
    r"[^.!?\n]{0,80}?\bab\s+(?:dem\s+|sofort\s+oder\s+(?:ab\s+)?)?$",
    FLAGS,
)
# „befristet bis zum 31.12.2024“, „Arbeitsbeginn / Einstellung | ab 01. Oktober“: a contract's
# end or a post's first day named before the date
_TERM_BEFORE = lazy_re.compile(
    r"(?:\bbefristet\s+bis(?:\s+zum)?"
    r"|\b(?:arbeitsbeginn|dienstbeginn|stellenantritt|einstellungstermin|einstellung)\b"
    r"[^.!?\d\n]{0,30}?\bab)\s*\**\s*$",
    FLAGS,
)
# „zunächst bis 31.12.2023 befristet“, „ab 01.04.2024 in Teilzeit“, „Ab 01.02.2024 suchen wir …“,
# „… vor dem 1. April 2022 angetreten werden“: the post's terms named after the date
_TERM_AFTER = lazy_re.compile(
    r"\s*\**\s*(?:befristet\b|in\s+(?:teilzeit|vollzeit)\b|suchen\s+wir\b"
    r"|angetreten\s+werden\b)",
    FLAGS,
)
#: Lower-case pieces one of the cues needs (a cheap gate before the pattern).
JOB_HINTS = (
    "stellenaus", "stellenang", "stellenanz", "/d)", "d/", "befristet", "teilzeit", "vollzeit",
    "suchen wir", "angetreten", "arbeitsbeginn", "dienstbeginn", "stellenantritt", "einstellung",
)  # fmt: skip


def job_offered_from(before: str, after: str = "") -> bool:
    """Whether the date between ``before`` and ``after`` is a post's term in a job offer: when it
    begins („Stellenausschreibung Chefköch*in ab 01.05.2025“, „ab 01.04.2024 in Teilzeit“), when
    its contract ends („zunächst bis 31.12.2023 befristet“) or when it may be taken up by."""
    tail = before[-120:]
    lowered = tail.lower()
    if any(map(lowered.__contains__, JOB_HINTS[:5])) and _JOB_BEFORE.search(tail) is not None:
        return True
    if (
        "befrist" in lowered or "beginn" in lowered or "einstell" in lowered or "antritt" in lowered
    ) and (_TERM_BEFORE.search(tail) is not None):
        return True
    head = after[:40].lower()
    return any(map(head.__contains__, JOB_HINTS[5:])) and _TERM_AFTER.match(after) is not None


# „also ist morgen um 8 Uhr dienstantritt“ (round 286, a family blog): the first day in a new
# post, someone's own, no event anyone attends
_TAKING_UP = lazy_re.compile(
    r"\b(?:dienst|arbeits|stellen)antritts?\b|\berste[nr]?\s+arbeitstag(?:e?s)?\b", FLAGS
)


def takes_up_a_post(text: str) -> bool:
    """Whether the text tells of someone's first day in a post („… ist morgen um 8 Uhr
    dienstantritt“, „mein erster Arbeitstag“)."""
    return _TAKING_UP.search(text) is not None

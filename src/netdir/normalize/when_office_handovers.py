"""An office handed over from a day on: the day a new holder takes it over, no event's.

A village library's news page announces „Übergabe der Büchereileitung … nach 47 Jahren an das
Nachfolger-Leitungsteam ab 01. Januar 2021“ and „… ein 3er-Team …, welches die Büchereileitung ab
01.01.2021 übernehmen wird“ (round 243). The day is when the office changes hands — no offering
anyone attends — so ``when_roles.role_of_date`` reports it nowhere, as it does the day an
advertised job begins (``when_job_offers``) or one leaves a service. Only an office's name
(„…leitung“, „Vorsitz“, „Amt“, „Geschäftsführung“) with a word of handing over or taking over
counts, never „die Leitung hat … ab 14 Uhr“ of a guided tour without one.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS

# The office named, then (in the same sentence) „ab“ or „ab dem“ right before the day.
_OFFICE_FROM_BEFORE = lazy_re.compile(
    r"(?:leitung|leitungsteam|vorsitz|vorstandsamt|\bamt|geschäftsführung)\w*\b"
    r"[^.!?\n]{0,100}?\bab\s+(?:dem\s+)?$",
    FLAGS,
)
_HANDOVER = lazy_re.compile(
    r"\b(?:übergabe|übergibt|übergeben|übernimmt|übernehmen|übernommen|übernahme|nachfolge\w*)",
    FLAGS,
)
# „Daher werden ab dem 16. Juni Björn, Dave, … die Geschäftsführung übernehmen.“ (round 276): „ab“
# right before the day, the office and the taking-over verb after it in the same sentence
_FROM_BEFORE = lazy_re.compile(r"\bab\s+(?:dem\s+)?$", FLAGS)
_OFFICE_TAKEN_AFTER = lazy_re.compile(
    r"[^.!?\n]{0,100}?\b(?:die|den|das)\s+(?:\w+)?(?:leitung|vorsitz|geschäftsführung|amt)\w*"
    r"\s+(?:übernehmen|übernimmt|übernommen)\b",
    FLAGS,
)
#: Lower-case pieces a handover's words need (a cheap gate before the patterns).
HANDOVER_HINTS = ("überg", "übern", "nachfolg")
#: How far after the day the taking-over verb may stand („ab 01.01.2021 übernehmen wird“).
_VERB_REACH = 40


def office_taken_from(before: str, after: str) -> bool:
    """Whether the date between ``before`` and ``after`` is the day an office changes hands (see
    the module)."""
    tail = before[-160:]
    if _FROM_BEFORE.search(tail[-12:]) is not None and _OFFICE_TAKEN_AFTER.match(after) is not None:
        return True
    if _OFFICE_FROM_BEFORE.search(tail) is None:
        return False
    return _HANDOVER.search(tail) is not None or _HANDOVER.search(after[:_VERB_REACH]) is not None

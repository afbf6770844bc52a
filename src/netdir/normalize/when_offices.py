"""Days someone was elected to an office or takes one up: a record's day, no offering's (round 284,
a parish's news).

„Pfarrer … wurde von den Delegierten … in der Superintendentialversammlung vom 18. April 2026
gewählt.“: an election told with its meeting's „vom“ day and a past passive closing the clause is
the day a decision fell, as ``when_roles`` reads „Am 25.06.1999 wurde beschlossen“ (a coming
election, „Der Vorstand wird am 12. März gewählt“, stays the meeting's day). „Sein neues Amt
tritt er am 1. September 2026 an.“: the day an office, a post or a service is taken up — like a
rule that takes effect („tritt am 1. Januar in Kraft“) — is no event's.
"""

from __future__ import annotations

import re

from netdir import lazy_re

_FLAGS = re.IGNORECASE

#: What a text needs for an office's day (``when_roles.may_hold_roles`` asks first).
OFFICE_HINTS = ("gewählt", "ernannt", "berufen", "bestellt", "tritt ", "treten ", "trat ")

# „… wurde … in der Versammlung vom “: a past passive and the meeting's „vom“ before the day.
_ELECTED_BEFORE = lazy_re.compile(r"\b(?:wurde|wurden)\b[^.!?;]{0,160}?\bvom\s+$", _FLAGS)
_ELECTED_AFTER = lazy_re.compile(
    r"^\s*,?\s*(?:[^\W\d]+\s+){0,2}?(?:gewählt|wiedergewählt|ernannt|berufen|bestellt)\s*(?:[.!?;]|$)",
    _FLAGS,
)
# „Sein neues Amt tritt er am … an.“: an office, a post or a service, „tritt/treten … an“.
_TAKES_UP_BEFORE = lazy_re.compile(
    r"\b(?:amt|dienst|stelle|funktion|posten|aufgabe)\b[^.!?;]{0,60}?"
    r"\b(?:tritt|treten|trat|traten)\s+(?:er|sie|es)?\s*(?:seinen|ihren|sein|ihr)?\s*(?:am|zum)\s+$",
    _FLAGS,
)
_TAKES_UP_AFTER = lazy_re.compile(r"^\s*an\s*(?:[.!?;]|$)", _FLAGS)
# „Sie tritt ihr Amt am 1. August an.“: the verb and the office before the day.
_TAKES_UP_VERB_BEFORE = lazy_re.compile(
    r"\b(?:tritt|treten|trat|traten)\s+(?:(?:er|sie|es)\s+)?(?:die\s+nachfolge\b[^.!?;]{0,60}?\s"
    r"|(?:das|sein|ihr|den|seinen|ihren|die|seine|ihre)\s+(?:amt|dienst|stelle|posten|funktion|aufgabe)\s+)"
    r"(?:am|zum)\s+$",
    _FLAGS,
)
# „Morgen, am 1. August, tritt sie die Nachfolge von … an, die …“ (round 325, a pastor's
# induction): the day first, then the verb, the office or succession and „an“.
_TAKES_UP_VERB_AFTER = lazy_re.compile(
    r"^\s*,?\s*(?:tritt|treten|trat|traten)\s+(?:er|sie|es)\s+(?:die\s+nachfolge"
    r"|(?:das|sein|ihr|den|seinen|ihren|die|seine|ihre)\s+(?:amt|dienst|stelle|posten|funktion|aufgabe))\b"
    r"[^.!?;]{0,80}?\san\s*(?:[.!?;,]|$)",
    _FLAGS,
)


def office_day(before: str, after: str) -> bool:
    """Whether the day between these texts is an election's or a taking up of an office (see the
    module docstring)."""
    near = before[-200:]
    if _ELECTED_AFTER.match(after[:60]) is not None and _ELECTED_BEFORE.search(near) is not None:
        return True
    if _TAKES_UP_VERB_AFTER.match(after[:160]) is not None:
        return True
    return _TAKES_UP_AFTER.match(after[:10]) is not None and (
        _TAKES_UP_BEFORE.search(near[-100:]) is not None
        or _TAKES_UP_VERB_BEFORE.search(near[-120:]) is not None
    )

"""The day sign-up opens or closes, told as the sign-up's state: "Die Wettkampfanmeldung für Vereine
wird am 16. September im STV-Contest aufgeschaltet", "Die Anmeldung ist seit dem 20. Dezember 2024
abgeschlossen". No event's day: ``when_roles`` reports it as the deadline (the sign-up date), as it
does the day sales open (``when_sales``).
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.normalize.when_words import alternation, optional_weekday

_FLAGS = re.IGNORECASE
#: How far before its date the sign-up may be named (its subject may be long).
_REACH = 140
# The sign-up as the clause's subject (a compound's last part: "Wettkampfanmeldung"), its verb,
# then "am", "ab" or "seit" right before the date (not "Nach der Anmeldung wird am 3. Mai …").
_SIGNUP_SUBJECT_BEFORE = lazy_re.compile(
    r"(?:^|[.!?;:]\s+|\b(?:die|eine|unsere|alle)\s+)"
    # ("Die Online-Anmeldung wird am Montag, 3. März freigeschaltet": a hyphenated compound)
    r"(?:[^\W\d]+-)?[^\W\d]*(?:anmeldung|registrierung|einschreibung)(?:en)?\b[^.!?;\d]{0,80}?"
    r"\b(?:wird|werden|wurde|wurden|ist|sind|war|waren)\s+(?:[^\W\d]+\s+){0,3}?"
    r"(?:am|ab|seit)\s+(?:dem\s+)?" + optional_weekday("den", "dem") + r"$",
    _FLAGS,
)
# Its state after the date, in the same clause: switched on ("aufgeschaltet", Swiss) or closed.
_STATES = frozenset(
    {"aufgeschaltet", "freigeschaltet", "geöffnet", "eröffnet", "freigegeben", "abgeschlossen",
     "geschlossen", "beendet"}
)  # fmt: skip
_OPENED_OR_CLOSED_AFTER = lazy_re.compile(
    rf"^[^.!?;]{{0,80}}?\b(?:{alternation(_STATES)})\b", _FLAGS
)
_SIGNUP_HINTS = ("anmeldung", "registrierung", "einschreibung")


def signup_opened_or_closed(before: str, after: str) -> bool:
    """Whether the date between ``before`` and ``after`` is the day sign-up opens or closes."""
    wide = before[-_REACH:]
    lowered = wide.lower()
    return (
        any(map(lowered.__contains__, _SIGNUP_HINTS))
        and _SIGNUP_SUBJECT_BEFORE.search(wide) is not None
        and _OPENED_OR_CLOSED_AFTER.match(after) is not None
    )

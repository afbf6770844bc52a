"""Days by which members are asked to get a task done: no offering's day (round 251, an
allotment club's notices).

„Den Heckenschnitt an den Wegen bitte unbedingt bis zum 14.08.2026 erledigen.“, „Bis zum
02.08.2024 Heckenschnitt und (Stich-)Wegereinigung durchführen!“, „Die Wege … müssen bis zum
20.05.2026 gesäubert sein.“: „bis“ right before the day and a verb of getting a chore done closing
the clause — an infinitive asked for, or a participle with „sein“/„werden“ — make the day a
deadline (as ``when_roles`` reads „bis 30. Juni eingereicht werden“). A period's end keeps its
role: „vom 3. bis 5. Mai … durchführen“ names the days something is held.

„Bitte meldet euch bzw. eure Kinder bis zum 25.11.2025 bei Julia“: the separable „sich melden“
with its object between it and „bis“ is a sign-up's last day (``when_roles`` knows it with
„bis“ right after „meldet euch“ only).

Minutes write their action items as a member's name, the verb of the task and its last day
(round 314, a makerspace's minutes): „Philip vergleicht bis zum 25.05.18 die Angebote und fasst
die wesentlichen Punkte … zusammen. Er gibt dann auf der Versammlung am 25.05. einen Überblick …“
— the day is the task's last, the meeting's day follows in its own words.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.normalize.when_until import PERIOD_BEFORE, UNTIL_BEFORE

_FLAGS = re.IGNORECASE

#: What a text needs for a task's deadline (``when_roles.may_hold_roles`` asks first).
TASK_HINTS = (
    "erledigen", "durchführen", "einwerfen", "gesäubert", "gereinigt", "geschnitten", "entfernt",
    "geräumt", "gemäht", "meldet euch", "melden sie sich", "melde dich", "vergleicht", "prüft",
    "klärt", "erstellt", "besorgt", "recherchiert", "kontaktiert", "überarbeitet", "entwirft",
    "kümmert sich",
)  # fmt: skip

# The clause after the day closes with a chore's verb: an infinitive asked for, or a participle
# with „sein“/„werden“ (a bracket's or a day's dot may stand between).
_CHORE_AFTER = lazy_re.compile(
    r"^(?:[^.!?;]|(?<=\d)\.(?=\d)){0,100}?\b(?:"
    r"(?:erledigen|durchführen|einwerfen|zurückschneiden|säubern|reinigen|räumen|mähen)"
    r"|(?:gesäubert|gereinigt|geschnitten|zurückgeschnitten|entfernt|geräumt|gemäht|erledigt"
    r"|durchgeführt)\s+(?:sein|werden)"
    r")\s*(?:[.!?;]|$)",
    _FLAGS,
)
# „Bitte meldet euch bzw. eure Kinder bis zum …“: the sign-up's verb, a few words, then „bis“.
_SIGN_UP_BY_BEFORE = lazy_re.compile(
    r"\b(?:meldet\s+(?:ihr\s+)?euch|melden\s+sie\s+sich|melde\s+dich)\b"
    r"(?:[^.!?;\d]|(?<=bzw)\.){1,40}?\bbis\s+(?:zum\s+|spätestens\s+)?$",
    _FLAGS,
)


# „Philip vergleicht bis zum 25.05.18 die Angebote …“: a clause opening with one name, the task's
# verb, then „bis“ (a name only: „Die Stadt prüft bis …“ may tell of a public run)
_ACTION_ITEM_BEFORE = lazy_re.compile(
    r"(?:^|[.!?;:\n]\s*|[-*•]\s+)(?-i:[A-ZÄÖÜ][a-zäöüß]+)\s+(?:vergleicht|prüft|klärt|erstellt"
    r"|besorgt|recherchiert|kontaktiert|überarbeitet|entwirft|kümmert\s+sich\s+(?:um\s+\w+\s+)?)"
    r"\s*bis\s+(?:zum\s+|spätestens\s+)?$",
    _FLAGS,
)


def is_task_deadline(before: str, after: str) -> bool:
    """Whether the day between these texts is the last day for a chore or a sign-up (see the
    module docstring)."""
    near = before[-120:]
    if _SIGN_UP_BY_BEFORE.search(near) is not None:
        return True
    if "bis" in near[-16:] and _ACTION_ITEM_BEFORE.search(near) is not None:
        return True  # „Philip vergleicht bis zum 25.05.18 die Angebote …“
    return (
        UNTIL_BEFORE.search(near) is not None
        and PERIOD_BEFORE.search(near) is None
        and _CHORE_AFTER.match(after[:160]) is not None
    )

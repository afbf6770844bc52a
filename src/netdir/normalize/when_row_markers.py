"""A table row whose day carries no event (round 285, a school's weekly overview of the 2020
homeschooling weeks): „Sa, 04.04.2020 | n/a“ — the cell says nothing is on that day; „Do, 02.07.2020
| Ende der Noteneintragung“ — the cell names the end of a task, the last day to do it (a deadline,
no event anyone attends).

Only a row of a day and one more cell counts: the cell is only „n/a“ (or „k.A.“, „–“), or it opens
with „Ende der/des“ and a task's noun (an entry, a hand-in, a sign-up, a period to apply)."""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS

_EMPTY_CELL = lazy_re.compile(r"\|\s*(?:n/a|n\.\s?a\.|k\.\s?a\.|-|–|—)\s*$", FLAGS)
_TASK_END_CELL = lazy_re.compile(
    r"\|\s*ende\s+(?:der|des)\s+[\w-]*(?:eintragung|abgabe|anmeldung|anmeldefrist|einreichung"
    r"|einreichfrist|bewerbung(?:sfrist)?|frist)\b[^|]*$",
    FLAGS,
)


def is_empty_row(text: str) -> bool:
    """Whether a row's last cell says nothing is on its day („… | n/a“)."""
    return text.count("|") == 1 and _EMPTY_CELL.search(text) is not None


def is_task_end_row(text: str) -> bool:
    """Whether a row's last cell names a task's end („… | Ende der Noteneintragung“)."""
    return text.count("|") == 1 and _TASK_END_CELL.search(text) is not None

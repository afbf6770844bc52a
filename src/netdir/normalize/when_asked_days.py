"""Days named without being set: a feast said to be always so („Silvester ist immer eine Zäsur,
die zum Nachdenken und Innehalten einlädt“) and a weekday asked about in a clause of its own
(„Muss ich dann predigen? Am Sonntag? Vor allen?“), and a weekday in an unreal condition, the
poll's question „Wenn am nächsten Sonntag Bundestagswahl wäre …“ (round 295). A text without a
digit that names its day only so names no event's day."""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.normalize.when_words import GERMAN_WEEKDAY_ALT, has_any, lowered_for_cues

_FLAGS = re.IGNORECASE
# a feast's name, then "ist immer" / "ist jedes Jahr": what the feast is like every year
_FEAST_ALWAYS = lazy_re.compile(
    r"(?:^|[.!?]\s+)(?:der\s+|die\s+|das\s+)?(?:silvester|neujahr|ostern|pfingsten|weihnachten"
    r"|heiligabend|advent)\s+(?:ist|sind)\s+(?:immer|stets|jedes\s+jahr)\b",
    _FLAGS,
)
# "Am Sonntag?": the weekday alone as a question
_WEEKDAY_ASKED = lazy_re.compile(
    r"(?:^|[.!?…–-]\s*)(?:am|an\s+einem)\s+(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag"
    r"|sonntag)\s*\?",
    _FLAGS,
)

# "Wenn am nächsten Sonntag Bundestagswahl wäre …": a weekday in a clause of „wenn“/„falls“ whose
# verb is in the subjunctive (what would happen, no day set)
_UNREAL_WEEKDAY = lazy_re.compile(
    r"\b(?:wenn|falls)\s+(?:[^\W\d]+\s+){0,3}?(?:am|an\s+einem)\s+(?:(?:nächsten|kommenden)\s+)?"
    rf"(?:{GERMAN_WEEKDAY_ALT})\b[^.!?;\d]{{0,60}}?"
    r"\b(?:wäre|wären|hätte|hätten|würde|würden)\b",
    _FLAGS,
)


def names_no_day_set(text: str) -> bool:
    """Whether the text names its only day as a feast's habit or a question (no digit in it)."""
    if any(character.isdigit() for character in text):
        return False
    if "?" in text and _WEEKDAY_ASKED.search(text) is not None:
        return True
    if ("enn " in text or "alls " in text) and _UNREAL_WEEKDAY.search(text) is not None:
        return True
    return (
        has_any(lowered_for_cues(text), ("immer", "jedes", "stets"))
        and _FEAST_ALWAYS.search(text) is not None
    )

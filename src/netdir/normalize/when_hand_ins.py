"""Days by which a class hands in its homework: no offering's day (round 285, an Austrian
school's board of the 2020 closures).

A teacher's letter names when work is due in many shapes: „Die Abgabe ist am Mittwoch nach den
Ferien, … am 15. April um 23:59 Uhr“, „Termin zur Bearbeitung ist 25.5.2020!“, „der neue
Auftrag, bis 14.5.2020, betrifft …“, „einen Auftrag bis 30.4. bekommen“, „die aktuelle HÜ
auch bis Fr., den 29.5. auf“, „Die heutige Arbeitsaufgabe ist bis Di. 21. 4. zu erledigen!“,
„Zu erledigen ist der neue Auftrag idealerweise bis Do. 28.5.2020.“. Each names the last day
for a task, as ``when_task_deadlines`` reads a chore's: the day is a deadline, never an
event's start or end. An assignment's noun must stand near „bis“ (or the hand-in noun
„Abgabe“ be the clause's subject), so that a period („vom 3. bis 5. Mai“) keeps its end.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.normalize.when_until import PERIOD_BEFORE, UNTIL, UNTIL_BEFORE, WEEKDAY_BEFORE_DAY

_FLAGS = re.IGNORECASE

# What a text needs for a hand-in day: a task's noun with „bis“, or the hand-in noun as subject.
_TASK_HINTS = ("auftrag", "aufgabe", "aufträge", "hü ", "hü,", "hausübung", "zu erledigen")
_SUBJECT_HINTS = ("abgabe ist", "abgabe erfolgt", "abgabetermin", "abgabedatum", "termin zur")


def may_name_hand_in(lowered: str) -> bool:
    """Cheap test whether a lower-cased text can name a hand-in day (``when_roles.may_hold_roles``)."""
    if "bis " in lowered and any(map(lowered.__contains__, _TASK_HINTS)):
        return True
    return any(map(lowered.__contains__, _SUBJECT_HINTS))


# The work handed in: homework, an assignment, a task sheet.
_TASK_NOUN = (
    r"\b(?:hü|hausübung(?:en)?|hausaufgaben?|(?:arbeits)?auftrag|aufträge|arbeitsaufgaben?"
    r"|arbeitsauftr[aä]ge?)\b"
)
_HAND_IN_BEFORE = lazy_re.compile(
    # „der neue Auftrag, bis 14.5.2020“, „die aktuelle HÜ auch bis Fr., den 29.5.“, „einen
    # Auftrag bis 30.4.“, „Die heutige Arbeitsaufgabe ist bis Di. 21. 4.“
    rf"{_TASK_NOUN}[^.!?;\d]{{0,30}}?,?\s*{UNTIL}$"
    # „Zu erledigen ist der neue Auftrag idealerweise bis Do. 28.5.2020“: the task's verb first
    rf"|\bzu\s+erledigen\s+(?:ist|sind)\b[^.!?;\d]{{0,60}}?{UNTIL}$"
    # „Die Abgabe ist am Mittwoch nach den Ferien, also der erste Schultag, … am 15. April“,
    # „Abgabedatum: Di, 17.03.2020“, „Termin zur Bearbeitung ist 25.5.2020!“
    r"|\b(?:abgabe(?:termin|datum)?|termin\s+zur\s+(?:bearbeitung|abgabe|erledigung))"
    r"(?:\s+(?:ist|wäre|erfolgt)\b|\s*:)[^.!?;\d]{0,120}?"
    rf"(?:\b(?:am|bis|der)\s+)?{WEEKDAY_BEFORE_DAY}$",
    _FLAGS,
)
# „den ihr bis 7.5. zu erledigen habt“: the task's verb after the day, closing its clause.
_TO_DO_AFTER = lazy_re.compile(r"^(?:[^.!?;]|(?<=\d)\.(?=\d)){0,60}?\bzu\s+erledigen\b", _FLAGS)


def is_hand_in_day(before: str, after: str) -> bool:
    """Whether the day between these texts is the last day to hand in a class's work (see the
    module docstring)."""
    near = before[-160:]
    if PERIOD_BEFORE.search(near[-60:]) is not None:
        return False
    if _HAND_IN_BEFORE.search(near) is not None:
        return True
    return (
        UNTIL_BEFORE.search(near[-40:]) is not None and _TO_DO_AFTER.match(after[:80]) is not None
    )

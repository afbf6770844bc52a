"""A period told in a clause whose verbs come last: „der am 10. Juni mit der Laufnacht beginnt und
am 11.06 mit der Sparkassen Gala als Höhepunkt ausklingt“.

German puts the verb at the end of a relative or subordinate clause, so the verbs of beginning and
ending follow their days instead of leading them („beginnt am … und endet am …“, which
``when_pairs.ENDS_ON`` reads). Two days, the first one's clause ending in „beginnt“ and „und“, the
second one's in a verb of ending („endet“, „ausklingt“, „aufhört“, „zu Ende geht“) within the same
sentence, are one period from the first to the second (round 226). So is a main clause's start
with a relative clause's end: „Am Samstag, 06. Juni 2026, 09:00 Uhr startet unser … Trainingswochenende
…, das am Sonntag, 07. Juni 2026, ca. 14:00 Uhr endet.“ (round 239).
"""

from __future__ import annotations

from datetime import time

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, WD_ALT
from netdir.normalize.when_mentions import Mention
from netdir.normalize.when_times import clock

# Between the days: a few words of the first clause, its verb of beginning, „und“, „am“.
_BEGINS_AND = lazy_re.compile(
    r"[^.!?;]{0,80}?\b(?:beginnt|beginnen|startet|starten|anfängt|anfangen)\s*,?\s+und\s+"
    r"(?:(?:dann|schließlich|endet|klingt)\s+)?(?:am|bis\s+zum)\s+$",
    FLAGS,
)
# Between the days: the main clause's verb of beginning, then a relative clause („, das am“)
# naming the second day (its weekday before it).
_BEGINS_THEN_WHICH = lazy_re.compile(
    r"[^.!?;]{0,60}?\b(?:beginnt|beginnen|startet|starten)\b[^.!?;]{0,160}?,\s*"
    r"(?:das|der|die|welches|welcher|welche)\s+(?:dann\s+)?(?:am|bis\s+zum)\s+"
    r"(?:(?:" + WD_ALT + r")\.?,?\s*(?:den\s+)?)?$",
    FLAGS,
)
# After the second day: its clause's verb of ending before the sentence ends.
_ENDS_AFTER = lazy_re.compile(
    # (a clock's dot, „um ca. 16.00 Uhr endet“, ends no sentence)
    r"(?:ca\.|(?<=\d)\.(?=\d)|[^.!?;]){0,80}?\b(?:endet|enden|ausklingt|ausklingen|aufhört|aufhören|schließt"
    r"|zu\s+ende\s+geht|zu\s+ende\s+gehen)\b",
    FLAGS,
)


def ends_in_clause(text: str, first: Mention, second: Mention) -> bool:
    """Whether ``second`` ends the period ``first`` begins, both days told before their verbs."""
    return (
        _BEGINS_AND.fullmatch(text, first.end, second.start) is not None
        or _BEGINS_THEN_WHICH.fullmatch(text, first.end, second.start) is not None
    ) and _ENDS_AFTER.match(text, second.end) is not None


# A day's own clock right after it: ", 09:00 Uhr", ", ca. 14:00 Uhr", " um ca. 16.00 Uhr".
_CLOCK_AFTER_DAY = lazy_re.compile(
    r"\s*,?\s*(?:um\s+|gegen\s+)?(?:ca\.\s*)?(?P<h>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)(?!\d)", FLAGS
)
# „Wir starten am 21. November um 9.30 Uhr und am 22. November um ca. 16.00 Uhr endet das
# Barcamp.“ (round 266, a barcamp's venue page): the main clause's verb of beginning before the
# first day, each day its clock, „und am“ between, the verb of ending after the second day's clock.
_STARTS_BEFORE = lazy_re.compile(
    r"\b(?:beginnt|beginnen|startet|starten)\s+(?:wir\s+)?am\s+(?:(?:" + WD_ALT + r")\.?,?\s*)?$",
    FLAGS,
)
_CLOCK_AND_BETWEEN = lazy_re.compile(
    r"\s*,?\s*(?:um\s+|ab\s+)?(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?:uhr)?\s*,?\s+und\s+am\s+"
    r"(?:(?:" + WD_ALT + r")\.?,?\s*)?",
    FLAGS,
)


def _starts_then_ends(text: str, first: Mention, second: Mention) -> bool:
    return (
        _CLOCK_AND_BETWEEN.fullmatch(text, first.end, second.start) is not None
        and _STARTS_BEFORE.search(text[max(0, first.start - 40) : first.start]) is not None
        and _ENDS_AFTER.match(text, second.end) is not None
    )


def clause_clocks(text: str, first: Mention, second: Mention) -> tuple[time, time] | None:
    """The clocks right after the two days of a start told in the main clause and an end told in
    the relative clause („…, 09:00 Uhr startet …, das am …, ca. 14:00 Uhr endet“) or in a clause
    of its own („Wir starten am … um 9.30 Uhr und am … um ca. 16.00 Uhr endet …“), or None."""
    if _BEGINS_THEN_WHICH.fullmatch(text, first.end, second.start) is None and not (
        _starts_then_ends(text, first, second)
    ):
        return None
    begin = _CLOCK_AFTER_DAY.match(text, first.end)
    finish = _CLOCK_AFTER_DAY.match(text, second.end)
    if begin is None or finish is None:
        return None
    begun, finished = clock(begin["h"], begin["mi"]), clock(finish["h"], finish["mi"])
    return (begun, finished) if begun is not None and finished is not None else None

"""A sentence that opens with a bare weekday, its verb in the past right after it, tells of the
last such day: „Freitag ging es über den Teltowkanal zur RG Wiking“ and „Sonntag ging es wieder
früh aufs Wasser.“ in a Monday's trip report, „Samstag und Sonntag waren pausenlos 4-5 Boote im
Einsatz“ written on the Sunday.

German puts the finite verb second: a weekday in the first place is the sentence's time, without
„am“ („Am Freitag ging es …“ is read by ``when_relative``). With the verb in the present
(„Mittwoch steigt die Generalprobe“) the weekday is the coming one (``when_relative``'s subject
weekday); with it in the past it has gone by. Two following weekdays joined by „und“ are the days
just gone, the second one the report's own day at the latest.
"""

from __future__ import annotations

from datetime import date, timedelta

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, PAST_TENSE, WEEKDAY_FULL_ALT
from netdir.normalize.when_value import When
from netdir.normalize.when_words import WEEKDAY_ABBREVIATIONS

_OPENING_WEEKDAYS = lazy_re.compile(
    r"^\s*(?P<wd>" + WEEKDAY_FULL_ALT + r")(?:\s+und\s+(?P<wd2>" + WEEKDAY_FULL_ALT + r"))?\s+",
    FLAGS,
)


def opening_weekday_told(text: str, reference: date) -> When | None:
    """The day (or the two following days) a sentence opening with its weekday, its verb in the
    past right after it, tells of; None for any other text."""
    opening = _OPENING_WEEKDAYS.match(text)
    if opening is None or not opening["wd"][0].isupper():
        return None
    if PAST_TENSE.match(text, opening.end()) is None:
        return None
    first = WEEKDAY_ABBREVIATIONS[opening["wd"].lower()]
    if opening["wd2"] is None:
        back = (reference.weekday() - first) % 7 or 7  # a report on that weekday: the week before
        day = reference - timedelta(days=back)
        return When(day.isoformat(), None, True, "day")
    second = WEEKDAY_ABBREVIATIONS[opening["wd2"].lower()]
    if (second - first) % 7 != 1:
        return None  # "Dienstag und Donnerstag waren …": two days apart, no span
    back = (reference.weekday() - second) % 7  # the second day is the report's own at the latest
    end = reference - timedelta(days=back)
    return When((end - timedelta(days=1)).isoformat(), end.isoformat(), True, "day")

"""The weekdays a timetable cell joins to the one it opens with: „Dienstag & Donnerstag | 19:30
Uhr - 21:00 Uhr“, „Montag, Mittwoch & Freitag | 19:45 Uhr - 21:15 Uhr“ (a club's practice times,
round 277). A row that names several weekdays before its hours is held on each of them, not only
on the first."""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, WEEKDAY_FULL_ALT
from netdir.normalize.when_words import WEEKDAYS

# one more weekday after „&“, „und“, „+“ or a comma, directly (no date, no clock in between)
_NEXT_WEEKDAY = lazy_re.compile(
    r"\s*(?:,|&|\+|\bund\b|\bsowie\b)\s*(?P<wd>" + WEEKDAY_FULL_ALT + r")\b",
    FLAGS,
)
# a weekday followed by its own date („Montag, 9. Januar“) is one day, not a weekly row
_OWN_DATE = lazy_re.compile(r"\s*,?\s*(?:den\s+|dem\s+)?\d{1,2}\.", FLAGS)


def joined_weekdays(text: str, first: int, end: int) -> tuple[list[int], int]:
    """The first weekday (0 = Monday) with the ones joined to it right after ``end``, and the
    offset where the last of them ends."""
    days = [first]
    while (more := _NEXT_WEEKDAY.match(text, end)) is not None:
        if _OWN_DATE.match(text, more.end()):
            break  # „Samstag und Sonntag, 21. und 22. Juli“: days with their dates
        days.append(WEEKDAYS[more["wd"].lower()])
        end = more.end()
    return days, end

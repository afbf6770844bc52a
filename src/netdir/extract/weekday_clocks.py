"""A clock told for another weekday of a run of days is that day's, not the run's start.

„Vom Do., 26 Mai bis So., 29 Mai präsentiert der Entropia e.V. … die legendäre
Gulaschprogrammiernacht.“ and, two paragraphs down, „Der Workshop findet am Freitag ab 14:30 Uhr
statt.“: the congress runs from Thursday; the clock is the Friday workshop's. When the day's text
names its weekdays and the clock's sentence binds the clock to another („am Freitag ab 14:30“),
the clock does not start the day's event. A sentence that names no weekday, or the day's own
(„Am Mittwoch, 5. Mai … findet am Mittwoch ab 19 Uhr …“), is not concerned.
"""

from __future__ import annotations

from netdir import lazy_re

_FULL = {
    "montag": "mo",
    "dienstag": "di",
    "mittwoch": "mi",
    "donnerstag": "do",
    "freitag": "fr",
    "samstag": "sa",
    "sonnabend": "sa",
    "sonntag": "so",
}
# „am Freitag ab 14:30“: the weekday right before the clock's „um“/„ab“/„von“.
_BOUND_WEEKDAY = lazy_re.compile(
    r"\bam\s+(?P<day>Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)\s+"
    r"(?:um|ab|von)\s+\d",
)
# The weekdays the day's text names, written out or as „Do.“.
_NAMED_WEEKDAY = lazy_re.compile(
    r"\b(?:(?P<full>Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)"
    r"|(?P<short>Mo|Di|Mi|Do|Fr|Sa|So)\.?(?=[\s,]))"
)


def clock_of_another_weekday(clause: str, day_text: str) -> bool:
    """``clause`` binds its clock to a weekday („am Freitag ab 14:30“) that the day's text,
    which names its weekdays, does not name."""
    bound = _BOUND_WEEKDAY.search(clause)
    if bound is None:
        return False
    named = {
        _FULL[m["full"].lower()] if m["full"] else m["short"].lower()
        for m in _NAMED_WEEKDAY.finditer(day_text)
    }
    return bool(named) and _FULL[bound["day"].lower()] not in named

"""Whether a ``datetime`` attribute is a stamp a reader's day and clock can be taken from.

A script that builds its cards by hand writes the attribute itself, and may write it wrong: a
fire brigade's Termine carry „<time datetime="2026-04-24T1900:00">Fr., 24.04.</time> um 19:00
Uhr“ — the template dropped the clock's colon and added „:00“ after it. Taken as the start, such a
value is no moment (its hour and minute are not where a stamp keeps them) and the page's records
were lost with it. A stamp is well formed when it opens with a real calendar day („2026-04-24“)
and, if a clock follows, that clock is hours and minutes („T19:00“, „ 19:00:00+02:00“); anything
else leaves the day to the element's shown text and the page around it (the month heading „April
2026“ over the cards gives its year).
"""

from __future__ import annotations

from datetime import date

from netdir import lazy_re

# the day, then nothing or a clock of hours and minutes (seconds, fractions and a zone may follow)
_STAMP = lazy_re.compile(r"^(\d{4}-\d{2}-\d{2})(?:$|[T ]([01]\d|2[0-3]):[0-5]\d(?![\d]))")


def well_formed_stamp(machine: str) -> bool:
    """Whether ``machine`` (a ``datetime`` value) is a real day, with a clock of hours and
    minutes when it has one (see the module docstring)."""
    found = _STAMP.match(machine)
    if found is None:
        return False
    try:
        date.fromisoformat(found.group(1))
    except ValueError:
        return False
    return True

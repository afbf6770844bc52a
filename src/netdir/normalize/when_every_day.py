"""A weekly rule on all seven weekdays is a daily one: „Dies ist meistens montags bis sonntags ab
19 Uhr bis Mitternacht der Fall“ (a hackspace's opening, round 275) states the same rule as
„täglich ab 19 Uhr“, and one RRULE for one rule keeps the two comparable."""

from __future__ import annotations

from dataclasses import replace

from netdir.normalize.when_value import When

_EVERY_WEEKDAY = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU"


def daily_if_every_weekday(found: When) -> When:
    """``found`` with a seven-weekday weekly rule written as the daily rule it is."""
    if found.recurrence != _EVERY_WEEKDAY:
        return found
    return replace(found, recurrence="FREQ=DAILY")

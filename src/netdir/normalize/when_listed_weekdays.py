"""Three weekdays or more listed by commas, then one span of hours, are a place's weekly hours:
„Empfang von Sachen am Donnerstag, Freitag, Samstag 12.00-17:00“ (a collection point's hours,
round 223). Before, only the first of them was read, as one coming day.

Only a list joined by commas alone counts (a closing „und“ may name a festival's three coming days:
„am Freitag, Samstag und Sonntag 10-18 Uhr“), only full weekday names, and only when the hours
follow the last day directly — a day's own date after it („Samstag, 12.“) is no list."""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, WEEKDAY_FULL_ALT
from netdir.normalize.when_weekday_rules import RecurrenceMention, rrule_days
from netdir.normalize.when_words import WEEKDAYS

_LISTED = lazy_re.compile(
    r"\b(?P<days>(?:" + WEEKDAY_FULL_ALT + r")(?:\s*,\s*(?:" + WEEKDAY_FULL_ALT + r")){2,6})"
    # the span of hours right after the last day: „12.00-17:00“, „10 - 18 Uhr“
    r"\s+(?:von\s+)?(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*(?:uhr\s*)?(?:-|–|bis)\s*"
    r"(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?(?!\s*\.?\d)",
    FLAGS,
)
_ONE = lazy_re.compile(WEEKDAY_FULL_ALT, FLAGS)


def listed_weekdays_rule(text: str) -> RecurrenceMention | None:
    """The weekly rule of a comma list of weekdays before its hours (see the module docstring)."""
    if text.count(",") < 2:
        return None
    found = _LISTED.search(text)
    if found is None:
        return None
    days = [WEEKDAYS[day.lower()] for day in _ONE.findall(found["days"])]
    return RecurrenceMention(f"FREQ=WEEKLY;BYDAY={rrule_days(days)}", *found.span("days"))

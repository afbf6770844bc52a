"""A weekly rule joined to a monthly one: "Wir treffen uns dienstags und am ersten Freitag des
Monats um 19 Uhr", "jeden ersten Samstag im Monat und dienstags": the next meeting is the earlier
of the two rules' next days (the monthly rule, found first, keeps its RRULE)."""

from __future__ import annotations

from datetime import date

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS
from netdir.normalize.when_recurrence import find_recurrence, next_day_of
from netdir.normalize.when_weekday_rules import RecurrenceMention

# Only a joining word (and a preposition) between the two rules.
_JOINED_ONLY = lazy_re.compile(r"\s*,?\s*(?:und|and|sowie|&|\+)\s*(?:am|an|on)?\s*$", FLAGS)
_WEEKLY = "FREQ=WEEKLY;BYDAY="


def earlier_weekly_day(text: str, monthly: RecurrenceMention, day: date, today: date) -> date:
    """``day`` (the monthly rule's next) or the joined weekly rule's next day, the earlier."""
    before = text[: monthly.start]
    weekly = find_recurrence(before) if ("und" in before or "and" in before) else None
    joined = (
        weekly is not None
        and weekly.rule.startswith(_WEEKLY)
        and _JOINED_ONLY.fullmatch(before, weekly.end) is not None
    )
    if not joined:
        after = text[monthly.end :]
        weekly = find_recurrence(after) if ("und" in after or "and" in after) else None
        joined = (
            weekly is not None
            and weekly.rule.startswith(_WEEKLY)
            and _JOINED_ONLY.fullmatch(after[: weekly.start]) is not None
        )
    if not joined or weekly is None:
        return day
    other = next_day_of(weekly.rule, today)
    return other if other is not None and other < day else day

"""Meetings in odd or even calendar weeks: "thursday | 20:30 | Ilmenau (in ungeraden
Kalenderwochen)", "Dienstag 18 Uhr, in geraden KW", "on Tuesdays in odd weeks", "an ungeraden
Mittwochs". A weekday read without a date falls in the next week of that parity (ISO week
numbers), and a weekly rule is every other week. A written date is left as it is ("ausnahmsweise in einer ungeraden KW …, nämlich
den 28.10.": the day says itself)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT
from netdir.normalize.when_value import When

# ("geraden Wochen dienstags von 17:30 Uhr bis 18:30 Uhr" (round 223): a consultation's line
# opening with the parity, its "in" on the line before)
# ("an ungeraden Mittwochs, von 19 bis 20.30" (round 245): the parity before the weekday itself)
_PARITY = lazy_re.compile(
    r"(?:\bin\s+(?:den\s+|the\s+)?|^\s*)(?P<parity>ungerade|gerade|odd|even)n?\s*"
    r"(?:kalenderwochen|kalenderwoche|wochen|kws?|calendar\s+weeks|weeks)\b"
    r"|\ban\s+(?:den\s+)?(?P<parity_day>ungerade|gerade)n\s+"
    r"(?=(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag))",
    FLAGS,
)
_WRITTEN_DATE = lazy_re.compile(
    r"\b\d{1,2}\.\s?\d{1,2}\.|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\.?\s*(?:" + MONTH_ALT + r")\b"
    r"|\b(?:" + MONTH_ALT + r")\s+\d{1,2}\b",
    FLAGS,
)
_PIECES = ("erade", "odd", "even")
_WEEK = timedelta(days=7)


def in_week_parity(text: str, found: When) -> When:
    """``found`` moved to the next week of the parity the text names (its weekly rule every
    other week); ``found`` itself when the text names none or writes its date."""
    if found.start is None or not any(piece in text for piece in _PIECES):
        return found
    parity = _PARITY.search(text)
    if parity is None or _WRITTEN_DATE.search(text) is not None:
        return found
    odd = (parity["parity"] or parity["parity_day"]).lower() in ("ungerade", "odd")
    rule = found.recurrence
    if rule is not None and rule.startswith("FREQ=WEEKLY;") and "INTERVAL=" not in rule:
        rule = rule.replace("FREQ=WEEKLY;", "FREQ=WEEKLY;INTERVAL=2;", 1)
    day = date.fromisoformat(found.start[:10])
    if (day.isocalendar()[1] % 2 == 1) == odd:
        return replace(found, recurrence=rule)
    return replace(
        found,
        start=_week_later(found.start),
        end=_week_later(found.end) if found.end is not None else None,
        recurrence=rule,
    )


def _week_later(iso: str) -> str:
    """An ISO date or date-time seven days on, its clock and offset as written."""
    moved = (date.fromisoformat(iso[:10]) + _WEEK).isoformat()
    return moved + iso[10:]

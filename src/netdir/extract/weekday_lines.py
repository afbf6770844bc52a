"""A card's line that is only a weekday and a clock: "Samstag, 14:00 Uhr", "Di 18.30–20 Uhr".

Group schedules, training times and regulars' tables list one card per group: its name and
the weekday it meets ("Wichtel" / "Samstag, 14:00 Uhr"). No day, month or rule word is
written, because the weekday is the rhythm: the card meets every week on that day. Read alone
the line would name only the next such day; on a card it is a weekly rule.
"""

from __future__ import annotations

import re

from netdir.normalize.when_words import RRULE_DAYS, WEEKDAY_ABBREVIATIONS, WEEKDAYS, alternation

# The long names of ``when_words`` ("samstag", "saturday") and the capitalised German short names
# ("Sa", "Sa."; lower-case "so" and "do" are words).
_DAY = rf"(?:{alternation(WEEKDAYS)}|(?-i:Mo|Di|Mi|Do|Fr|Sa|So)\.?)"
_CLOCK = r"\d{1,2}(?:[:.]\d{2})?\s?(?:uhr|h\b|[ap]\.?m\.?)?"
_LINE = re.compile(
    rf"^(?P<days>{_DAY}(?:\s?(?:,|&|\+|und|and|/)\s?{_DAY})?)\s?[,:]?\s"
    rf"(?:(?:um|ab|von|at|from)\s)?(?P<clock>{_CLOCK})"
    rf"(?:\s?(?:-|–|bis|to)\s?{_CLOCK})?\s?(?:uhr)?$",
    re.IGNORECASE,
)
_NAMED_DAY = re.compile(_DAY, re.IGNORECASE)
_HAS_CLOCK_MARK = re.compile(r"[:.]\d{2}|uhr|\dh\b|[ap]\.?m", re.IGNORECASE)
LINE_CHARS = 40  # "Donnerstag und Freitag, 18:30 – 20:00 Uhr" is the longest such line


def may_hold_a_weekly_line(text: str) -> bool:
    """Whether ``text`` names a weekday and a clock at all: the cheap test before its lines
    are read one by one (most blocks a listing weighs name neither)."""
    return _HAS_CLOCK_MARK.search(text) is not None and _NAMED_DAY.search(text) is not None


def weekly_rule(line: str) -> str | None:
    """``FREQ=WEEKLY;BYDAY=SA`` for "Samstag, 14:00 Uhr"; None for any other line.

    The clock must look like one ("14:00", "19 Uhr", "7 pm"): "Samstag 14" is a weekday and a
    number, not a time."""
    line = line.strip()
    if len(line) > LINE_CHARS:
        return None
    match = _LINE.match(line)
    if match is None or not _HAS_CLOCK_MARK.search(line[match.start("clock") :]):
        return None
    codes: list[str] = []
    for day in _NAMED_DAY.findall(match.group("days")):
        code = RRULE_DAYS[WEEKDAY_ABBREVIATIONS[day.rstrip(".").lower()]]
        if code not in codes:
            codes.append(code)
    return "FREQ=WEEKLY;BYDAY=" + ",".join(codes)

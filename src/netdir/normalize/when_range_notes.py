"""A note in brackets after a period's first day: „vom Donnerstag, 16.06.2022 (Fronleichnam) bis
zum Sonntag, 19.06.2022“, „vom 12.03.2024 (Di) bis 15.03.2024 (Fr)“.

The bracket names the day's feast, its weekday or who arrives; it stands between the first day and
„bis“ (or the dash), where the reader of periods expects nothing but the day (round 224's camp page
lost its end). The note says nothing the day does not, so it goes; a bracket holding a figure (a
clock, „(10 Uhr)“, another day) stays.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT, WD_ALT

_NOTE_BEFORE_UNTIL = lazy_re.compile(
    r"(?P<day>\b\d{1,2}\.\s?(?:\d{1,2}\.(?:\d{4}|\d{2})?|(?:" + MONTH_ALT + r")\.?(?:\s+\d{4})?))"
    r"\s*\((?=[^()\d]*[^\W\d])[^()\d]{1,24}\)"
    # (the dash before the last day or its weekday, not a press dateline's dash before its text:
    # „Regensburg, 06. Juni 2015 (leichtathletik.de) - Die deutschen Sprint-Asse …“)
    r"(?=\s*(?:bis\b|-\s*(?:\d|(?:" + WD_ALT + r")\b)))",
    FLAGS,
)


def without_range_notes(text: str) -> str:
    """``text`` without a bracketed note between a period's first day and its „bis“ or dash."""
    return _NOTE_BEFORE_UNTIL.sub(r"\g<day>", text)

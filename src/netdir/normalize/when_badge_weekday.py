"""A date badge that stacks the day's number above the weekday and the month name — „9.“ / „Sa“ /
„März“ — reads „9. Sa März“ once its parts are joined (a swimming-pool Förderverein's season list,
held-out German batch 161). The weekday between the day and its month hid the date; written first,
„Sa 9. März“, it reads as a weekday's date does."""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT, WD_ALT, WEEKDAY_FULL_ALT

# the day's number with its dot, a weekday (abbreviated or full, with or without its own dot or a
# comma), then a month's name: only a weekday wedged between a day and a month is moved
_DAY_WEEKDAY_MONTH = lazy_re.compile(
    r"(?<![\d.])(?P<d>3[01]|[12]\d|0?[1-9])\.\s*"
    rf"(?P<wd>(?:{WEEKDAY_FULL_ALT}|{WD_ALT}))\.?,?\s+"
    rf"(?=(?:{MONTH_ALT})\b)",
    FLAGS,
)


def weekday_before_badge_day(text: str) -> str:
    """``text`` with „9. Sa März“ written „Sa 9. März“ (see the module docstring)."""
    return _DAY_WEEKDAY_MONTH.sub(r"\g<wd> \g<d>. ", text)

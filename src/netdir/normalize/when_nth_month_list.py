"""The n-th weekday of several named months: "on the 2nd Wednesday of February, April, May, July,
September, October and December" is a monthly rule held in those months
(``FREQ=MONTHLY;BYMONTH=2,4,5,7,9,10,12;BYDAY=2WE``), not February's day alone."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT
from netdir.normalize.when_words import MONTHS

# The further months after the first one ("…, April, May … and December"); at least two more, so
# "first Monday in March and April" (two days) stays what it was.
_MORE_MONTHS = lazy_re.compile(
    r"(?:\s*,\s*(?:and\s+|und\s+)?(?:" + MONTH_ALT + r")\b){1,11}"
    r"(?:\s*,?\s*(?:and|und|&)\s+(?:" + MONTH_ALT + r")\b)",
    FLAGS,
)
_MONTH = lazy_re.compile(r"\b(?:" + MONTH_ALT + r")\b", FLAGS)


def months_listed(text: str, first_month: int, after: int) -> tuple[tuple[int, ...], int] | None:
    """The months of the list starting with ``first_month`` whose further months follow right at
    ``after``, and where the list ends; None when fewer than three months are listed."""
    more = _MORE_MONTHS.match(text, after)
    if more is None:
        return None
    months = {first_month, *(MONTHS[name.lower()] for name in _MONTH.findall(more[0]))}
    return (tuple(sorted(months)), more.end()) if len(months) >= 3 else None


def next_listed(
    months: tuple[int, ...], reference: date, nth_day: Callable[[int, int], date | None]
) -> date | None:
    """The first n-th weekday on or after ``reference`` in one of ``months``."""
    for step in range(25):
        index = reference.month - 1 + step
        year, month = reference.year + index // 12, index % 12 + 1
        if month not in months:
            continue
        day = nth_day(year, month)
        if day is not None and day >= reference:
            return day
    return None

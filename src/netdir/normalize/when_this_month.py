"""„18th this month“: a day of the month the page is read in, written out with that month.

A „What's On This Month“ table names only the day (``extract.this_month_days`` marks it); the
month and year are those of the reference day. A day the month does not have stays unread.
"""

from __future__ import annotations

import re
from datetime import date

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS

_THIS_MONTH_DAY = lazy_re.compile(
    r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)\s+(?:of\s+)?this\s+month\b", FLAGS
)
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


def with_this_month(text: str, reference: date) -> str:
    """The text with „18th this month“ written as „18 August 2013“ (the reference's month)."""
    if "month" not in text.lower():
        return text
    return _THIS_MONTH_DAY.sub(lambda match: _written(match, reference), text)


def _written(match: re.Match[str], reference: date) -> str:
    day = int(match["d"])
    try:
        date(reference.year, reference.month, day)
    except ValueError:
        return match[0]
    return f"{day} {MONTH_NAMES[reference.month - 1]} {reference.year}"

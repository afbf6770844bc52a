"""Months a monthly rule's season leaves out: "We meet on the second Wednesday of each month from
March to December, excluding June and August" holds in March to December but June and August — the
RRULE names the months it holds in (``BYMONTH=3,4,5,7,9,10,11,12``)."""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT
from netdir.normalize.when_words import MONTHS

_LEFT_OUT = lazy_re.compile(
    r"\b(?:excluding|except(?:\s+(?:in|for))?|but\s+not(?:\s+in)?|außer(?:\s+im)?|ausgenommen"
    r"|nicht\s+im)\s+(?P<months>(?:"
    + MONTH_ALT
    + r")(?:\s*(?:,|and|und|&|or|oder)\s*(?:"
    + MONTH_ALT
    + r"))*)\b(?!\.?\s*\d)",
    FLAGS,
)
# What ``_LEFT_OUT`` needs (a substring test skips it for the rest).
LEFT_OUT_PIECES = ("xcept", "xcluding", "but not", "ußer", "usgenommen", "nicht im")
_MONTH = lazy_re.compile(r"\b(?:" + MONTH_ALT + r")\b", FLAGS)


def season_months(text: str, first: int, last: int) -> tuple[int, ...] | None:
    """The months from ``first`` to ``last`` (wrapping over the new year) without those the text
    leaves out after the season; None when it leaves none out (or all)."""
    left_out = _LEFT_OUT.search(text)
    if left_out is None:
        return None
    excluded = {MONTHS[name.lower()] for name in _MONTH.findall(left_out["months"])}
    span = range(first, last + 1) if first <= last else [*range(first, 13), *range(1, last + 1)]
    months = tuple(sorted(month for month in span if month not in excluded))
    return months if months and len(months) < len(span) else None


def with_months(rule: str, months: tuple[int, ...]) -> str:
    """``FREQ=MONTHLY;BYDAY=2WE`` → ``FREQ=MONTHLY;BYMONTH=3,4,…;BYDAY=2WE``."""
    head, _, rest = rule.partition(";")
    return f"{head};BYMONTH={','.join(map(str, months))};{rest}" if rest else rule
